"""Reading order of positioned words: two-column bands, titles, table rows."""

from __future__ import annotations

import subprocess
import sys

from docproc.readers.layout import Line, Word, order_lines, table_lines

from .conftest import ROOT

W = 600.0


def line(*parts: tuple[float, str], top: float, h: float = 12.0) -> Line:
    """A line of words; each part is (x0, text) with 7 units per character."""
    words = []
    for x0, text in parts:
        x = x0
        for tok in text.split():
            words.append(Word(x, top, x + 7 * len(tok), top + h, tok))
            x += 7 * len(tok) + 4
    return Line(words)


def test_header_band_reads_left_column_first() -> None:
    lines = [
        line((60, "BỘ NỘI VỤ"), (300, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), top=50),
        line((330, "Độc lập - Tự do - Hạnh phúc"), top=66),
        line((60, "Số: 01/QĐ-BNV"), (320, "Hà Nội, ngày 05 tháng 3 năm 2020"), top=90),
        line((260, "QUYẾT ĐỊNH"), top=130),
    ]
    assert order_lines(lines, W) == [
        "BỘ NỘI VỤ",
        "Số: 01/QĐ-BNV",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Hà Nội, ngày 05 tháng 3 năm 2020",
        "QUYẾT ĐỊNH",
    ]


def test_centred_title_ends_the_band() -> None:
    lines = [
        line((60, "UBND TỈNH"), (330, "CỘNG HÒA"), top=50),
        line((60, "Số: 9/KH-UBND"), top=70),
        line((270, "KẾ HOẠCH"), top=120),
        line((60, "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;"), top=150),
    ]
    assert order_lines(lines, W) == [
        "UBND TỈNH",
        "Số: 9/KH-UBND",
        "CỘNG HÒA",
        "KẾ HOẠCH",
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;",
    ]


def test_body_line_crossing_gutter_is_not_split() -> None:
    body = line((60, "Điều 1. Phạm vi điều chỉnh và đối tượng áp dụng của Nghị định này"), top=10)
    assert order_lines([body], W) == ["Điều 1. Phạm vi điều chỉnh và đối tượng áp dụng của Nghị định này"]


def test_table_row_with_many_gaps_keeps_cells_apart() -> None:
    row = line((40, "1"), (150, "Sở Nội vụ"), (420, "Quý I/2024"), top=10)
    assert order_lines([row], W) == ["1\tSở Nội vụ\tQuý I/2024"]


def test_table_lines_layout_vs_data() -> None:
    header = [
        ["BỘ TÀI CHÍNH -------", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
        ["Số: 101/2018/TT-BTC", "Hà Nội, ngày 14 tháng 11 năm 2018"],
    ]
    assert table_lines(header) == [
        "BỘ TÀI CHÍNH",
        "-------",
        "Số: 101/2018/TT-BTC",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Hà Nội, ngày 14 tháng 11 năm 2018",
    ]
    data = [["STT", "Đơn vị", "Thời hạn"], ["1", "Sở Nội vụ", "Quý I"], ["2", "Sở Tài chính", "Quý II"]]
    assert table_lines(data) == ["STT\tĐơn vị\tThời hạn", "1\tSở Nội vụ\tQuý I", "2\tSở Tài chính\tQuý II"]
    assert table_lines([["Nơi nhận: - Như trên; - Lưu: VT.", "KT. BỘ TRƯỞNG"]]) == [
        "Nơi nhận:",
        "- Như trên;",
        "- Lưu: VT.",
        "KT. BỘ TRƯỞNG",
    ]


def test_entry_points_from_a_checkout() -> None:
    for cmd in ([sys.executable, "cli.py", "--version"], [sys.executable, "-m", "docproc", "--version"]):
        out = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, check=True).stdout
        assert out.startswith("docproc ")

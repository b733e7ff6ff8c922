"""Every reader on real-looking input: text encodings, Markdown tables, PDF text layers in
reading order, DOCX, HTML press articles, images through OCR, and the page model."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

import docproc
from docproc.cli import app
from docproc.readers.base import sniff

from . import builders

SENTENCE = "Ủy ban kiểm tra Tỉnh ủy chủ trì, phối hợp Ban Tổ chức Tỉnh ủy theo dõi, đôn đốc việc thực hiện Chỉ thị này."


def _cp1258(text: str) -> bytes:
    """Vietnamese as Windows-1258 writes it: base letters with their hats, tones combining."""
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        try:
            out += ch.encode("cp1258")
        except UnicodeEncodeError:
            d = unicodedata.normalize("NFD", ch)
            base, marks = d[0], d[1:]
            tones = "".join(m for m in marks if m in "\u0300\u0301\u0303\u0309\u0323")
            hats = "".join(m for m in marks if m not in tones)
            out += unicodedata.normalize("NFC", base + hats).encode("cp1258") + tones.encode("cp1258")
    return bytes(out)


@pytest.mark.parametrize(
    ("label", "data"),
    [
        ("utf-8", SENTENCE.encode("utf-8")),
        ("utf-8-bom", b"\xef\xbb\xbf" + SENTENCE.encode("utf-8")),
        ("utf-16-bom", SENTENCE.encode("utf-16")),
        ("utf-16-le-no-bom", SENTENCE.encode("utf-16-le")),
        ("utf-16-be-no-bom", SENTENCE.encode("utf-16-be")),
        ("cp1258", _cp1258(SENTENCE)),
        ("nfd-utf-8", unicodedata.normalize("NFD", SENTENCE).encode("utf-8")),
    ],
)
def test_text_encodings(label: str, data: bytes, tmp_path: Path) -> None:
    p = tmp_path / f"{label}.txt"
    p.write_bytes(data)
    doc = docproc.read(p)
    assert doc.text == SENTENCE
    assert doc.source.format == "txt" and doc.text_origin == "plain"
    assert len(doc.pages) == 1 and doc.pages[0].start == 0 and doc.pages[0].end == len(doc.text)


def test_bytes_input_and_metadata() -> None:
    data = SENTENCE.encode("utf-8")
    doc = docproc.read(data, name="inline.txt")
    assert doc.text == SENTENCE
    assert doc.source.path == "inline.txt" and doc.source.size == len(data)
    import hashlib

    assert doc.source.sha256 == hashlib.sha256(data).hexdigest()


def test_seed_txt_reads_with_tone_marks_unified(shared: Path) -> None:
    doc = docproc.read(shared / "seeds" / "chi_thi_soc_trang_sao_y_my_tu.txt")
    assert "Tỉnh uỷ" not in doc.text and "Tỉnh ủy" in doc.text
    assert "chuyển hóa" in doc.text and "chuyển hoá" not in doc.text
    assert "Số 93 -BS/HU" in doc.text and "ĐẾN\tSố: 88" in doc.text
    assert unicodedata.is_normalized("NFC", doc.text)
    # every normalised word maps back to the same word in the raw text
    for word in ("Hồ Thị Cẩm Đào", "Cao Thúy Liên", "Mỹ Tú, ngày 05 tháng 02 năm 2024"):
        s = doc.text.index(word)
        rs, re_ = doc.raw_span(s, s + len(word))
        assert doc.raw_text[rs:re_] == word


def test_markdown_tables_flattened(shared: Path) -> None:
    doc = docproc.read(shared / "admin_docs" / "congbot" / "file_data_31.md")
    lines = doc.text.splitlines()
    assert "|" not in doc.text
    i = lines.index("BỘ LAO ĐỘNG – THƯƠNG BINH VÀ XÃ HỘI")
    # column by column: the issuer block, then the national title, then the date
    assert lines[i + 2].startswith("Số: 2864/LĐTBXH-NCC")
    assert "Hà Nội , ngày 22 tháng 07 năm 2015" in doc.text
    assert "Nơi nhận :" in doc.text and "- Lưu VT, NCC." in lines
    assert doc.meta["source_url"].startswith("https://thuvienphapluat.vn/")


def test_pdf_text_layer_reading_order(tmp_path: Path) -> None:
    doc = docproc.read(builders.two_column_pdf(tmp_path / "tt.pdf"))
    assert doc.source.format == "pdf" and doc.text_origin == "text-layer" and len(doc.pages) == 2
    page1 = doc.page_text(1).splitlines()
    assert page1[:5] == builders.HEADER_LEFT + builders.HEADER_RIGHT
    assert page1[6:9] == [builders.TITLE[0], builders.TITLE[1] + " " + builders.TITLE[2]][:2] + page1[8:9]
    assert "của Chính phủ quy định chức năng, nhiệm vụ, quyền hạn" in doc.page_text(1)
    page2 = [ln for ln in doc.page_text(2).splitlines() if ln]
    assert page2 == builders.SIGN_LEFT + builders.SIGN_RIGHT
    assert doc.page_at(doc.text.index("THỨ TRƯỞNG")) == 2
    assert doc.page_at(doc.text.index("Hà Nội")) == 1
    assert doc.text[doc.pages[1].start - 1] == "\f"


def test_pdf_ocr_never_keeps_text_layer_only(tmp_path: Path) -> None:
    doc = docproc.read(builders.two_column_pdf(tmp_path / "tt.pdf"), ocr="never")
    assert doc.text_origin == "text-layer"


def test_docx_paragraphs_and_tables_in_order(tmp_path: Path) -> None:
    doc = docproc.read(builders.header_docx(tmp_path / "tt.docx"))
    lines = [ln for ln in doc.text.splitlines() if ln]
    assert lines[:5] == builders.HEADER_LEFT + builders.HEADER_RIGHT
    assert lines[5:8] == builders.TITLE
    assert lines[-6:] == builders.SIGN_LEFT + builders.SIGN_RIGHT
    assert doc.source.format == "docx" and doc.meta["title"] == "Thông tư 06/2026/TT-BGDĐT"


def test_html_press_article(tmp_path: Path) -> None:
    p = tmp_path / "bao.html"
    p.write_text(builders.PRESS_HTML, encoding="utf-8")
    doc = docproc.read(p)
    assert doc.source.format == "html"
    assert doc.text.startswith("Tạo chuyển biến trong thực hiện đạo đức công vụ và kỷ cương hành chính\n")
    assert "Chỉ thị số 11/CT-UBND, ngày 9-9-2016" in doc.text
    for junk in ("Trang chủ", "Tin liên quan", "Bản quyền"):
        assert junk not in doc.text
    assert doc.meta["date"] == "2021-04-12"


def test_sniff_uses_content_not_name() -> None:
    assert sniff(b"%PDF-1.7\n", ".txt") == "pdf"
    assert sniff(b"\x89PNG\r\n\x1a\n....", ".pdf") == "image"
    assert sniff(b"<!DOCTYPE html><html>", ".txt") == "html"
    assert sniff(b"# Heading", ".md") == "md"
    assert sniff(b"BM-01 Mau don", ".txt") == "txt"
    assert "executable" in sniff(b"\x7fELF\x02\x01", ".pdf")


def test_cli_read_json(tmp_path: Path) -> None:
    import json

    p = tmp_path / "a.txt"
    p.write_text(SENTENCE, encoding="utf-8")
    result = CliRunner().invoke(app, ["read", "--json", str(p)])
    assert result.exit_code == 0, result.output
    d = json.loads(result.stdout)
    assert d["text"] == SENTENCE and d["source"]["format"] == "txt" and d["pages"][0]["origin"] == "plain"


def test_cli_version_and_help() -> None:
    r = CliRunner().invoke(app, ["--version"])
    assert r.exit_code == 0 and r.stdout.strip() == f"docproc {docproc.__version__}"
    r = CliRunner().invoke(app, ["read", "--help"])
    assert r.exit_code == 0 and "--ocr" in r.stdout


def test_cli_read_saves_to_folder(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text(SENTENCE, encoding="utf-8")
    builders.header_docx(src / "b.docx")
    out = tmp_path / "out"
    r = CliRunner().invoke(app, ["read", str(src), "-o", str(out)])
    assert r.exit_code == 0, r.output
    assert (out / "a.txt.txt").read_text(encoding="utf-8").strip() == SENTENCE
    assert "BỘ GIÁO DỤC VÀ ĐÀO TẠO" in (out / "b.docx.txt").read_text(encoding="utf-8")


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(list("aệ \n\t\x00\x07\x0b\x1b\x1f\ufffd\f")), max_size=80))
def test_bad_text_byte_bound_agrees(chars: list[str]) -> None:
    """``_bad_text`` with the UTF-8 bytes (a byte count first) says what the plain scan says."""
    from docproc.readers.text import _bad_text, _control_ratio_count

    text = "".join(chars)
    assert _bad_text(text, text.encode()) == _bad_text(text)
    data = text.encode()
    assert _bad_text(text, data, _control_ratio_count(data)[1]) == _bad_text(text)
    long = text * (70000 // max(len(text), 1) + 1)  # longer than the 65536-character sample
    assert _bad_text(long, long.encode()) == _bad_text(long)


def test_page_at_matches_a_plain_search() -> None:
    from bisect import bisect_right

    from docproc.document import Document, Page, Source

    text = "a" * 10 + "\f" + "b" * 5 + "\f" + "\f" + "c" * 7
    doc = Document(text, (), Source(None, "", "txt", 0), text)
    assert doc.page_at(3) == 1  # no pages
    for starts in ([0], [0, 11, 17, 18], [2, 11]):
        ends = [*starts[1:], len(text)]
        pages = tuple(Page(i + 1, s, e, "plain") for i, (s, e) in enumerate(zip(starts, ends, strict=True)))
        object.__setattr__(doc, "pages", pages)  # as build_document does: the cached starts follow
        for offset in range(len(text) + 1):
            i = bisect_right(starts, offset) - 1
            assert doc.page_at(offset) == pages[max(i, 0)].number


def _cell_lines_plain(cell: str) -> list[str]:
    import re

    from docproc.readers.layout import _DECORATION, _LIST_IN_CELL

    cell = re.sub(r"<br\s*/?>", "\n", cell)
    cell = _LIST_IN_CELL.sub("\n", cell)
    cell = _DECORATION.sub(lambda m: "\n" + m.group(1) + "\n", cell)
    return [ln.strip() for ln in cell.split("\n") if ln.strip()]


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.sampled_from(["a", "Số", " ", "-", "- ", ":", ";", "<br>", "<br/>", "_", "=", "–", "—", "*", "\n"]),
        max_size=20,
    )
)
def test_cell_lines_prechecks(pieces: list[str]) -> None:
    from docproc.readers.layout import cell_lines

    cell = "".join(pieces)
    assert cell_lines(cell) == _cell_lines_plain(cell)

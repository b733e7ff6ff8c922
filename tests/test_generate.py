"""The test-document generator itself: layout, determinism, formats."""

from __future__ import annotations

from pathlib import Path
from types import ModuleType

from PIL import Image, ImageChops

LONG = " ".join(["Ủy ban nhân dân tỉnh Sóc Trăng chỉ đạo thực hiện nghiêm các nội dung."] * 12)


def test_font_is_found(generate: ModuleType) -> None:
    assert generate.find_font().name == "LiberationSerif-Regular.ttf"
    assert generate.find_font(bold=True).name == "LiberationSerif-Bold.ttf"


def test_layout_wraps_long_lines_and_breaks_pages(generate: ModuleType) -> None:
    pages = generate.layout_lines("Tiêu đề\n" + LONG)
    assert pages[0][0] == "Tiêu đề"
    assert len(pages[0]) > 5  # the long line wrapped
    assert " ".join(" ".join(p) for p in pages).split() == ("Tiêu đề " + LONG).split()
    many = generate.layout_lines("\n".join(f"dòng {i}" for i in range(100)))
    assert len(many) == 3 and many[1][0] == f"dòng {len(many[0])}"
    assert len(generate.layout_lines("trang một\ftrang hai")) == 2


def test_noisy_pages_are_deterministic_per_seed(generate: ModuleType) -> None:
    a = generate.render_page_images("Chỉ thị số 11/CT-UBND", dpi=100, noisy=True, seed=1)[0]
    b = generate.render_page_images("Chỉ thị số 11/CT-UBND", dpi=100, noisy=True, seed=1)[0]
    c = generate.render_page_images("Chỉ thị số 11/CT-UBND", dpi=100, noisy=True, seed=2)[0]
    clean = generate.render_page_images("Chỉ thị số 11/CT-UBND", dpi=100)[0]
    assert a.size == clean.size == (827, 1169)  # A4 at 100 dpi
    assert ImageChops.difference(a, b).getbbox() is None
    assert ImageChops.difference(a, c).getbbox() is not None
    assert ImageChops.difference(a, clean).getbbox() is not None


def test_formats(generate: ModuleType, tmp_path: Path) -> None:
    text = "trang một\ftrang hai\ftrang ba"
    tif = generate.render_tiff(text, tmp_path / "a.tif", dpi=72)
    with Image.open(tif) as im:
        assert im.n_frames == 3
    pdf = generate.render_image_pdf(text, tmp_path / "a.pdf", dpi=72)
    assert pdf.read_bytes().startswith(b"%PDF")
    import pypdfium2

    assert len(pypdfium2.PdfDocument(str(pdf))) == 3
    assert len(pypdfium2.PdfDocument(str(generate.render_text_pdf(text, tmp_path / "t.pdf")))) == 3

"""OCR of generated scans of the seeds: CER targets, text PDFs, multi-page TIFFs."""

from __future__ import annotations

from pathlib import Path
from types import ModuleType

import pytest

import docproc
from docproc.evaluate import cer

pytestmark = pytest.mark.ocr

DIRECTIVE = "chi_thi_soc_trang_sao_y_my_tu.txt"


def _first_page(gen: ModuleType, text: str) -> str:
    """The part of ``text`` the generator lays out on its first page."""
    pages = gen.layout_lines(text)
    return "\n".join(pages[0])


@pytest.fixture(scope="module")
def directive(shared: Path) -> str:
    return (shared / "seeds" / DIRECTIVE).read_text(encoding="utf-8")


def test_seed_reads_back_exactly_from_text_pdf(
    shared: Path, generate: ModuleType, tmp_path: Path, directive: str
) -> None:
    pdf = generate.render_text_pdf(directive, tmp_path / "seed.pdf")
    doc = docproc.read(pdf)
    assert doc.text_origin == "text-layer"
    assert cer(docproc.normalize_text(directive), doc.text) == 0.0
    # and from the .txt itself
    assert cer(docproc.read(shared / "seeds" / DIRECTIVE).text, doc.text) == 0.0


@pytest.mark.parametrize(("noisy", "target"), [(False, 0.003), (True, 0.01)], ids=["clean", "noisy"])
def test_seed_ocr_character_error_rate(
    generate: ModuleType, tmp_path: Path, directive: str, noisy: bool, target: float
) -> None:
    text = _first_page(generate, directive)
    pdf = generate.render_image_pdf(text, tmp_path / "scan.pdf", dpi=300, noisy=noisy, seed=3)
    doc = docproc.read(pdf, workers=1)
    assert doc.text_origin == "ocr" and len(doc.pages) == 1
    assert doc.pages[0].confidence is not None and doc.pages[0].confidence > 0.8
    rate = cer(docproc.normalize_text(text), doc.text)
    assert rate <= target, f"CER {rate:.4f} above {target}"


def test_ocr_always_overrides_text_layer(generate: ModuleType, tmp_path: Path) -> None:
    text = "Ủy ban nhân dân tỉnh Sóc Trăng\nSố: 70/KH-UBND\nSóc Trăng, ngày 14 tháng 4 năm 2023"
    pdf = generate.render_text_pdf(text, tmp_path / "t.pdf")
    doc = docproc.read(pdf, ocr="always", workers=1)
    assert doc.text_origin == "ocr"
    assert cer(text, doc.text) < 0.05


def test_multipage_tiff_in_parallel(generate: ModuleType, tmp_path: Path, directive: str) -> None:
    text = directive[: directive.index("2. Phát huy")]
    tif = generate.render_tiff(text, tmp_path / "scan.tif", dpi=300, noisy=False, seed=0)
    doc = docproc.read(tif, workers=2)
    assert len(doc.pages) >= 2 and {p.origin for p in doc.pages} == {"ocr"}
    assert all(p.confidence and p.confidence > 0.8 for p in doc.pages)
    assert doc.pages[0].end <= doc.pages[1].start
    assert cer(docproc.normalize_text(text), doc.text) < 0.01

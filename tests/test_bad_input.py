"""Bad input: each case is a clear DocprocError naming the file and the problem, quickly."""

from __future__ import annotations

import random
import struct
import sys
import zlib
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner

import docproc
from docproc import errors
from docproc.cli import app


def _png_header(width: int, height: int) -> bytes:
    """A PNG that declares ``width`` × ``height`` pixels (only its header is ever read)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(b"\x00" * 64)) + chunk(b"IEND", b"")
    )


def _pdf_pages(n: int) -> bytes:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument.new()
    for _ in range(n):
        pdf.new_page(595, 842)
    import io

    buf = io.BytesIO()
    pdf.save(buf)
    return buf.getvalue()


def _encrypted_pdf(tmp: Path) -> bytes:
    from reportlab.pdfgen import canvas

    out = tmp / "enc-src.pdf"
    c = canvas.Canvas(str(out), encrypt="bí-mật")
    c.drawString(72, 720, "Secret text")
    c.showPage()
    c.save()
    return out.read_bytes()


def _docx_bomb() -> bytes:
    import io
    import zipfile

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("word/document.xml", b"<w:document>" + b" " * (300 << 20) + b"</w:document>")
    return buf.getvalue()


CASES: dict[str, tuple[str, Callable[[Path], bytes], type[errors.DocprocError], str]] = {
    "empty-txt": ("empty.txt", lambda t: b"", errors.EmptyDocumentError, "empty"),
    "whitespace-txt": ("blank.txt", lambda t: b"  \n\r\n\t ", errors.EmptyDocumentError, "empty"),
    "empty-pdf": ("empty.pdf", lambda t: b"", errors.EmptyDocumentError, "empty"),
    "zero-page-pdf": ("zero.pdf", lambda t: _pdf_pages(0), errors.EmptyDocumentError, "no pages"),
    "corrupt-pdf": (
        "corrupt.pdf",
        lambda t: b"%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R >>\n%%junk\x00\xff",
        errors.CorruptFileError,
        "not a readable PDF",
    ),
    "truncated-pdf": ("cut.pdf", lambda t: _pdf_pages(2)[:300], errors.CorruptFileError, "PDF"),
    "password-pdf": ("locked.pdf", _encrypted_pdf, errors.EncryptedDocumentError, "password"),
    "executable-as-pdf": (
        "tool.pdf",
        lambda t: Path(sys.executable).resolve().read_bytes()[:65536],
        errors.UnsupportedFormatError,
        "executable",
    ),
    "junk-as-txt": ("junk.txt", lambda t: random.Random(7).randbytes(20000), errors.BinaryContentError, "binary"),
    "thousand-page-pdf": ("big.pdf", lambda t: _pdf_pages(1000), errors.ResourceLimitError, "1000 pages"),
    "huge-image": ("huge.png", lambda t: _png_header(20000, 20000), errors.ResourceLimitError, "20000"),
    "corrupt-image": ("broken.jpg", lambda t: b"\xff\xd8\xff\xe0" + b"\x00" * 100, errors.CorruptFileError, "image"),
    "docx-zip-bomb": ("bomb.docx", lambda t: _docx_bomb(), errors.ResourceLimitError, "MiB"),
    "zip-not-docx": ("data.docx", lambda t: _pdf_zip(), errors.CorruptFileError, "word/document.xml"),
    "legacy-doc": (
        "old.doc",
        lambda t: b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600,
        errors.UnsupportedFormatError,
        ".docx",
    ),
}


def _pdf_zip() -> bytes:
    import io
    import zipfile

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("notes.txt", "word/ nothing here")
    return buf.getvalue()


@pytest.mark.parametrize("case", sorted(CASES))
def test_bad_input_is_a_clear_error(case: str, tmp_path: Path) -> None:
    name, build, kind, words = CASES[case]
    path = tmp_path / name
    path.write_bytes(build(tmp_path))
    with pytest.raises(kind) as info:
        docproc.read(path)
    message = str(info.value)
    assert message.startswith(str(path) + ": ")
    assert words.lower() in message.lower()
    assert "\n" not in message


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(errors.InputNotFoundError, match="no such file"):
        docproc.read(tmp_path / "absent.pdf")


def test_directory_is_not_a_document(tmp_path: Path) -> None:
    with pytest.raises(errors.InputNotFoundError, match="not a regular file"):
        docproc.read(tmp_path)


def test_image_with_ocr_never(tmp_path: Path) -> None:
    from PIL import Image

    p = tmp_path / "page.png"
    Image.new("L", (100, 100), 255).save(p)
    with pytest.raises(errors.DocprocError, match="--ocr never"):
        docproc.read(p, ocr="never")


def test_errors_survive_pickling() -> None:
    import pickle

    err = errors.CorruptFileError("a.pdf", "bad xref")
    back = pickle.loads(pickle.dumps(err))
    assert type(back) is errors.CorruptFileError and str(back) == "a.pdf: bad xref"


def test_cli_reports_one_line_per_bad_file_and_goes_on(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text("Ủy ban nhân dân tỉnh Sóc Trăng", encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "junk.txt").write_bytes(random.Random(1).randbytes(5000))
    result = CliRunner().invoke(app, ["read", str(tmp_path / "empty.txt"), str(good), str(tmp_path / "junk.txt")])
    assert result.exit_code == 2
    assert "Ủy ban nhân dân tỉnh Sóc Trăng" in result.stdout
    err_lines = [ln for ln in result.stderr.splitlines() if ln.strip()]
    assert any("empty.txt: the file is empty" in ln for ln in err_lines)
    assert any("junk.txt: binary content" in ln for ln in err_lines)
    assert "Traceback" not in result.output

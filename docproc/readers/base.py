"""What every reader returns, the limits that keep reading bounded, and content sniffing."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from docproc.document import Origin

OcrMode = Literal["auto", "always", "never"]


@dataclass(frozen=True, slots=True)
class RawPage:
    """A page as a reader produced it, before normalisation."""

    text: str
    origin: Origin
    confidence: float | None = None


@dataclass(slots=True)
class RawDocument:
    """A reader's output: pages of raw text, the format and what the reader learned."""

    format: str
    pages: list[RawPage]
    meta: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Limits:
    """Bounds that keep one pathological file from stalling or exhausting a batch."""

    #: largest input file in bytes
    max_bytes: int = 1 << 30
    #: most pages read from a PDF or multi-page image
    max_pages: int = 500
    #: most pixels in one page image (A3 at 600 dpi is ~70 Mpx)
    max_pixels: int = 120_000_000
    #: most bytes unpacked from a DOCX (zip) container, and the highest compression ratio
    max_unpacked: int = 256 << 20
    max_ratio: int = 200
    #: resolution at which PDF pages without text are rendered for OCR
    ocr_dpi: int = 300


Format = Literal["pdf", "image", "docx", "html", "md", "txt"]

_IMAGE_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "png"),
    (b"\xff\xd8\xff", "jpeg"),
    (b"II*\x00", "tiff"),
    (b"MM\x00*", "tiff"),
    (b"GIF87a", "gif"),
    (b"GIF89a", "gif"),
)

#: signatures of content docproc refuses, with a readable name
_REFUSED_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x7fELF", "an ELF executable"),
    (b"\xcf\xfa\xed\xfe", "a Mach-O executable"),
    (b"\xca\xfe\xba\xbe", "a Java class or Mach-O file"),
    (b"Rar!", "a RAR archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"BZh", "a bzip2 archive"),
    (b"\xfd7zXZ\x00", "an xz archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "a legacy Office (OLE) file such as .doc; save it as .docx"),
    (b"%!PS", "a PostScript file"),
    (b"\x00\x00\x00\x0cjP  ", "a JPEG 2000 image"),
)

_EXT_FORMAT: dict[str, Format] = {
    ".pdf": "pdf",
    ".png": "image",
    ".jpg": "image",
    ".jpeg": "image",
    ".tif": "image",
    ".tiff": "image",
    ".gif": "image",
    ".bmp": "image",
    ".webp": "image",
    ".docx": "docx",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".md": "md",
    ".markdown": "md",
    ".txt": "txt",
    ".text": "txt",
}


def sniff(head: bytes, suffix: str) -> Format | str:
    """The format of content starting with ``head``; the file's suffix only decides between
    text flavours (``txt``/``md``/``html``). Returns a refusal reason (not a format) for
    content docproc does not read."""
    if head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"%PDF-") or head[:1024].find(b"%PDF-") >= 0:
        return "pdf"
    for magic, _name in _IMAGE_MAGIC:
        if head.startswith(magic):
            return "image"
    if head.startswith(b"RIFF") and head[8:12] == b"WEBP":
        return "image"
    if head.startswith(b"BM") and len(head) > 14 and head[6:10] == b"\x00\x00\x00\x00":
        return "image"
    if head.startswith(b"MZ") and b"\x00" in head[:64]:
        return "a Windows executable"
    if head.startswith(b"PK\x03\x04"):
        return "docx" if b"word/" in head or suffix == ".docx" else "a zip archive that is not a DOCX document"
    for magic, name in _REFUSED_MAGIC:
        if head.startswith(magic):
            return name
    low = head[:2048].lower().lstrip(b"\xef\xbb\xbf \t\r\n")
    if low.startswith((b"<!doctype html", b"<html")) or b"<html" in low[:512]:
        return "html"
    fmt = _EXT_FORMAT.get(suffix.lower())
    return fmt if fmt in ("html", "md") else "txt"

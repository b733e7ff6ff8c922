"""``read``: any file an archive holds → a normalised :class:`~docproc.document.Document`.

The format is decided by the content (magic bytes), not the file name; the name only tells
plain text from Markdown and HTML. Every failure is a :class:`~docproc.errors.DocprocError`
naming the file and the problem.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from docproc.document import PAGE_BREAK, Document, Page, Source
from docproc.errors import (
    DocprocError,
    EmptyDocumentError,
    InputNotFoundError,
    ResourceLimitError,
    UnsupportedFormatError,
)
from docproc.normalize import LAYOUT_STEPS, TEXT_STEPS, Normalizer
from docproc.readers.base import Limits, OcrMode, RawDocument, RawPage, sniff

__all__ = ["Limits", "OcrMode", "RawDocument", "RawPage", "read", "read_raw"]


def _load(source: str | os.PathLike[str] | bytes, name: str | None, limits: Limits) -> tuple[bytes, str | None]:
    if isinstance(source, bytes | bytearray | memoryview):
        data = bytes(source)
        if len(data) > limits.max_bytes:
            raise ResourceLimitError(name, f"{len(data)} bytes, more than the limit of {limits.max_bytes}")
        return data, name
    path = Path(source)
    shown = str(path)
    try:
        if not path.is_file():
            raise InputNotFoundError(shown, "no such file" if not path.exists() else "not a regular file")
        size = path.stat().st_size
        if size > limits.max_bytes:
            raise ResourceLimitError(shown, f"{size} bytes, more than the limit of {limits.max_bytes}")
        return path.read_bytes(), shown
    except PermissionError as err:
        raise InputNotFoundError(shown, "permission denied") from err
    except IsADirectoryError as err:
        raise InputNotFoundError(shown, "is a directory") from err


def read_raw(
    source: str | os.PathLike[str] | bytes,
    *,
    ocr: OcrMode = "auto",
    limits: Limits | None = None,
    lang: str = "vie",
    workers: int | None = None,
    name: str | None = None,
) -> tuple[RawDocument, Source]:
    """Read without normalising: the reader's pages and the source description."""
    limits = limits or Limits()
    if ocr not in ("auto", "always", "never"):
        raise ValueError(f"ocr must be auto, always or never, not {ocr!r}")
    data, path = _load(source, name, limits)
    if not data:
        raise EmptyDocumentError(path, "the file is empty (0 bytes)")
    suffix = Path(path).suffix if path else ""
    fmt = sniff(data[:8192], suffix)
    raw: RawDocument
    # OCR workers open files themselves; bytes input is sent to them as bytes
    job_source: str | bytes = data if isinstance(source, bytes | bytearray | memoryview) else str(path)
    if fmt == "pdf":
        from docproc.readers.pdf import read_pdf

        raw = read_pdf(data, path, ocr, limits, lang, workers, job_source)
    elif fmt == "image":
        raw = _read_image(data, path, ocr, limits, lang, workers, job_source)
    elif fmt == "docx":
        from docproc.readers.office import read_docx

        raw = read_docx(data, path, limits)
    elif fmt == "html":
        from docproc.readers.office import read_html

        raw = read_html(data, path)
    elif fmt in ("txt", "md"):
        from docproc.readers.text import read_text

        raw = read_text(data, path, fmt)
    else:
        raise UnsupportedFormatError(path, f"unsupported content: {fmt}")
    src = Source(path, hashlib.sha256(data).hexdigest(), raw.format, len(data))
    return raw, src


def _read_image(
    data: bytes,
    path: str | None,
    ocr: OcrMode,
    limits: Limits,
    lang: str,
    workers: int | None,
    job_source: str | bytes,
) -> RawDocument:
    from docproc.readers.ocr import OcrJob, ocr_pages

    if ocr == "never":
        raise DocprocError(path, "an image has no text without OCR, and --ocr never was given")
    frames = _frame_count(data, path, limits)
    jobs = [OcrJob("image", job_source, i, limits.ocr_dpi, lang, limits.max_pixels, path) for i in range(frames)]
    pages = ocr_pages(jobs, workers)
    if not any(p.text.strip() for p in pages):
        raise EmptyDocumentError(path, "OCR found no text in the image")
    return RawDocument("image", pages, {"frames": frames})


def _frame_count(data: bytes, path: str | None, limits: Limits) -> int:
    from docproc.readers.ocr import open_image

    with open_image(data, path, limits.max_pixels) as im:
        n = int(getattr(im, "n_frames", 1))
    if n > limits.max_pages:
        raise ResourceLimitError(path, f"the image has {n} frames, more than the limit of {limits.max_pages}")
    return n


def normalizer_for(raw: RawDocument) -> Normalizer:
    """Text from page layouts (PDF, OCR) also gets hyphenation and broken lines mended."""
    layout = any(p.origin in ("text-layer", "ocr") for p in raw.pages)
    if raw.format == "md":  # web crawls put spaces inside words
        return Normalizer((*TEXT_STEPS, "rejoin"))
    return Normalizer(LAYOUT_STEPS if layout else TEXT_STEPS)


def build_document(raw: RawDocument, source: Source, normalizer: Normalizer | None = None) -> Document:
    """Normalise a reader's output into a :class:`Document` with page ranges and offset maps."""
    normalizer = normalizer or normalizer_for(raw)
    raw_text = PAGE_BREAK.join(p.text.replace(PAGE_BREAK, "\n") for p in raw.pages)
    text, maps, steps = normalizer(raw_text)
    doc = Document(text, (), source, raw_text, maps, steps, dict(raw.meta))
    pages: list[Page] = []
    raw_start = 0
    for i, p in enumerate(raw.pages):
        raw_end = raw_start + len(p.text)
        start = doc.text_offset(raw_start, "left")
        end = doc.text_offset(raw_end, "left")
        pages.append(Page(i + 1, start, max(start, end), p.origin, p.confidence))
        raw_start = raw_end + len(PAGE_BREAK)
    object.__setattr__(doc, "pages", tuple(pages))
    return doc


def read(
    source: str | os.PathLike[str] | bytes,
    *,
    ocr: OcrMode = "auto",
    limits: Limits | None = None,
    normalizer: Normalizer | None = None,
    lang: str = "vie",
    workers: int | None = None,
    name: str | None = None,
) -> Document:
    """Read a file (or its bytes) into a normalised :class:`Document`.

    ``ocr``: ``auto`` OCRs PDF pages without a usable text layer and images; ``always`` OCRs
    every PDF page; ``never`` uses text layers only. ``name`` labels bytes input in errors
    and in ``source.path``. ``workers`` bounds the OCR processes (default: all cores).
    """
    raw, src = read_raw(source, ocr=ocr, limits=limits, lang=lang, workers=workers, name=name)
    return build_document(raw, src, normalizer)

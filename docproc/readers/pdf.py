"""PDF: the text layer through pdfplumber, in reading order; pages without a usable text layer
go to OCR."""

from __future__ import annotations

import io
import re
from itertools import pairwise
from typing import Any

from docproc.errors import CorruptFileError, EmptyDocumentError, EncryptedDocumentError, ResourceLimitError
from docproc.readers.base import Limits, OcrMode, RawDocument, RawPage
from docproc.readers.layout import Word, group_lines, order_lines

_CID = re.compile(r"\(cid:\d+\)")
#: fewer visible characters than this and a page counts as having no text layer
MIN_TEXT_CHARS = 16


def _open_error(path: str | None, err: Exception) -> Exception:
    name = type(err).__name__
    inner = err.args[0] if err.args and isinstance(err.args[0], Exception) else err
    inner_name = type(inner).__name__
    if "Password" in name or "Password" in inner_name or "Encrypt" in inner_name:
        return EncryptedDocumentError(path, "the PDF is password-protected")
    return CorruptFileError(path, f"not a readable PDF ({inner_name}: {str(inner)[:120] or 'no detail'})")


def page_lines(page: Any) -> list[str]:
    """Text lines of a pdfplumber page in reading order (two-column bands column by column)."""
    words = [
        Word(float(w["x0"]), float(w["top"]), float(w["x1"]), float(w["bottom"]), w["text"])
        for w in page.extract_words(keep_blank_chars=False, use_text_flow=False, x_tolerance=1.5)
    ]
    if not words:
        return []
    lines = group_lines(words)
    # a vertical gap larger than a line marks a paragraph
    for prev, ln in pairwise(lines):
        ln.new_paragraph = ln.top - prev.bottom > 0.9 * ln.height
    return order_lines(lines, float(page.width))


def usable(text: str) -> bool:
    """Whether a text layer holds real text (not empty, not unmapped ``(cid:NN)`` glyphs)."""
    visible = len(text) - text.count(" ") - text.count("\n")
    if visible < MIN_TEXT_CHARS:
        return False
    cid = sum(len(m.group()) for m in _CID.finditer(text))
    bad = text.count("\ufffd")
    return (cid + bad) / max(visible, 1) < 0.2


def read_pdf(
    data: bytes,
    path: str | None,
    ocr: OcrMode,
    limits: Limits,
    lang: str,
    workers: int | None,
    job_source: str | bytes | None = None,
) -> RawDocument:
    """Text layers in reading order; pages without one (or all, with ``ocr="always"``) OCR'd.
    ``job_source`` is what OCR workers open: the file's path, or the bytes."""
    import pdfplumber

    try:
        pdf = pdfplumber.open(io.BytesIO(data))
        n = len(pdf.pages)
    except Exception as err:  # pdfminer raises many kinds; all mean "cannot read"
        raise _open_error(path, err) from err
    with pdf:
        if n == 0:
            raise EmptyDocumentError(path, "the PDF has no pages")
        if n > limits.max_pages:
            raise ResourceLimitError(
                path, f"the PDF has {n} pages, more than the limit of {limits.max_pages} (raise --max-pages)"
            )
        texts: list[str | None] = []
        meta: dict[str, Any] = {"pdf_pages": n}
        try:
            for page in pdf.pages:
                if ocr == "always":
                    texts.append(None)
                    continue
                text = "\n".join(page_lines(page))
                texts.append(text if usable(text) or ocr == "never" else None)
                page.close()
        except Exception as err:
            raise _open_error(path, err) from err
        info = pdf.metadata or {}
    for key in ("Title", "Author", "CreationDate", "Producer"):
        if isinstance(info.get(key), str) and info[key].strip():
            meta[key.lower()] = info[key].strip()

    todo = [i for i, t in enumerate(texts) if t is None]
    pages: list[RawPage] = [RawPage(t or "", "text-layer") for t in texts]
    if todo:
        from docproc.readers.ocr import OcrJob, ocr_pages

        src = job_source if job_source is not None else data
        jobs = [OcrJob("pdf", src, i, limits.ocr_dpi, lang, limits.max_pixels, path) for i in todo]
        for i, ocr_page in zip(todo, ocr_pages(jobs, workers), strict=True):
            pages[i] = ocr_page
    if not any(p.text.strip() for p in pages):
        raise EmptyDocumentError(path, "the PDF holds no text (no text layer, and OCR found none)")
    return RawDocument("pdf", pages, meta)

"""Extractors: ``Document`` → record fields. ``extract(doc_or_path)`` builds the whole ``Record``."""

from __future__ import annotations

from dataclasses import fields
from pathlib import Path
from typing import Any, Literal

from docproc.document import Document
from docproc.extract.header import Header, extract_header, parse_layout
from docproc.records import Record

__all__ = ["Header", "extract", "extract_file", "extract_header", "parse_layout", "source_info"]


def source_info(doc: Document) -> dict[str, Any]:
    """The ``source`` object of a record."""
    src = doc.source
    return {
        "path": src.path if src else None,
        "sha256": src.sha256 if src else None,
        "format": src.format if src else None,
        "pages": len(doc.pages),
        "text_origin": doc.text_origin,
        "ocr_confidence": round(c, 3) if (c := doc.ocr_confidence) is not None else None,
    }


def extract(doc_or_path: Document | str | Path | bytes, include_text: bool = False) -> Record:
    """The record of a document (read first when given a path or bytes)."""
    if isinstance(doc_or_path, Document):
        doc = doc_or_path
    else:
        from docproc.readers import read

        doc = read(doc_or_path)
    h = extract_header(doc)
    found = {f.name: getattr(h, f.name) for f in fields(h) if f.name != "zones"}
    return Record(source=source_info(doc), text=doc.text if include_text else None, **found)


def extract_file(
    path: str | Path,
    *,
    ocr: Literal["auto", "always", "never"] = "auto",
    limits: Any = None,
    workers: int | None = None,
    include_text: bool = False,
) -> Record:
    """The record of one file; a file that cannot be read or parsed gives ``status: error``.

    Every input yields exactly one record, so a batch never loses a file.
    """
    from docproc.errors import DocprocError
    from docproc.readers import read
    from docproc.records import error_record

    base = {"path": str(path), "sha256": None, "format": None, "pages": 0, "text_origin": None, "ocr_confidence": None}
    try:
        doc = read(path, ocr=ocr, limits=limits, workers=workers)
    except DocprocError as err:
        return error_record(base, "read", err.kind, str(err))
    except Exception as err:  # noqa: BLE001 - one bad file must not stop a batch
        return error_record(base, "read", type(err).__name__, f"{path}: unexpected {type(err).__name__}: {err}")
    try:
        return extract(doc, include_text=include_text)
    except Exception as err:  # noqa: BLE001
        return error_record(source_info(doc), "extract", type(err).__name__, f"{path}: {type(err).__name__}: {err}")

"""Extractors: ``Document`` → record fields. ``extract(doc_or_path)`` builds the whole ``Record``."""

from __future__ import annotations

import re
from dataclasses import fields
from functools import cache
from pathlib import Path
from typing import Any, Literal

from docproc.document import Document
from docproc.errors import DocprocError
from docproc.extract.dates import DateMention, find_dates
from docproc.extract.header import Header, extract_header, parse_layout
from docproc.extract.organizations import Organization, find_organizations
from docproc.extract.references import Reference, find_references
from docproc.extract.responsibilities import Responsibility, find_responsibilities
from docproc.records import Record

__all__ = [
    "DateMention",
    "Header",
    "Organization",
    "Reference",
    "Responsibility",
    "context_place",
    "extract",
    "extract_file",
    "extract_header",
    "find_dates",
    "find_organizations",
    "find_references",
    "find_responsibilities",
    "parse_layout",
    "source_info",
]


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


def extract(doc_or_path: Document | str | Path | bytes, include_text: bool = False, classify: bool = False) -> Record:
    """The record of a document (read first when given a path or bytes); ``classify`` adds the
    violation types the text discusses (``violations``)."""
    if isinstance(doc_or_path, Document):
        doc = doc_or_path
    else:
        from docproc.readers import read

        doc = read(doc_or_path)
    h = extract_header(doc)
    found = {f.name: getattr(h, f.name) for f in fields(h) if f.name != "zones"}
    place = context_place(h)
    skip = tuple((z.start, z.end) for z in h.zones if z.kind in ("number", "copy", "stamp"))
    refs = find_references(doc, place=place, skip=skip)
    dates = find_dates(doc, zones=h.zones, references=[r.span for r in refs], regime=h.regime)
    if h.regime == "press" and "issue_date" in h.evidence and h.issue_date:
        dates = _publication(doc, dates, h.evidence["issue_date"].span, h.issue_date.value, h.issue_date.precision)
    found_orgs = find_organizations(doc, place=place)
    orgs = _unique_orgs(found_orgs)
    due = [(d.span, d.text) for d in dates if d.role == "deadline" or d.precision == "recurring"]
    resps = find_responsibilities(doc, zones=h.zones, organizations=[o.span for o in found_orgs], deadlines=due)
    violations: list[dict[str, Any]] | None = None
    status, errors = "ok", []
    if classify:
        try:
            from docproc.classify import classify_document

            violations = classify_document(doc.text)
        except DocprocError as err:
            status, errors = "partial", [{"stage": "classify", "type": err.kind, "message": str(err)}]
    return Record(
        source=source_info(doc),
        text=doc.text if include_text else None,
        references=[r.to_dict() for r in refs],
        dates=[d.to_dict() for d in dates],
        organizations=orgs,
        responsibilities=[r.to_dict() for r in resps],
        violations=violations,
        status=status,
        errors=errors,
        **found,
    )


def context_place(h: Header) -> str | None:
    """The province a document belongs to: its place line when that is a province, else the
    province in its issuer's name ("Ủy ban nhân dân tỉnh Sóc Trăng", "Ban Thường vụ Tỉnh ủy Sóc Trăng")."""
    provinces = _provinces()
    if h.place in provinces:
        return h.place
    if h.issuer:
        m = _ISSUER_PLACE.search(h.issuer.name)
        if m and m[1] in provinces:
            return m[1]
    return None


_ISSUER_PLACE = re.compile(r"(?:tỉnh|thành phố|Tỉnh ủy|Thành ủy)\s+(.+)$")


@cache
def _provinces() -> frozenset[str]:
    from docproc.extract.names import place_names

    return frozenset(place_names())


def _publication(
    doc: Document, dates: list[DateMention], span: tuple[int, int], value: str, precision: str
) -> list[DateMention]:
    """A press article's dateline gives its publication date."""
    from dataclasses import replace

    inside = [d for d in dates if d.span[0] >= span[0] and d.span[1] <= span[1]]
    if not inside and span[1] > span[0]:
        pub = DateMention(value, precision, "publication", doc.text[span[0] : span[1]], span, 1, "press.dateline")
        return sorted([*dates, pub], key=lambda d: d.span)
    return [replace(d, role="publication") if d in inside else d for d in dates]


def _unique_orgs(orgs: list[Organization]) -> list[dict[str, Any]]:
    """One entry per body, with the span of its first mention and every mention's span."""
    out: dict[str, dict[str, Any]] = {}
    for o in orgs:
        entry = out.get(o.name)
        if entry is None:
            out[o.name] = {**o.to_dict(), "mentions": [list(o.span)]}
        else:
            entry["mentions"].append(list(o.span))
    return list(out.values())


def extract_file(
    path: str | Path,
    *,
    ocr: Literal["auto", "always", "never"] = "auto",
    limits: Any = None,
    workers: int | None = None,
    include_text: bool = False,
    classify: bool = False,
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
        kind = _error_kind(err)
        return error_record(base, "read", kind, f"{path}: unexpected {kind}: {err}")
    try:
        return extract(doc, include_text=include_text, classify=classify)
    except Exception as err:  # noqa: BLE001
        kind = _error_kind(err)
        return error_record(source_info(doc), "extract", kind, f"{path}: {kind}: {err}")


def _error_kind(err: BaseException) -> str:
    """The name of an error's type; ``MemoryError`` when memory ran out inside a C extension that
    reported it as a ``SystemError`` ("returned a result with an exception set", the
    ``MemoryError`` as its cause), so a memory limit is named as such."""
    cause: BaseException | None = err
    while isinstance(cause, SystemError):
        cause = cause.__cause__
        if isinstance(cause, MemoryError):
            return "MemoryError"
    return type(err).__name__

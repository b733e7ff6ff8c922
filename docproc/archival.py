"""Archival export: records under the field names archives use, as CSV or XLSX.

Two schemes, both data (``docproc/data/archival_fields.json``, with examples the tests check):
``tt05`` — Thông tư 05/2025/TT-BNV, document level (Số, Ký hiệu, Ngày tháng năm, Tên loại,
Trích yếu, Tác giả, Người ký, Độ mật, Loại bản, Số trang, Ngôn ngữ, Mức độ tin cậy, Ghi chú);
``nd30`` — Nghị định 30/2020/NĐ-CP Phụ lục VI (CodeNumber, CodeNotation, IssuedDate, …).
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from docproc.data import load
from docproc.export import atomic_path, cell
from docproc.records import get_path

__all__ = ["SCHEMES", "archival_row", "archival_rows", "columns", "write_archival"]

SCHEMES = ("tt05", "nd30")


def _table() -> dict[str, Any]:
    table: dict[str, Any] = load("archival_fields.json")
    return table


def columns(scheme: str = "tt05") -> list[str]:
    """The column names of a scheme, in order."""
    return [f["name"] for f in _scheme(scheme)["fields"]]


def _scheme(scheme: str) -> dict[str, Any]:
    schemes: dict[str, Any] = _table()["schemes"]
    if scheme not in schemes:
        raise ValueError(f"unknown archival scheme {scheme!r} ({', '.join(schemes)})")
    return dict(schemes[scheme])


def format_date(value: Any) -> str:
    """ISO date (or ``{"value", "precision"}``) as dd/mm/yyyy, mm/yyyy or yyyy."""
    if isinstance(value, dict):
        value = value.get("value")
    if not value:
        return ""
    parts = str(value).split("-")
    return "/".join(reversed(parts)) if all(p.isdigit() for p in parts) else str(value)


def _copy_kind(rec: dict[str, Any], rule: dict[str, Any]) -> str:
    copies = rec.get("copies") or []
    if not copies:
        return str(rule["none"])
    return str(rule["forms"].get(str(copies[-1].get("form", "")).upper(), rule["other"]))


def _reliability(rec: dict[str, Any], rule: dict[str, Any]) -> str:
    if rec.get("status") == "error":
        return str(rule["error"])
    scores = [float(e["confidence"]) for e in (rec.get("evidence") or {}).values() if e.get("confidence") is not None]
    ocr = get_path(rec, "source.ocr_confidence")
    lowest = min([*scores, *([float(ocr)] if ocr is not None else [])], default=1.0)
    return next(str(label) for floor, label in rule["levels"] if lowest >= floor)


def _note(rec: dict[str, Any], rule: dict[str, Any]) -> str:
    notes = [rule["error"].format(message=e.get("message", "")) for e in rec.get("errors") or []]
    if rec.get("duplicate_of"):
        notes.append(rule["duplicate"].format(path=rec["duplicate_of"]))
    if get_path(rec, "source.text_origin") in ("ocr", "mixed"):
        notes.append(rule["ocr"])
    return "; ".join(notes)


def _signer_position(rec: dict[str, Any], rule: dict[str, Any]) -> str:
    signer = rec.get("signer") or {}
    head = " ".join(p for p in (signer.get("authority"), signer.get("on_behalf_of")) if p)
    return ", ".join(p for p in (head, signer.get("position")) if p)


def _due_date(rec: dict[str, Any], rule: dict[str, Any]) -> str:
    due = next((d for d in rec.get("dates") or [] if d.get("role") == "deadline"), None)
    return format_date(due) if due else ""


RULES: dict[str, Callable[[dict[str, Any], dict[str, Any]], str]] = {
    "copy_kind": _copy_kind,
    "reliability": _reliability,
    "note": _note,
    "signer_position": _signer_position,
    "due_date": _due_date,
}


def _value(rec: dict[str, Any], spec: dict[str, Any]) -> str:
    if "const" in spec:
        return str(spec["const"])
    if "rule" in spec:
        return RULES[spec["rule"]](rec, _table()["rules"][spec["rule"]])
    value = get_path(rec, spec["from"])
    return format_date(value) if spec.get("format") == "date" else cell(value)


def archival_row(record: dict[str, Any], scheme: str = "tt05") -> dict[str, str]:
    """One record as a row of the scheme's columns."""
    return {f["name"]: _value(record, f) for f in _scheme(scheme)["fields"]}


def archival_rows(records: Iterable[dict[str, Any]], scheme: str = "tt05") -> list[dict[str, str]]:
    return [archival_row(r, scheme) for r in records]


def _write_xlsx(rows: list[dict[str, str]], names: list[str], path: Path, title: str) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Văn bản"
    ws.append(names)
    for c in ws[1]:
        c.font = Font(bold=True)
    for row in rows:
        ws.append([row[n] for n in names])
    ws.freeze_panes = "A2"
    for i, name in enumerate(names, start=1):
        width = max([len(name), *(len(r[name]) for r in rows[:200])])
        ws.column_dimensions[ws.cell(1, i).column_letter].width = min(60, width + 2)
    wb.properties.title = title
    wb.save(path)


def write_archival(records: Iterable[dict[str, Any]], path: str | Path, scheme: str = "tt05") -> int:
    """Write the archival table as ``.xlsx`` or CSV (UTF-8 with BOM, so Excel reads the
    diacritics); returns the row count."""
    spec = _scheme(scheme)
    names = columns(scheme)
    rows = archival_rows(records, scheme)
    with atomic_path(path) as tmp:
        if Path(path).suffix.lower() == ".xlsx":
            _write_xlsx(rows, names, tmp, spec["title"])
        else:
            with tmp.open("w", encoding="utf-8-sig", newline="") as f:
                writer = csv.DictWriter(f, fieldnames=names)
                writer.writeheader()
                writer.writerows(rows)
    return len(rows)

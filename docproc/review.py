"""The review queue of a batch: what an archivist should check by hand.

One row per field whose evidence confidence is below a threshold, and one per document that
could not be processed (``status: error``), so the uncertain few are checked, not everything.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from docproc.export import atomic_open, cell
from docproc.records import get_path

__all__ = ["REVIEW_COLUMNS", "review_queue", "write_review"]

REVIEW_COLUMNS = ("path", "status", "field", "value", "confidence", "method", "problem")


def _field_rows(record: dict[str, Any], threshold: float) -> list[dict[str, Any]]:
    rows = []
    for name, ev in sorted((record.get("evidence") or {}).items()):
        conf = ev.get("confidence")
        if conf is not None and conf < threshold:
            problem = f"confidence {conf:.2f} < {threshold:g}" + (
                f"; repaired: {ev['repair']}" if ev.get("repair") else ""
            )
            rows.append(
                {
                    "field": name,
                    "value": cell(get_path(record, name)),
                    "confidence": conf,
                    "method": ev.get("method"),
                    "problem": problem,
                }
            )
    return rows


def review_queue(records: Iterable[dict[str, Any]], threshold: float = 0.8) -> list[dict[str, Any]]:
    """Rows to check: fields with evidence confidence below ``threshold``, and error records.

    Each row: ``path``, ``status``, ``field`` (empty for a whole document), ``value``,
    ``confidence``, ``method`` (the rule that produced the value) and ``problem``.
    """
    out: list[dict[str, Any]] = []
    for rec in records:
        base = {"path": get_path(rec, "source.path"), "status": rec.get("status")}
        if rec.get("status") == "error":
            problem = "; ".join(e.get("message", "") for e in rec.get("errors") or [])
            out.append({**base, "field": "", "value": "", "confidence": None, "method": None, "problem": problem})
            continue
        out.extend({**base, **row} for row in _field_rows(rec, threshold))
    return out


def write_review(rows: Iterable[dict[str, Any]], path: str | Path) -> int:
    """Write review rows as CSV (``REVIEW_COLUMNS``); returns how many."""
    n = 0
    with atomic_open(path) as f:
        writer = csv.DictWriter(f, fieldnames=REVIEW_COLUMNS)
        writer.writeheader()
        for row in rows:
            writer.writerow({k: "" if row.get(k) is None else row[k] for k in REVIEW_COLUMNS})
            n += 1
    return n

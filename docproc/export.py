"""Writers for records: JSONL (the contract) and CSV (one row per document, nested fields flattened).

Files are written to a temporary name beside the target and renamed at the end, so a crash
never leaves a half-written output under the final name.
"""

from __future__ import annotations

import csv
import json
import os
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

from docproc.records import get_path

#: CSV columns: (header, dotted path in the record)
CSV_COLUMNS: tuple[tuple[str, str], ...] = (
    ("path", "source.path"),
    ("sha256", "source.sha256"),
    ("format", "source.format"),
    ("pages", "source.pages"),
    ("text_origin", "source.text_origin"),
    ("ocr_confidence", "source.ocr_confidence"),
    ("status", "status"),
    ("error", "errors"),
    ("regime", "regime"),
    ("doc_type", "doc_type.name"),
    ("doc_type_code", "doc_type.code"),
    ("number", "number"),
    ("symbol", "symbol"),
    ("number_symbol", "number_symbol"),
    ("issuer", "issuer.name"),
    ("issuer_parent", "issuer.parent"),
    ("place", "place"),
    ("issue_date", "issue_date"),
    ("subject", "subject"),
    ("signer_name", "signer.name"),
    ("signer_position", "signer.position"),
    ("signer_authority", "signer.authority"),
    ("on_behalf_of", "signer.on_behalf_of"),
    ("recipients", "recipients"),
    ("urgency", "marks.urgency"),
    ("secrecy", "marks.secrecy"),
    ("received_by", "received.by"),
    ("received_number", "received.number"),
    ("received_date", "received.date"),
    ("copies", "copies"),
)


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, dict) and set(value) == {"value", "precision"}:
        return str(value["value"])
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return "; ".join(value)
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def csv_row(record: dict[str, Any]) -> dict[str, str]:
    row = {name: _cell(get_path(record, path)) for name, path in CSV_COLUMNS}
    if record.get("errors"):
        row["error"] = "; ".join(e.get("message", "") for e in record["errors"])
    return row


@contextmanager
def atomic_open(path: str | Path) -> Iterator[IO[str]]:
    """A text file that appears under ``path`` only once completely written."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as f:
            yield f
        Path(tmp).replace(target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_records(records: Iterable[dict[str, Any]], path: str | Path, fmt: str = "jsonl") -> int:
    """Write records as ``jsonl`` or ``csv``; returns how many were written."""
    n = 0
    with atomic_open(path) as f:
        if fmt == "csv":
            writer = csv.DictWriter(f, fieldnames=[c for c, _ in CSV_COLUMNS])
            writer.writeheader()
            for rec in records:
                writer.writerow(csv_row(rec))
                n += 1
        elif fmt == "jsonl":
            for rec in records:
                f.write(json.dumps(rec, ensure_ascii=False) + "\n")
                n += 1
        else:
            raise ValueError(f"unknown output format {fmt!r} (jsonl or csv)")
    return n

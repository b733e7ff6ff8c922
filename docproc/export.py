"""Writers for records: JSONL (the contract), CSV (one row per document, nested fields flattened),
Parquet (the CSV columns typed, plus the whole record as JSON) and a SQLite catalogue with
full-text search (:mod:`docproc.catalogue`).

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
    ("duplicate_of", "duplicate_of"),
)

#: output formats and the suffixes that select them (anything else is JSONL)
FORMATS: dict[str, tuple[str, ...]] = {
    "jsonl": (".jsonl", ".json", ".ndjson"),
    "csv": (".csv",),
    "parquet": (".parquet", ".pq"),
    "sqlite": (".sqlite", ".sqlite3", ".db"),
}


def format_for(path: str | Path) -> str:
    """The output format a file name asks for: ``records.csv`` → ``csv``; JSONL by default."""
    suffix = Path(path).suffix.lower()
    return next((fmt for fmt, suffixes in FORMATS.items() if suffix in suffixes), "jsonl")


def cell(value: Any) -> str:
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
    row = {name: cell(get_path(record, path)) for name, path in CSV_COLUMNS}
    if record.get("errors"):
        row["error"] = "; ".join(e.get("message", "") for e in record["errors"])
    return row


@contextmanager
def atomic_path(path: str | Path) -> Iterator[Path]:
    """A temporary path beside ``path``, renamed to ``path`` once the block completes."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
    os.close(fd)
    tmp = Path(name)
    try:
        yield tmp
        tmp.replace(target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


@contextmanager
def atomic_open(path: str | Path) -> Iterator[IO[str]]:
    """A text file that appears under ``path`` only once completely written."""
    with atomic_path(path) as tmp, tmp.open("w", encoding="utf-8", newline="") as f:
        yield f


def write_json_lines(lines: Iterable[bytes], path: str | Path) -> int:
    """Write records given as their JSON in UTF-8 (one per line, no newline inside) as a JSONL
    file that appears only once complete; returns how many."""
    n = 0
    with atomic_path(path) as tmp, tmp.open("wb") as f:
        for line in lines:
            f.write(line + b"\n")
            n += 1
    return n


def _write_text(records: Iterable[dict[str, Any]], path: str | Path, fmt: str) -> int:
    n = 0
    with atomic_open(path) as f:
        if fmt == "csv":
            writer = csv.DictWriter(f, fieldnames=[c for c, _ in CSV_COLUMNS])
            writer.writeheader()
            for rec in records:
                writer.writerow(csv_row(rec))
                n += 1
        else:
            for rec in records:
                f.write(json.dumps(rec, ensure_ascii=False) + "\n")
                n += 1
    return n


#: Parquet column types other than string
_PARQUET_TYPES = {"pages": "int64", "ocr_confidence": "float64"}


def _parquet_row(record: dict[str, Any]) -> dict[str, Any]:
    row: dict[str, Any] = dict(csv_row(record))
    for name, path in CSV_COLUMNS:
        if name in _PARQUET_TYPES:
            row[name] = get_path(record, path)
        elif row[name] == "":
            row[name] = None
    row["record"] = json.dumps(record, ensure_ascii=False)
    return row


def write_parquet(records: Iterable[dict[str, Any]], path: str | Path, batch_size: int = 1000) -> int:
    """One row per record: the CSV columns (pages and confidence typed) and ``record``, the
    record's JSON; written in row groups of ``batch_size`` so memory stays flat."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    names = [c for c, _ in CSV_COLUMNS] + ["record"]
    schema = pa.schema([(c, getattr(pa, _PARQUET_TYPES.get(c, "string"))()) for c in names])
    n = 0
    with atomic_path(path) as tmp, pq.ParquetWriter(str(tmp), schema) as writer:
        batch: list[dict[str, Any]] = []
        for rec in records:
            batch.append(_parquet_row(rec))
            if len(batch) >= batch_size:
                writer.write_table(pa.Table.from_pylist(batch, schema=schema))
                n, batch = n + len(batch), []
        if batch or not n:
            writer.write_table(pa.Table.from_pylist(batch, schema=schema))
            n += len(batch)
    return n


def write_records(records: Iterable[dict[str, Any]], path: str | Path, fmt: str | None = None) -> int:
    """Write records as ``jsonl``, ``csv``, ``parquet`` or ``sqlite`` (default: from the suffix,
    see :func:`format_for`); returns how many were written. The file appears only when complete."""
    fmt = fmt or format_for(path)
    if fmt in ("jsonl", "csv"):
        return _write_text(records, path, fmt)
    if fmt == "parquet":
        return write_parquet(records, path)
    if fmt == "sqlite":
        from docproc.catalogue import write_catalogue

        return write_catalogue(records, path)
    raise ValueError(f"unknown output format {fmt!r} ({', '.join(FORMATS)})")

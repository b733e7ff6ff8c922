"""The SQLite catalogue of a collection: one row per record, full-text search over text and fields.

Tables
  ``documents``      the CSV columns (:data:`docproc.export.CSV_COLUMNS`), ``year``, ``text`` and
                     ``record`` (the record's JSON, without ``text``, which has its own column).
  ``documents_fts``  FTS5 over subject, issuer, doc_type, number_symbol, signer_name and text,
                     ``unicode61`` with ``remove_diacritics 0``: diacritics are letters in
                     Vietnamese ("nhũng" ≠ "nhưng"), so a query written with them matches exactly.
  ``documents_fold`` the same columns folded to plain letters (``đ`` → ``d`` too, which
                     ``unicode61``'s own ``remove_diacritics 2`` does not do), contentless
                     (index only): a query typed without diacritics ("nhung nhieu") matches
                     every spelling.

:func:`search` picks the index from the query: without any diacritic → the folded index, else
the exact one. Folding keeps lengths, so snippets are cut from the original text either way.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import closing
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from docproc.export import CSV_COLUMNS, atomic_path, csv_row
from docproc.vietnamese import fold_diacritics

__all__ = ["FTS_COLUMNS", "SearchHit", "search", "write_catalogue"]

#: the columns of ``documents`` the full-text indexes cover
FTS_COLUMNS = ("subject", "issuer", "doc_type", "number_symbol", "signer_name", "text")

_TOKEN = re.compile(r"\w+")


def _schema() -> str:
    cols = ", ".join(f'"{name}" TEXT' for name, _ in CSV_COLUMNS)
    fts = ", ".join(FTS_COLUMNS)
    return f"""
    CREATE TABLE documents (id INTEGER PRIMARY KEY, {cols}, year INTEGER, text TEXT, record TEXT NOT NULL);
    CREATE VIRTUAL TABLE documents_fts USING fts5({fts}, content='documents', content_rowid='id',
        tokenize='unicode61 remove_diacritics 0');
    CREATE VIRTUAL TABLE documents_fold USING fts5({fts}, content='', tokenize='unicode61 remove_diacritics 0');
    """


def _row(record: dict[str, Any]) -> tuple[Any, ...]:
    cells = csv_row(record)
    date = cells["issue_date"]
    year = int(date[:4]) if date[:4].isdigit() else None
    slim = {k: v for k, v in record.items() if k != "text"}
    values = [cells[name] or None for name, _ in CSV_COLUMNS]
    return (*values, year, record.get("text"), json.dumps(slim, ensure_ascii=False))


def write_catalogue(records: Iterable[dict[str, Any]], path: str | Path) -> int:
    """Write the catalogue (replacing any file at ``path`` once complete); returns the row count."""
    names = [f'"{name}"' for name, _ in CSV_COLUMNS] + ["year", "text", "record"]
    insert = f"INSERT INTO documents ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})"
    fold_insert = f"INSERT INTO documents_fold (rowid, {', '.join(FTS_COLUMNS)}) VALUES (?{', ?' * len(FTS_COLUMNS)})"
    n = 0
    with atomic_path(path) as tmp:
        tmp.unlink()
        with closing(sqlite3.connect(tmp)) as db, db:
            db.executescript(_schema())
            for rec in records:
                row = _row(rec)
                rowid = db.execute(insert, row).lastrowid
                by_name = dict(zip(names, row, strict=True))
                fields = [by_name[f'"{c}"' if c != "text" else "text"] for c in FTS_COLUMNS]
                db.execute(fold_insert, (rowid, *(fold_diacritics(v) if v else v for v in fields)))
                n += 1
            db.execute("INSERT INTO documents_fts(documents_fts) VALUES ('rebuild')")
    return n


@dataclass(frozen=True)
class SearchHit:
    path: str
    number_symbol: str | None
    issue_date: str | None
    subject: str | None
    snippet: str

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def _match_expression(query: str) -> str:
    """The query as one FTS5 phrase of its word tokens (operators and quotes are not syntax)."""
    tokens = _TOKEN.findall(query)
    if not tokens:
        raise ValueError(f"nothing to search for in {query!r}")
    return '"' + " ".join(tokens) + '"'


def snippet(text: str, query: str, folded: bool, width: int = 12) -> str:
    """About ``width`` words either side of the first match of ``query`` in ``text``, the match
    in [brackets]; matching ignores case, and diacritics too when ``folded``."""
    tokens = _TOKEN.findall(fold_diacritics(query) if folded else query)
    hay = (fold_diacritics(text) if folded else text).lower()
    pattern = re.compile(r"\b" + r"\W+".join(re.escape(t.lower()) for t in tokens) + r"\b")
    m = pattern.search(hay)
    if not m:
        return " ".join(text.split()[: 2 * width])
    starts = [w.start() for w in re.finditer(r"\S+", text[: m.start()])]
    ends = [w.end() for w in re.finditer(r"\S+", text[m.end() :])]
    left = starts[-width] if len(starts) >= width else 0
    right = m.end() + (ends[width - 1] if len(ends) >= width else len(text) - m.end())
    marked = f"{text[left : m.start()]}[{text[m.start() : m.end()]}]{text[m.end() : right]}"
    return " ".join(marked.split())


def _fold_like(value: str | None) -> str:
    return fold_diacritics(value or "").lower()


def _filters(issuer: str | None, year: int | None, doc_type: str | None) -> tuple[str, list[Any]]:
    where: list[str] = []
    args: list[Any] = []
    if issuer:
        where.append("instr(docproc_fold(d.issuer), ?) > 0")
        args.append(_fold_like(issuer))
    if year is not None:
        where.append("d.year = ?")
        args.append(year)
    if doc_type:
        where.append("(docproc_fold(d.doc_type) = ? OR docproc_fold(d.doc_type_code) = ?)")
        args += [_fold_like(doc_type)] * 2
    return "".join(f" AND {w}" for w in where), args


def search(
    db_path: str | Path,
    query: str,
    *,
    issuer: str | None = None,
    year: int | None = None,
    doc_type: str | None = None,
    limit: int = 20,
) -> list[SearchHit]:
    """Documents of a catalogue matching ``query`` (a phrase), best first, with a snippet.

    Filters: ``issuer`` (a part of the issuer's name), ``year`` (of the issue date), ``doc_type``
    (name or code); all ignore case and diacritics.
    """
    folded = fold_diacritics(query) == query
    table = "documents_fold" if folded else "documents_fts"
    match = _match_expression(fold_diacritics(query) if folded else query)
    where, args = _filters(issuer, year, doc_type)
    sql = (
        f"SELECT d.path, d.number_symbol, d.issue_date, d.subject, d.text FROM {table} f "
        f"JOIN documents d ON d.id = f.rowid WHERE {table} MATCH ?{where} ORDER BY f.rank LIMIT ?"
    )
    if not Path(db_path).is_file():
        raise FileNotFoundError(f"{db_path}: no such catalogue")
    with closing(sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)) as db:
        db.create_function("docproc_fold", 1, _fold_like, deterministic=True)
        rows: Iterator[tuple[Any, ...]] = db.execute(sql, [match, *args, limit])
        return [
            SearchHit(path, number, date, subject, snippet(text or subject or "", query, folded))
            for path, number, date, subject, text in rows
        ]

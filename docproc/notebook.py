"""For analysts in Jupyter: records as pandas DataFrames, and a record as HTML.

    df = extract_many("in/**/*.pdf", ocr="never")   # one row per document: the CSV columns + ``record``
    tables = tidy(df)                               # references, dates, organizations, responsibilities…
    df = load("out/records.jsonl")                  # a batch written by ``docproc extract``
    tables = load_tables("out/records.jsonl")       # its documents and side tables
    HTML(record_html(rec.to_dict(), doc.text))      # field table + the text with highlighted spans

pandas and spaCy's displaCy are imported when a function needs them, so ``import docproc``
stays fast. A ``Record`` shows itself with :func:`record_html` in a notebook (``_repr_html_``).
"""

from __future__ import annotations

import html
import itertools
import re
import tempfile
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from docproc.evaluate import read_jsonl
from docproc.export import CSV_COLUMNS, cell, csv_row
from docproc.records import Record, get_path

if TYPE_CHECKING:
    import pandas as pd

__all__ = [
    "LABEL_COLORS",
    "TABLES",
    "expand_inputs",
    "extract_many",
    "highlight_spans",
    "load",
    "load_tables",
    "record_html",
    "records_frame",
    "tidy",
]

Ocr = Literal["auto", "always", "never"]
PathsOrGlob = str | Path | Sequence[str | Path]

#: side tables of :func:`tidy`: table name → the item fields that lead its columns (the record
#: field of the same name holds the items; other keys of the items follow these)
TABLES: dict[str, tuple[str, ...]] = {
    "references": ("id", "doc_type", "number", "year", "symbol", "issuer", "date", "relation", "text"),
    "dates": ("value", "precision", "role", "text"),
    "organizations": ("name", "mention", "text"),
    "responsibilities": ("item", "assignees", "action", "task", "deadline", "report_to"),
}
#: one row per assignee of a responsibility (``n`` is the responsibility's position)
ASSIGNEES: tuple[str, ...] = ("item", "name", "role")
_KEY = ("path", "number_symbol", "n")
_SPAN = ("start", "end")
_POSITION = (*_SPAN, "page", "method")
#: DataFrame columns that are numbers, not text (the other CSV columns are strings or None)
_NUMERIC = {"pages": "Int64", "ocr_confidence": "Float64"}

#: displaCy colours of the highlighted spans
LABEL_COLORS: dict[str, str] = {
    "ISSUER": "#f4a261",
    "NUMBER": "#e9c46a",
    "ISSUE_DATE": "#2a9d8f",
    "REFERENCE": "#8ecae6",
    "DATE": "#b5e48c",
    "ORG": "#cdb4db",
    "ASSIGNEE": "#ffafcc",
}
#: header fields highlighted by their evidence: label → (evidence keys, first present wins; the
#: value shown beside the label)
_EVIDENCE_LABELS: dict[str, tuple[tuple[str, ...], str]] = {
    "ISSUER": (("issuer",), "issuer.name"),
    "NUMBER": (("number_symbol", "number", "symbol"), "number_symbol"),
    "ISSUE_DATE": (("issue_date",), "issue_date"),
}


# -- DataFrames ------------------------------------------------------------------------------------


def extract_many(
    paths_or_glob: PathsOrGlob, ocr: Ocr = "auto", workers: int | None = None, *, include_text: bool = False
) -> pd.DataFrame:
    """The records of many documents, one row per input file, in input order.

    ``paths_or_glob``: a glob (``"in/**/*.pdf"``), a file or folder (walked recursively), or a
    list of these. Runs :func:`docproc.batch.run_batch` (worker processes, per-document time and
    memory limits, identical files processed once), so a bad file gives an error row, never an
    exception. ``workers`` defaults to all cores.
    """
    from docproc.batch import run_batch

    inputs = list(expand_inputs(paths_or_glob))
    if not inputs:
        return records_frame([])
    with tempfile.TemporaryDirectory(prefix="docproc-") as tmp:
        out = Path(tmp) / "records.jsonl"
        run_batch(inputs, out, workers=workers, ocr=ocr, include_text=include_text, progress=False)
        return records_frame(read_jsonl(out))


def expand_inputs(paths_or_glob: PathsOrGlob) -> Iterator[Path]:
    """Paths of a glob, a path, or a list of them; globs expand (``**`` recursive) to their files."""
    items = [paths_or_glob] if isinstance(paths_or_glob, str | Path) else paths_or_glob
    for item in items:
        if isinstance(item, str) and _MAGIC.search(item):
            yield from _glob(item)
        else:
            yield Path(item)


_MAGIC = re.compile(r"[*?[]")


def _glob(pattern: str) -> list[Path]:
    """The files a glob names, sorted: the pattern's parts from the first one with a wildcard are
    matched below the parts before it."""
    parts = Path(pattern).parts
    first = next(i for i, part in enumerate(parts) if _MAGIC.search(part))
    base = Path(*parts[:first]) if first else Path()
    return sorted(p for p in base.glob(str(Path(*parts[first:]))) if p.is_file())


def records_frame(records: Iterable[Mapping[str, Any] | Record]) -> pd.DataFrame:
    """One row per record: the CSV export's columns (empty → None, ``pages`` and
    ``ocr_confidence`` numbers) and ``record``, the whole record (dict)."""
    import pandas as pd

    rows = [_document_row(_as_dict(r)) for r in records]
    columns = [name for name, _ in CSV_COLUMNS] + ["record"]
    return pd.DataFrame(rows, columns=columns).astype(_NUMERIC)


def _as_dict(record: Mapping[str, Any] | Record) -> dict[str, Any]:
    return record.to_dict() if isinstance(record, Record) else dict(record)


def _document_row(record: dict[str, Any]) -> dict[str, Any]:
    row: dict[str, Any] = {name: value or None for name, value in csv_row(record).items()}
    paths = dict(CSV_COLUMNS)
    for name in _NUMERIC:
        row[name] = get_path(record, paths[name])
    row["record"] = record
    return row


def tidy(records_or_df: pd.DataFrame | Iterable[Mapping[str, Any] | Record]) -> dict[str, pd.DataFrame]:
    """Side tables, one row per item, keyed by the document's ``path`` and ``number_symbol``
    (``n``: the item's position in its document; ``start``/``end``: its span in the text):
    ``references``, ``dates``, ``organizations``, ``responsibilities`` and ``assignees`` (one row
    per assignee of a responsibility)."""
    import pandas as pd

    if isinstance(records_or_df, pd.DataFrame):
        records = [_as_dict(r) for r in records_or_df["record"]]
    else:
        records = [_as_dict(r) for r in records_or_df]
    tables = {
        name: _frame([row for r in records for row in _item_rows(r, name)], (*_KEY, *lead, *_POSITION))
        for name, lead in TABLES.items()
    }
    tables["assignees"] = _frame([row for r in records for row in _assignee_rows(r)], (*_KEY, *ASSIGNEES, *_SPAN))
    return tables


def _key(record: dict[str, Any], n: int) -> dict[str, Any]:
    return {"path": get_path(record, "source.path"), "number_symbol": record.get("number_symbol"), "n": n}


def _position(item: Mapping[str, Any]) -> dict[str, Any]:
    span = item.get("span") or (None, None)
    return {"start": span[0], "end": span[1]}


def _item_rows(record: dict[str, Any], field: str) -> Iterator[dict[str, Any]]:
    for n, item in enumerate(record.get(field) or []):
        yield {**_key(record, n), **{k: v for k, v in item.items() if k != "span"}, **_position(item)}


def _assignee_rows(record: dict[str, Any]) -> Iterator[dict[str, Any]]:
    for n, resp in enumerate(record.get("responsibilities") or []):
        for a in resp.get("assignees") or []:
            fields = {k: v for k, v in a.items() if k != "span"}
            yield {**_key(record, n), "item": resp.get("item"), **fields, **_position(a)}


def _frame(rows: list[dict[str, Any]], lead: tuple[str, ...]) -> pd.DataFrame:
    """A table of ``rows``: the ``lead`` columns first, then any other key of the rows."""
    import pandas as pd

    columns = list(dict.fromkeys([*lead, *(k for row in rows for k in row)]))
    return pd.DataFrame(rows, columns=columns)


def load(path: str | Path) -> pd.DataFrame:
    """The records of a JSONL file (``docproc extract … -o OUT.jsonl``) as :func:`records_frame`."""
    return records_frame(read_jsonl(path))


def load_tables(path: str | Path) -> dict[str, pd.DataFrame]:
    """The records of a JSONL file as ``documents`` (:func:`load`) and the side tables of :func:`tidy`."""
    documents = load(path)
    return {"documents": documents, **tidy(documents)}


# -- HTML ------------------------------------------------------------------------------------------


def record_html(record: Mapping[str, Any], text: str | None = None) -> str:
    """A record as HTML: a table of its fields (with the evidence's confidence and rule) and, when
    ``text`` (the document's normalised text) is given, the text with the record's spans
    highlighted by displaCy: issuer, number and issue date (their evidence), references, dates,
    organizations and responsibility assignees. Everything from the document is escaped."""
    parts = ['<div class="docproc-record">', _field_table(record)]
    if text is not None:
        parts.append(highlight_spans(text, list(_spans(record, len(text)))))
    parts.append("</div>")
    return "\n".join(parts)


def _field_table(record: Mapping[str, Any]) -> str:
    rec = dict(record)
    evidence: dict[str, Any] = rec.get("evidence") or {}
    row = csv_row(rec)
    shown: set[str] = set()
    lines = ["<table><thead><tr><th>field</th><th>value</th><th>confidence</th><th>rule</th></tr></thead><tbody>"]
    for name, path in CSV_COLUMNS:
        if not row[name]:
            continue
        root = path.split(".")[0]
        ev = evidence.get(root) if root not in shown else None
        shown.add(root)
        lines.append(_tr(name, row[name], ev))
    for field in (*TABLES, "violations"):
        items = rec.get(field)
        if items:
            lines.append(_tr(field, _summary(field, items), None))
    lines.append("</tbody></table>")
    return "\n".join(lines)


def _summary(field: str, items: list[dict[str, Any]]) -> str:
    if field == "violations":
        return "; ".join(f"{v.get('label')} ({v.get('score')})" for v in items)
    if field == "references":
        return f"{len(items)}: " + "; ".join(str(r.get("id") or r.get("text")) for r in items)
    return str(len(items))


def _tr(name: str, value: str, evidence: Mapping[str, Any] | None) -> str:
    conf = cell(evidence.get("confidence")) if evidence else ""
    rule = cell(evidence.get("method")) if evidence else ""
    cells = "".join(f"<td>{html.escape(v)}</td>" for v in (value, conf, rule))
    return f"<tr><th>{html.escape(name)}</th>{cells}</tr>"


def _spans(record: Mapping[str, Any], length: int) -> Iterator[tuple[int, int, str, str]]:
    """(start, end, label, note) of every highlighted span that lies within the text."""
    evidence: Mapping[str, Any] = record.get("evidence") or {}
    found: list[tuple[int, int, str, str]] = []
    for label, (keys, note) in _EVIDENCE_LABELS.items():
        key = next((k for k in keys if k in evidence), None)
        if key:
            found.append((*evidence[key]["span"], label, cell(get_path(dict(record), note))))
    found += [(*r["span"], "REFERENCE", r.get("id") or r.get("relation") or "") for r in record.get("references") or []]
    found += [(*d["span"], "DATE", f"{d.get('role')} {d.get('value')}") for d in record.get("dates") or []]
    found += [(*o["span"], "ORG", o.get("name") or "") for o in record.get("organizations") or []]
    found += [
        (*a["span"], "ASSIGNEE", a.get("role") or "")
        for resp in record.get("responsibilities") or []
        for a in resp.get("assignees") or []
        if a.get("span")
    ]
    yield from (s for s in found if 0 <= s[0] < s[1] <= length)


#: a line break, passed to displaCy as a token and turned into ``<br>`` afterwards
_BREAK = "\u2028"
_PIECES = re.compile(r"\n|[^\S\n]+|\S+")


def highlight_spans(text: str, spans: Sequence[tuple[int, int, str, str]]) -> str:
    """``text`` as displaCy span markup (``style="span"``, manual mode: no model) with
    ``spans`` (start, end, label, note) highlighted; overlapping spans stack. Line breaks are kept."""
    from spacy import displacy

    tokens = _tokens(text, {i for s in spans for i in s[:2]})
    starts = [t[0] for t in tokens]
    data = {
        "text": text,
        "tokens": [_BREAK if text[s:e] == "\n" else text[s:e] for s, e in tokens],
        "spans": [_token_span(starts, tokens, s) for s in spans],
    }
    markup = displacy.render(data, style="span", manual=True, jupyter=False, options={"colors": LABEL_COLORS})
    return str(markup).replace(_BREAK + " ", "<br>").replace(_BREAK, "<br>")


def _tokens(text: str, cuts: set[int]) -> list[tuple[int, int]]:
    """Character ranges of the words and line breaks of ``text`` (other whitespace dropped:
    displaCy puts a space after each token), words cut at the span boundaries ``cuts``."""
    out: list[tuple[int, int]] = []
    for m in _PIECES.finditer(text):
        if m[0] != "\n" and m[0].isspace():
            continue
        bounds = [m.start(), *sorted(c for c in cuts if m.start() < c < m.end()), m.end()]
        out += list(itertools.pairwise(bounds))
    return out


def _token_span(starts: list[int], tokens: list[tuple[int, int]], span: tuple[int, int, str, str]) -> dict[str, Any]:
    from bisect import bisect_left

    s, e, label, note = span
    first = bisect_left(starts, s)
    last = max(first + 1, bisect_left(starts, e))
    first = min(first, len(tokens) - 1)
    return {"start_token": first, "end_token": last, "label": label, "kb_id": html.escape(note), "kb_url": "#"}

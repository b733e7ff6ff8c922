"""The HTML report of a batch: what was read, what failed, what to check, what is cited most.

``batch_report(records, out)`` writes one self-contained HTML file (inline CSS, charts as inline
base64 PNGs drawn with matplotlib's Agg canvas, no network resource). It reads the records in
one pass (``collect``), so a batch of 100,000 records is not held in memory, and it shows:

- a summary: files, ok / partial / error, duplicates, pages, the share of documents read by OCR;
- counts by status, regime, document type, issuer (top 20) and year of ``issue_date``, over the
  documents that were read (error records have no fields to count);
- the errors (path, type, message) and the review queue (``docproc.review.review_queue``:
  fields whose evidence confidence is below the threshold), each capped at ``max_rows`` rows;
- charts: documents per year, top issuers, and the references most cited (the ``id`` of
  ``references[]``, counted once per citing document, with whether the cited document is itself
  in the batch, i.e. some record's ``number_symbol``).

Every piece of text from a record goes through ``html.escape``.
"""

from __future__ import annotations

import base64
import io
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from html import escape
from pathlib import Path
from typing import Any

from docproc.export import atomic_open
from docproc.records import get_path
from docproc.review import review_queue

__all__ = ["BatchStats", "batch_report", "collect", "render"]

TOP = 20
NONE = "(none)"
_OCR_ORIGINS = frozenset({"ocr", "mixed"})


@dataclass
class BatchStats:
    """What the report shows, gathered in one pass over the records."""

    files: int = 0
    pages: int = 0
    read: int = 0  # records not in error
    ocr: int = 0  # of those, read (partly) by OCR
    duplicates: int = 0
    status: Counter[str] = field(default_factory=Counter)
    regime: Counter[str] = field(default_factory=Counter)
    doc_type: Counter[str] = field(default_factory=Counter)
    issuer: Counter[str] = field(default_factory=Counter)
    year: Counter[str] = field(default_factory=Counter)
    cited: Counter[str] = field(default_factory=Counter)  # reference id -> citing documents
    symbols: set[str] = field(default_factory=set)  # number_symbol of the batch's documents
    errors: list[dict[str, Any]] = field(default_factory=list)
    error_count: int = 0
    review: list[dict[str, Any]] = field(default_factory=list)
    review_count: int = 0

    @property
    def ocr_share(self) -> float | None:
        return self.ocr / self.read if self.read else None

    def top_cited(self, n: int = TOP) -> list[tuple[str, int, bool]]:
        """The ``n`` references most cited: (id, citing documents, is a document of the batch)."""
        return [(ident, k, ident in self.symbols) for ident, k in _top(self.cited, n)]


def _year(value: Any) -> str | None:
    """The year of an ``issue_date``: ``"2023-04-14"`` or ``{"value": "2023-04", "precision": …}``."""
    if isinstance(value, dict):
        value = value.get("value")
    text = str(value or "")
    return text[:4] if text[:4].isdigit() else None


def _label(value: Any) -> str:
    return str(value) if value not in (None, "") else NONE


def _top(counter: Counter[str], n: int) -> list[tuple[str, int]]:
    """The ``n`` most common, ties by name, so reports of the same batch are identical."""
    return sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))[:n]


def _add_errors(stats: BatchStats, rec: dict[str, Any], max_rows: int) -> None:
    for err in rec.get("errors") or []:
        stats.error_count += 1
        if len(stats.errors) < max_rows:
            stats.errors.append(
                {
                    "path": get_path(rec, "source.path"),
                    "status": rec.get("status"),
                    "stage": err.get("stage"),
                    "type": err.get("type"),
                    "message": err.get("message"),
                }
            )


def _add_fields(stats: BatchStats, rec: dict[str, Any], threshold: float, max_rows: int) -> None:
    stats.read += 1
    stats.ocr += get_path(rec, "source.text_origin") in _OCR_ORIGINS
    stats.regime[_label(rec.get("regime"))] += 1
    stats.doc_type[_label(get_path(rec, "doc_type.name"))] += 1
    stats.issuer[_label(get_path(rec, "issuer.name"))] += 1
    stats.year[_year(rec.get("issue_date")) or NONE] += 1
    own = rec.get("number_symbol")
    if own:
        stats.symbols.add(own)
    stats.cited.update({ref["id"] for ref in rec.get("references") or [] if ref.get("id") and ref["id"] != own})
    rows = review_queue([rec], threshold)
    stats.review_count += len(rows)
    stats.review.extend(rows[: max(0, max_rows - len(stats.review))])


def collect(records: Iterable[dict[str, Any]], threshold: float = 0.8, max_rows: int = 1000) -> BatchStats:
    """Counts, errors, review rows and citations of a batch, in one pass over ``records``."""
    stats = BatchStats()
    for rec in records:
        stats.files += 1
        stats.status[_label(rec.get("status"))] += 1
        stats.pages += int(get_path(rec, "source.pages") or 0)
        stats.duplicates += bool(rec.get("duplicate_of"))
        _add_errors(stats, rec, max_rows)
        if rec.get("status") != "error":
            _add_fields(stats, rec, threshold, max_rows)
    return stats


# -- charts -----------------------------------------------------------------------------------------


def _short(text: str, width: int = 48) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def _png(fig: Any) -> str:
    """A matplotlib figure as a ``data:`` URI."""
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=96, metadata={"Software": None})
    return "data:image/png;base64," + base64.b64encode(buf.getvalue()).decode("ascii")


def bar_chart(
    labels: Sequence[str], values: Sequence[int], title: str, horizontal: bool = False, colors: Sequence[str] = ()
) -> str:
    """A bar chart as a PNG ``data:`` URI (Agg canvas, no pyplot state)."""
    from matplotlib.figure import Figure
    from matplotlib.ticker import MaxNLocator

    n = len(labels)
    size = (8.0, 1.2 + 0.28 * n) if horizontal else (max(4.0, 0.5 * n + 1.5), 3.2)
    fig = Figure(figsize=size, layout="constrained")
    ax = fig.add_subplot()
    pos = list(range(n))
    color = list(colors) or "#4c72b0"
    texts = [_short(t) for t in labels]
    if horizontal:
        ax.barh(pos, values, color=color)
        ax.set_yticks(pos, texts, fontsize=8, parse_math=False)
        ax.invert_yaxis()
    else:
        ax.bar(pos, values, color=color)
        ax.set_xticks(pos, texts, fontsize=8, rotation=45 if n > 8 else 0, parse_math=False)
    (ax.xaxis if horizontal else ax.yaxis).set_major_locator(MaxNLocator(integer=True))
    ax.set_title(title, fontsize=10, parse_math=False)
    return _png(fig)


_STATUS_ORDER = {"ok": "0", "partial": "1", "error": "2"}


def _label_key(item: tuple[str, int]) -> tuple[bool, str]:
    """Sort key of a label: years (and statuses ok, partial, error) in order, ``(none)`` last."""
    return (item[0] == NONE, _STATUS_ORDER.get(item[0], item[0]))


def charts(stats: BatchStats) -> list[tuple[str, str]]:
    """(title, data URI) of the report's charts; a chart without data is left out."""
    out: list[tuple[str, str]] = []
    years = sorted(((y, k) for y, k in stats.year.items() if y != NONE), key=_label_key)
    if years:
        title = "Documents per year"
        out.append((title, bar_chart([y for y, _ in years], [k for _, k in years], title)))
    issuers = [(name, k) for name, k in _top(stats.issuer, TOP + 1) if name != NONE][:TOP]
    if issuers:
        title = f"Top issuers (top {TOP})"
        out.append((title, bar_chart([i for i, _ in issuers], [k for _, k in issuers], title, horizontal=True)))
    cited = stats.top_cited()
    if cited:
        title = "References most cited (citing documents; orange: in this batch)"
        colors = ["#dd8452" if inb else "#4c72b0" for _, _, inb in cited]
        out.append((title, bar_chart([i for i, _, _ in cited], [k for _, k, _ in cited], title, True, colors)))
    return out


# -- HTML -------------------------------------------------------------------------------------------

CSS = """
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;margin:2rem auto;
max-width:72rem;padding:0 1rem;color:#222;line-height:1.4}
h1{font-size:1.6rem}h2{font-size:1.2rem;margin-top:2rem;border-bottom:1px solid #ddd}
table{border-collapse:collapse;margin:.5rem 0 1rem;font-size:.9rem}
th,td{border:1px solid #ddd;padding:.25rem .5rem;text-align:left;vertical-align:top}
thead th{background:#f3f3f3}td.n{text-align:right;font-variant-numeric:tabular-nums}
.grid{display:flex;flex-wrap:wrap;gap:1.5rem;align-items:flex-start}
figure{margin:0}figcaption{font-size:.85rem;color:#555}img{max-width:100%;height:auto}
.note{color:#666;font-size:.85rem}
"""


def _cell(value: Any) -> str:
    if isinstance(value, bool):
        return f"<td>{'yes' if value else 'no'}</td>"
    if isinstance(value, int):
        return f'<td class="n">{value}</td>'
    if isinstance(value, float):
        return f'<td class="n">{value:.2f}</td>'
    return f"<td>{escape('' if value is None else str(value))}</td>"


def table(header: Sequence[str], rows: Iterable[Sequence[Any]], caption: str = "") -> str:
    """An HTML table; every text escaped."""
    head = "".join(f'<th scope="col">{escape(h)}</th>' for h in header)
    body = "".join("<tr>" + "".join(_cell(v) for v in row) + "</tr>\n" for row in rows)
    cap = f"<caption>{escape(caption)}</caption>" if caption else ""
    return f"<table>{cap}<thead><tr>{head}</tr></thead>\n<tbody>\n{body}</tbody></table>\n"


def _summary(stats: BatchStats) -> str:
    share = stats.ocr_share
    rows: list[tuple[str, Any]] = [
        ("files", stats.files),
        ("ok", stats.status["ok"]),
        ("partial", stats.status["partial"]),
        ("error", stats.status["error"]),
        ("duplicates", stats.duplicates),
        ("pages", stats.pages),
        ("OCR share (documents read by OCR, in part or whole)", "–" if share is None else f"{share:.0%}"),
    ]
    body = "".join(f'<tr><th scope="row">{escape(k)}</th>{_cell(v)}</tr>\n' for k, v in rows)
    return f'<table class="summary"><tbody>\n{body}</tbody></table>\n'


def _counts(name: str, counter: Counter[str], limit: int | None = None, by_key: bool = False) -> str:
    items = sorted(counter.items(), key=_label_key) if by_key else _top(counter, limit or len(counter))
    more = len(counter) - len(items)
    note = f'<p class="note">{more} more not shown.</p>\n' if more > 0 else ""
    return f'<div id="by-{escape(name.replace(" ", "-"))}">' + table([name, "documents"], items) + note + "</div>"


def _capped(shown: int, total: int, where: str) -> str:
    if total <= shown:
        return ""
    return f'<p class="note">{shown} of {total} shown; {escape(where)}.</p>\n'


def render(stats: BatchStats, title: str = "docproc batch report", threshold: float = 0.8) -> str:
    """The report as an HTML string (self-contained)."""
    parts = [
        '<!DOCTYPE html>\n<html><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width,initial-scale=1">',
        f"<title>{escape(title)}</title><style>{CSS}</style></head><body>",
        f"<h1>{escape(title)}</h1>",
        "<h2>Summary</h2>",
        _summary(stats),
        "<h2>Counts</h2>",
        f'<p class="note">Status counts every record; the others count the {stats.read} documents read '
        "(error records have no fields).</p>",
        '<div class="grid">',
        _counts("status", stats.status, by_key=True),
        _counts("regime", stats.regime),
        _counts("document type", stats.doc_type),
        _counts("year", stats.year, by_key=True),
        "</div>",
        _counts("issuer", stats.issuer, TOP),
        "<h2>Charts</h2>",
        '<div class="grid">',
    ]
    for caption, uri in charts(stats):
        parts.append(
            f'<figure><img src="{uri}" alt="{escape(caption)}"><figcaption>{escape(caption)}</figcaption></figure>'
        )
    parts.append("</div>")
    cited = stats.top_cited()
    in_batch = sum(inb for _, _, inb in cited)
    parts += [
        f"<h2>References most cited (top {TOP})</h2>",
        f"<p>{in_batch} of these {len(cited)} are documents of this batch.</p>",
        table(["reference", "citing documents", "in this batch"], cited),
        f"<h2>Errors ({stats.error_count})</h2>",
        _capped(len(stats.errors), stats.error_count, "the records hold them all"),
        table(
            ["path", "status", "stage", "type", "message"],
            ([e["path"], e["status"], e["stage"], e["type"], e["message"]] for e in stats.errors),
        )
        if stats.errors
        else "<p>None.</p>",
        f"<h2>Review queue ({stats.review_count})</h2>",
        f'<p class="note">Fields whose evidence confidence is below {threshold:g}.</p>',
        _capped(len(stats.review), stats.review_count, "the batch's .review.csv lists them all"),
        table(
            ["path", "field", "value", "confidence", "method", "problem"],
            ([r["path"], r["field"], r["value"], r["confidence"], r["method"], r["problem"]] for r in stats.review),
        )
        if stats.review
        else "<p>None.</p>",
        "</body></html>\n",
    ]
    return "\n".join(p for p in parts if p)


def batch_report(
    records: Iterable[dict[str, Any]],
    out: Path,
    title: str = "docproc batch report",
    threshold: float = 0.8,
    max_rows: int = 1000,
) -> Path:
    """Write the HTML report of a batch's records to ``out`` (atomically); returns ``out``.

    ``threshold``: evidence confidence below which a field is in the review queue;
    ``max_rows``: at most this many error rows and review rows are listed (the totals are given).
    """
    stats = collect(records, threshold, max_rows)
    html = render(stats, title, threshold)
    with atomic_open(out) as f:
        f.write(html)
    return Path(out)

"""Across documents: the citation graph of a batch.

A document cites another when one of its ``references[].id`` equals the other's
``number_symbol``. Party symbols carry no year ("21-KL/TW" is reused every term), so a Party
reference matches only a document of the same date — or, when the reference gives no date, the
one document of the batch with that symbol.
"""

from __future__ import annotations

import csv
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import networkx as nx

_PARTY = "-"  # Party symbols: number-TYPE/ISSUER


def _is_party(ident: str) -> bool:
    head = ident.split("/")[0]
    return _PARTY in head and head.split(_PARTY)[0].isdigit()


def _date(value: Any) -> str | None:
    if isinstance(value, dict):
        value = value.get("value")
    return str(value) if value else None


def node_id(number_symbol: str, date: str | None) -> str:
    """Graph key of a document: its number and symbol, with the date for a Party document."""
    return f"{number_symbol}@{date}" if _is_party(number_symbol) and date else number_symbol


def citation_edges(records: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """One edge per (citing document, cited document): ``source``, ``target`` (node ids),
    ``relation``, ``in_batch`` (the cited document is one of the records) and the paths."""
    recs = [r for r in records if r.get("status") != "error"]
    by_symbol: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in recs:
        if r.get("number_symbol"):
            by_symbol[r["number_symbol"]].append(r)
    edges: list[dict[str, Any]] = []
    for r in recs:
        src_path = (r.get("source") or {}).get("path")
        src = node_id(r["number_symbol"], _date(r.get("issue_date"))) if r.get("number_symbol") else f"file:{src_path}"
        for ref in r.get("references", []):
            ident = ref.get("id")
            if not ident or ident == r.get("number_symbol"):
                continue
            target = _match(ident, ref.get("date"), by_symbol)
            tgt_path = (target.get("source") or {}).get("path") if target else None
            tgt = node_id(ident, _date(target.get("issue_date")) if target else ref.get("date"))
            edges.append(
                {
                    "source": src,
                    "target": tgt,
                    "relation": ref.get("relation", "cites"),
                    "in_batch": target is not None,
                    "source_path": src_path,
                    "target_path": tgt_path,
                    "target_type": ref.get("doc_type"),
                    "target_issuer": ref.get("issuer"),
                }
            )
    return edges


def _match(ident: str, date: str | None, by_symbol: dict[str, list[dict[str, Any]]]) -> dict[str, Any] | None:
    cands = by_symbol.get(ident, [])
    if not _is_party(ident):
        return cands[0] if cands else None
    if date:
        return next((c for c in cands if _date(c.get("issue_date")) == date), None)
    return cands[0] if len(cands) == 1 else None


def citation_graph(records: Iterable[dict[str, Any]]) -> nx.MultiDiGraph:
    """The citation graph (networkx): nodes are documents (``in_batch`` for records of the batch),
    edges carry the relation."""
    import networkx as nx

    recs = list(records)
    g = nx.MultiDiGraph()
    for r in recs:
        if r.get("status") != "error" and r.get("number_symbol"):
            nid = node_id(r["number_symbol"], _date(r.get("issue_date")))
            g.add_node(
                nid,
                in_batch=True,
                path=(r.get("source") or {}).get("path") or "",
                doc_type=(r.get("doc_type") or {}).get("name") or "",
                issuer=(r.get("issuer") or {}).get("name") or "",
                date=_date(r.get("issue_date")) or "",
            )
    for e in citation_edges(recs):
        if e["target"] not in g:
            g.add_node(
                e["target"], in_batch=False, path="", doc_type=e["target_type"] or "", issuer=e["target_issuer"] or ""
            )
        if e["source"] not in g:
            g.add_node(e["source"], in_batch=True, path=e["source_path"] or "", doc_type="", issuer="")
        g.add_edge(e["source"], e["target"], relation=e["relation"])
    return g


def write_graph(records: Iterable[dict[str, Any]], out: str | Path) -> int:
    """Write the graph as GraphML (``.graphml``) or an edge list (``.csv``); returns the edge count."""
    out = Path(out)
    from docproc.export import atomic_open

    recs = list(records)
    if out.suffix.lower() == ".csv":
        edges = citation_edges(recs)
        with atomic_open(out) as f:
            w = csv.DictWriter(f, fieldnames=list(edges[0]) if edges else ["source", "target", "relation"])
            w.writeheader()
            w.writerows(edges)
        return len(edges)
    import networkx as nx

    g = citation_graph(recs)
    with atomic_open(out) as f:
        f.write("\n".join(nx.generate_graphml(g)))
    return int(g.number_of_edges())

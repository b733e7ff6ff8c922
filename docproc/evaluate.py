"""Scoring: character error rate of a text; per-field accuracy of records against gold files."""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

_SPACE = re.compile(r"\s+")


def _canon(text: str) -> str:
    return _SPACE.sub(" ", unicodedata.normalize("NFC", text)).strip()


def cer(reference: str, hypothesis: str) -> float:
    """Character error rate: Levenshtein distance / reference length (rapidfuzz), after NFC
    and with every run of white space taken as one space, so line wrapping does not count.

    >>> cer("Ủy ban nhân dân", "Uy ban nhân dân")
    0.0667
    """
    from rapidfuzz.distance import Levenshtein

    ref, hyp = _canon(reference), _canon(hypothesis)
    if not ref:
        return 0.0 if not hyp else 1.0
    return round(Levenshtein.distance(ref, hyp) / len(ref), 4)


# -- field accuracy against gold files -----------------------------------------------------------

#: gold field → dotted path in a record
GOLD_FIELDS: dict[str, str] = {
    "doc_type": "doc_type.name",
    "number_symbol": "number_symbol",
    "issue_date": "issue_date",
    "issuer": "issuer.name",
    "issuer_parent": "issuer.parent",
    "place": "place",
    "signer_name": "signer.name",
    "signer_position": "signer.position",
    "signer_authority": "signer.authority",
    "on_behalf_of": "signer.on_behalf_of",
    "subject": "subject",
}
TOKEN_F1_FIELDS = frozenset({"subject"})
_TOKEN = re.compile(r"\w+")


def _get(record: dict[str, Any], path: str) -> Any:
    from docproc.records import get_path

    value = get_path(record, path)
    if isinstance(value, dict) and "value" in value:  # a partial date
        value = value["value"]
    return value


def canon_value(value: Any) -> str:
    """Comparable form: one tone-mark style, NFC, case-folded, white space collapsed, no end dot."""
    from docproc.normalize import normalize_text

    if isinstance(value, dict) and "value" in value:
        value = value["value"]
    return _canon(normalize_text(str(value))).casefold().strip(" .;,")


def token_f1(gold: str, pred: str | None) -> float:
    g, p = _TOKEN.findall(canon_value(gold)), _TOKEN.findall(canon_value(pred or ""))
    if not g or not p:
        return float(g == p)
    common = sum((Counter(g) & Counter(p)).values())
    if not common:
        return 0.0
    prec, rec = common / len(p), common / len(g)
    return 2 * prec * rec / (prec + rec)


@dataclass
class FieldScore:
    name: str
    scored: int = 0
    correct: float = 0.0
    misses: list[tuple[str, Any, Any]] = field(default_factory=list)

    @property
    def accuracy(self) -> float:
        return self.correct / self.scored if self.scored else float("nan")


@dataclass
class EvalReport:
    fields: dict[str, FieldScore]
    documents: int
    missing: list[str]

    def f1(self, name: str) -> float:
        """F1 of ``name.precision`` and ``name.recall``."""
        p, r = self.fields[f"{name}.precision"].accuracy, self.fields[f"{name}.recall"].accuracy
        return 2 * p * r / (p + r) if p + r else 0.0

    def table(self) -> str:
        rows = [f"{'field':<24} {'n':>5} {'score':>7}"]
        for f in self.fields.values():
            kind = " (token F1)" if f.name in TOKEN_F1_FIELDS else ""
            rows.append(f"{f.name:<24} {f.scored:>5} {f.accuracy:>7.3f}{kind}")
        for name in sorted({k.rsplit(".", 1)[0] for k in self.fields if k.endswith(".precision")}):
            if f"{name}.recall" in self.fields:
                rows.append(f"{name + ' F1':<24} {'':>5} {self.f1(name):>7.3f}")
        rows.append(f"{self.documents} documents scored; {len(self.missing)} without a prediction")
        return "\n".join(rows)

    def to_dict(self) -> dict[str, Any]:
        return {
            "documents": self.documents,
            "missing": self.missing,
            "fields": {
                k: {"n": f.scored, "score": round(f.accuracy, 4), "misses": [list(m) for m in f.misses]}
                for k, f in self.fields.items()
            },
        }


def _key(path: str) -> str:
    return Path(path).name


def score_records(
    gold: Iterable[dict[str, Any]], predictions: Iterable[dict[str, Any]], docs: str | Path | None = None
) -> EvalReport:
    """Per-field accuracy (token F1 for ``subject``) of records against gold lines
    (``{"doc_id", "input", "gold": {field: value}}``, ``../shared/data/admin_docs/*_gold.jsonl``).
    Gold ``null`` is not scored; names compare case-insensitively in one tone-mark style."""
    preds = {_key(str(_get(p, "source.path") or "")): p for p in predictions}
    docs = Path(docs) if docs is not None else None
    scores: dict[str, FieldScore] = {}
    missing: list[str] = []
    n = 0
    for line in gold:
        key = _key(line.get("input") or line["doc_id"])
        pred = preds.get(key)
        if pred is None:
            missing.append(key)
            pred = {}
        n += 1
        if "references" in line:
            _score_references(line, pred, scores, key, docs)
        if "units" in line:
            _score_responsibilities(line, pred, scores, key)
        expected = dict(line.get("gold", {}))
        if isinstance(line.get("received"), dict):
            for k, v in line["received"].items():
                expected[f"received_{k}"] = v
        for name, want in expected.items():
            if want is None:
                continue
            path = GOLD_FIELDS.get(name) or (f"received.{name[9:]}" if name.startswith("received_") else name)
            got = _get(pred, path)
            fs = scores.setdefault(name, FieldScore(name))
            fs.scored += 1
            if name in TOKEN_F1_FIELDS:
                s = token_f1(str(want), got)
            else:
                s = float(got is not None and canon_value(got) == canon_value(want))
            fs.correct += s
            if s < 1.0:
                fs.misses.append((key, want, got))
    return EvalReport(scores, n, missing)


def _ref_key(ref: dict[str, Any]) -> str:
    if ref.get("id"):
        return canon_value(ref["id"])
    return canon_value(ref.get("title") or f"{ref.get('doc_type')} {ref.get('date')}")


def _preamble_span(path: Path, lo: int, hi: int) -> tuple[int, int] | None:
    """The gold's preamble (offsets in the file) as offsets in the normalised text of the document."""
    from docproc.normalize import normalize_text
    from docproc.readers import read

    doc = read(path)
    raw = path.read_text(encoding="utf-8")
    first_line = normalize_text(raw[lo:hi].strip().splitlines()[0])
    last_line = normalize_text(raw[lo:hi].strip().splitlines()[-1])
    a = doc.text.find(first_line)
    b = doc.text.find(last_line, max(a, 0))
    return (a, b + len(last_line)) if a >= 0 and b >= 0 else None


def _score_references(
    line: dict[str, Any], pred: dict[str, Any], scores: dict[str, FieldScore], key: str, docs: Path | None
) -> None:
    """Precision and recall of cited documents, and the accuracy of type, date and issuer of those
    found. When the gold gives a ``preamble`` span and ``docs`` holds the inputs, only predicted
    references whose text lies in that part of the document count."""
    want = {_ref_key(r): r for r in line["references"]}
    got_refs = list(pred.get("references", []))
    if line.get("preamble") and docs is not None and (docs / line["input"]).exists():
        span = _preamble_span(docs / line["input"], *line["preamble"])
        if span:
            got_refs = [
                r for r in got_refs if any(span[0] <= a < span[1] for a, _ in [r["span"], *r.get("mentions", [])])
            ]
    got = {_ref_key(r): r for r in got_refs}
    prec = scores.setdefault("references.precision", FieldScore("references.precision"))
    rec = scores.setdefault("references.recall", FieldScore("references.recall"))
    prec.scored += len(got)
    rec.scored += len(want)
    for k, r in got.items():
        if k in want:
            prec.correct += 1
        else:
            prec.misses.append((key, None, r.get("text")))
    for k, w in want.items():
        if k in got:
            rec.correct += 1
            for attr in ("doc_type", "date", "issuer"):
                fs = scores.setdefault(f"references.{attr}", FieldScore(f"references.{attr}"))
                fs.scored += 1
                same = canon_value(got[k].get(attr) or "") == canon_value(w.get(attr) or "")
                fs.correct += float(same)
                if not same:
                    fs.misses.append((key, w.get(attr), got[k].get(attr)))
        else:
            rec.misses.append((key, w.get("text"), None))


def _f1_fields(scores: dict[str, FieldScore], name: str, want: set[Any], got: set[Any], key: str) -> None:
    prec = scores.setdefault(f"{name}.precision", FieldScore(f"{name}.precision"))
    rec = scores.setdefault(f"{name}.recall", FieldScore(f"{name}.recall"))
    prec.scored += len(got)
    prec.correct += len(got & want)
    rec.scored += len(want)
    rec.correct += len(got & want)
    prec.misses += [(key, None, g) for g in sorted(got - want, key=str)]
    rec.misses += [(key, w, None) for w in sorted(want - got, key=str)]


def _unnumbered(text: str) -> str:
    return re.sub(r"^(?:điều\s+\d+[a-z]?\.?|\d{1,2}(?:\.\d{1,2})*[.)]|[a-zđ]\)|[-–+•])\s*", "", canon_value(text))


def _score_responsibilities(
    line: dict[str, Any], pred: dict[str, Any], scores: dict[str, FieldScore], key: str
) -> None:
    """(assignee, role) pairs per document, the same without roles, and assignment units (a
    predicted unit matches a gold one when either text starts the other)."""
    units = line["units"]
    want = {(canon_value(a["name"]), a["role"]) for u in units for a in u["assignees"]}
    got = {(canon_value(a["name"]), a["role"]) for r in pred.get("responsibilities", []) for a in r["assignees"]}
    _f1_fields(scores, "assignee_role", want, got, key)
    _f1_fields(scores, "assignee", {n for n, _ in want}, {n for n, _ in got}, key)
    gold_units = [_unnumbered(u["text"]) for u in units]
    pred_units = [_unnumbered(r.get("task") or "") for r in pred.get("responsibilities", [])]

    def same(g: str, p: str) -> bool:
        return p.startswith(g[:30]) or g.startswith(p[:30])

    prec = scores.setdefault("unit.precision", FieldScore("unit.precision"))
    rec = scores.setdefault("unit.recall", FieldScore("unit.recall"))
    prec.scored += len(pred_units)
    prec.correct += sum(any(same(g, p) for g in gold_units) for p in pred_units)
    rec.scored += len(gold_units)
    rec.correct += sum(any(same(g, p) for p in pred_units) for g in gold_units)


def read_jsonl(path: str | Path) -> list[dict[str, Any]]:
    with Path(path).open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def score_files(gold: str | Path, pred: str | Path, docs: str | Path | None = None) -> EvalReport:
    """``score_records`` over two JSONL files (``docs``: the folder the gold's inputs are in)."""
    return score_records(read_jsonl(gold), read_jsonl(pred), docs)

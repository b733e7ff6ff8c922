"""Agreement of a blind second annotation with the corpus labels (standard library only).

    python3 corpora/complaints/agreement/agreement.py

``dev_second_annotator.jsonl``: 240 hand-written dev texts (no variants; a seeded sample),
labelled again by a second annotator who saw the texts, GUIDELINES.md and the label contract,
and not the corpus labels. Prints per-label F1 and Cohen's kappa, macro/micro F1, the share
of texts given exactly the same label set, and macro-F1 per style.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent
sys.path.insert(0, str(CORPUS))
from build_corpus import LABELS  # noqa: E402 - the corpus's own label list


def _f1(tp: int, fp: int, fn: int) -> float:
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def _kappa(a: list[bool], b: list[bool]) -> float:
    n = len(a)
    observed = sum(x == y for x, y in zip(a, b, strict=True)) / n
    pa, pb = sum(a) / n, sum(b) / n
    expected = pa * pb + (1 - pa) * (1 - pb)
    return (observed - expected) / (1 - expected) if expected < 1 else 1.0


def main() -> None:
    gold, style = {}, {}
    for f in sorted((CORPUS / "data").glob("*.jsonl")):
        for line in f.read_text(encoding="utf-8").splitlines():
            r = json.loads(line)
            gold[r["id"]] = set(r["labels"])
            style[r["id"]] = r["style"]
    second = [json.loads(x) for x in (HERE / "dev_second_annotator.jsonl").read_text("utf-8").splitlines()]
    pairs = [(gold[s["id"]], set(s["labels"])) for s in second]
    counts = [0, 0, 0]
    f1s = []
    print(f"{len(pairs)} texts")
    for lab in LABELS:
        a = [lab in g for g, _ in pairs]
        b = [lab in s for _, s in pairs]
        tp, fp, fn = _counts(pairs, lab)
        counts = [counts[0] + tp, counts[1] + fp, counts[2] + fn]
        f1s.append(_f1(tp, fp, fn))
        print(f"{lab:<22} F1 {f1s[-1]:.3f}  kappa {_kappa(a, b):.3f}")
    print(f"macro F1 {sum(f1s) / len(f1s):.3f}  micro F1 {_f1(*counts):.3f}")
    print(f"same label set: {sum(g == s for g, s in pairs) / len(pairs):.3f}")
    print("per style (macro F1 over the labels either side gives there):")
    for name in sorted({style[s["id"]] for s in second}):
        part = [(gold[s["id"]], set(s["labels"])) for s in second if style[s["id"]] == name]
        print(f"  {name:<14} n {len(part):>3}  macro F1 {_macro(part):.3f}")


def _counts(pairs: list[tuple[set[str], set[str]]], lab: str) -> tuple[int, int, int]:
    """(true positives, false positives, false negatives) of ``lab``, the corpus labels as gold."""
    tp = sum(lab in g and lab in s for g, s in pairs)
    fp = sum(lab in s and lab not in g for g, s in pairs)
    fn = sum(lab in g and lab not in s for g, s in pairs)
    return tp, fp, fn


def _macro(pairs: list[tuple[set[str], set[str]]]) -> float:
    """Macro-F1 over the labels that occur on either side (a label neither side gives in a
    small subset would count as 0 and say nothing about agreement)."""
    f1s = [_f1(*c) for c in (_counts(pairs, lab) for lab in LABELS) if sum(c)]
    return sum(f1s) / len(f1s) if f1s else 1.0


if __name__ == "__main__":
    main()

"""Build the shipped complaint model (``models/complaints``) from ``corpora/complaints``.

    .venv/bin/python scripts/train_complaint_model.py [--out models/complaints]

Trains on the fixed ``train`` split, tunes per-label thresholds on ``dev``, then reports on the
held-out ``test`` split: per label, macro/micro F1, per style, and — in the same run — the
keyword-rule baseline (``docproc.classify.baseline``). Writes the model (skops + model.json),
``card.md``, ``report.json``/``report.md`` and the co-occurrence PNG.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
CORPUS = ROOT / "corpora" / "complaints"


def labels() -> list[str]:
    """The seven labels of ../shared/spec/violations.md, in the order of the keyword table."""
    from docproc.data import load

    return list(load("violation_keywords.json")["keywords"])


def load_corpus() -> tuple[dict[str, dict[str, Any]], dict[str, list[str]]]:
    rows = {}
    for f in sorted((CORPUS / "data").glob("*.jsonl")):
        for line in f.read_text(encoding="utf-8").splitlines():
            if line.strip():
                r = json.loads(line)
                rows[r["id"]] = r
    splits = json.loads((CORPUS / "splits.json").read_text(encoding="utf-8"))
    return rows, splits


def macro_f1(gold: list[list[str]], pred: list[list[str]]) -> float:
    from sklearn.metrics import f1_score
    from sklearn.preprocessing import MultiLabelBinarizer

    mlb = MultiLabelBinarizer(classes=labels())
    return float(f1_score(mlb.fit_transform(gold), mlb.transform(pred), average="macro", zero_division=0))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=ROOT / "models" / "complaints")
    args = ap.parse_args()

    from docproc.classify import evaluate, train, write_report
    from docproc.classify.baseline import keyword_labels
    from docproc.classify.card import write_card

    rows, splits = load_corpus()
    part = {name: [rows[i] for i in ids if i in rows] for name, ids in splits.items()}
    x = {k: [r["text"] for r in v] for k, v in part.items()}
    y = {k: [r["labels"] for r in v] for k, v in part.items()}
    t = time.perf_counter()
    model, report = train(x["train"], y["train"], dev=(x["dev"], y["dev"]), label_names=labels())
    fit_s = time.perf_counter() - t
    report["test"] = evaluate(model, x["test"], y["test"])
    preds = model.predict(x["test"], explain=False)
    base = keyword_labels(x["test"])
    by_style: dict[str, list[int]] = defaultdict(list)
    for i, r in enumerate(part["test"]):
        by_style[r["style"]].append(i)
    styles = {}
    for style, idx in sorted(by_style.items()):
        g = [y["test"][i] for i in idx]
        styles[style] = {
            "n": len(idx),
            "model_macro_f1": round(macro_f1(g, [preds[i].labels for i in idx]), 4),
            "keywords_macro_f1": round(macro_f1(g, [base[i] for i in idx]), 4),
        }
    report["test_by_style"] = styles
    report["test_keywords_macro_f1"] = round(macro_f1(y["test"], base), 4)
    t = time.perf_counter()
    model.predict(x["test"] * 3, explain=False)
    speed = 3 * len(x["test"]) / (time.perf_counter() - t)
    report["speed"] = {"train_seconds": round(fit_s, 1), "predict_texts_per_second": round(speed)}
    model.meta["metrics"] = {"dev": report["dev"], "test": report["test"]}
    model.save(args.out)
    write_report(model, report, args.out, x["test"], y["test"])
    notes = (
        "Test split, per style (macro F1, model vs. keyword baseline): "
        + "; ".join(f"{s} {v['model_macro_f1']:.3f} vs {v['keywords_macro_f1']:.3f}" for s, v in styles.items())
        + f". Training {fit_s:.1f} s; prediction {speed:.0f} short texts/s on one core. The corpus is synthetic "
        "(see corpora/complaints/DATASHEET.md): real complaints will differ."
    )
    write_card(model, args.out, source="corpora/complaints (train split; thresholds on dev)", notes=notes)
    size = sum(f.stat().st_size for f in args.out.iterdir()) / 1e6
    print(json.dumps({k: report[k] for k in ("test_by_style", "test_keywords_macro_f1", "speed")}, indent=1))
    print(
        f"test macro F1 {report['test']['macro_f1']:.4f} micro F1 {report['test']['micro_f1']:.4f}; model {size:.1f} MB"
    )


if __name__ == "__main__":
    main()

"""Training a classifier on labelled texts, tuning per-label thresholds, and reporting.

``train(texts, labels)`` fits the pipeline of ``docproc.classify.model`` and returns the model
with a report (per-label precision/recall/F1, macro and micro F1, weighted F1 for single-label
tasks). ``write_report`` saves it as JSON, Markdown and a PNG (label co-occurrence for multi-label
data, the confusion matrix for single-label data).
"""

from __future__ import annotations

import csv
import hashlib
import json
import random
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from docproc.classify.model import LONG_TEXT, Model, build_pipeline
from docproc.errors import DocprocError


class TrainingDataError(DocprocError):
    kind = "training-data"


def load_table(path: str | Path, text_field: str, label_field: str | None = None) -> tuple[list[str], list[list[str]]]:
    """Texts and label lists from a JSONL or CSV file. A label field may hold a list, or labels
    separated by ";" or "|"; an empty value means no label."""
    p = Path(path)
    if not p.is_file():
        raise TrainingDataError(str(p), "no such file")
    rows: list[dict[str, Any]]
    if p.suffix.lower() == ".csv":
        with p.open(encoding="utf-8-sig", newline="") as f:
            reader = csv.DictReader(f)
            rows = list(reader)
            fields = reader.fieldnames or []
    else:
        try:
            rows = [json.loads(line) for line in p.read_text(encoding="utf-8").splitlines() if line.strip()]
        except json.JSONDecodeError as err:
            raise TrainingDataError(str(p), f"not JSON Lines ({err})") from err
        fields = sorted({k for r in rows for k in r})
    for name in filter(None, (text_field, label_field)):
        if name not in fields:
            raise TrainingDataError(str(p), f"no column {name!r} (columns: {', '.join(fields)})")
    texts = [str(r.get(text_field) or "") for r in rows]
    labels = [_labels(r.get(label_field)) for r in rows] if label_field else [[] for _ in rows]
    return texts, labels


def _labels(value: Any) -> list[str]:
    if value is None or value == "":
        return []
    if isinstance(value, list):
        return [str(v) for v in value]
    return [s.strip() for s in str(value).replace("|", ";").split(";") if s.strip()]


def data_hash(texts: Sequence[str], labels: Sequence[Sequence[str]]) -> str:
    h = hashlib.sha256()
    for t, ls in zip(texts, labels, strict=True):
        h.update(t.encode("utf-8") + b"\x00" + ";".join(sorted(ls)).encode("utf-8") + b"\n")
    return h.hexdigest()


def _matrix(labels: Sequence[Sequence[str]], names: list[str]) -> np.ndarray:
    y = np.zeros((len(labels), len(names)), dtype=np.int8)
    idx = {n: i for i, n in enumerate(names)}
    for r, ls in enumerate(labels):
        for lab in ls:
            y[r, idx[lab]] = 1
    return y


def train(
    texts: Sequence[str],
    labels: Sequence[Sequence[str]],
    *,
    multi_label: bool = True,
    dev: tuple[Sequence[str], Sequence[Sequence[str]]] | None = None,
    dev_fraction: float = 0.15,
    seed: int = 0,
    segment: bool = False,
    label_names: Sequence[str] | None = None,
    augment: bool | None = None,
    groups: Sequence[str] | None = None,
    thresholds: str | float = "dev",
    n_jobs: int | None = -1,
    meaning: bool = False,
) -> tuple[Model, dict[str, Any]]:
    """A model trained on ``texts``. Per-label thresholds (multi-label) are tuned for F1 on ``dev``
    (or a held-out ``dev_fraction``); with ``thresholds="cv"`` on the classifier's out-of-fold
    probabilities of the training texts; a number sets every label's threshold. With "cv" or a
    number ``dev`` only measures, and may be empty (train on all you have); the report then has
    ``"cv"``: the scores of the out-of-fold probabilities.

    ``augment`` adds, per training text, a copy without diacritics and two with scan noise
    (``docproc.classify.augment``); by default on for multi-label data of up to 20,000 texts.
    ``groups`` (one key per text, e.g. the source a variant was made from) keeps related texts in
    one fold of the classifier's internal cross-validation. ``n_jobs``: labels (classes) fitted
    in parallel processes, all cores by default; the model does not depend on it. ``meaning``: add the
    syllable-vector channel (``features.MeaningChannel``; off by default, see ``model``)."""
    if not texts:
        raise TrainingDataError(None, "no training texts")
    if not multi_label and any(len(ls) != 1 for ls in labels):
        raise TrainingDataError(None, "single-label training needs exactly one label per text")
    names = sorted({lab for ls in labels for lab in ls} | set(label_names or ()))
    if len(names) < 2 and not multi_label:
        raise TrainingDataError(None, "need at least two classes")
    if groups is not None and len(groups) != len(texts):
        raise TrainingDataError(None, "groups needs one key per text")
    keys = [str(g) for g in groups] if groups is not None else [str(i) for i in range(len(texts))]
    tr_x, tr_y = list(texts), [list(x) for x in labels]
    if dev is None:
        order = list(range(len(tr_x)))
        random.Random(seed).shuffle(order)
        cut = int(len(order) * dev_fraction)
        dev_idx, tr_idx = sorted(order[:cut]), order[cut:]
        dev = ([tr_x[i] for i in dev_idx], [tr_y[i] for i in dev_idx])
        tr_x, tr_y, keys = [tr_x[i] for i in tr_idx], [tr_y[i] for i in tr_idx], [keys[i] for i in tr_idx]
    if augment is None:
        augment = multi_label and len(tr_x) <= 20_000
    fit_x, fit_y, fit_groups = list(tr_x), list(tr_y), list(keys)
    if augment:
        from docproc.classify.augment import augment as _augment

        more_x, more_y, source = _augment(tr_x, tr_y, seed=seed)
        fit_x += more_x
        fit_y += more_y
        fit_groups += [keys[i] for i in source]
    long_texts = float(np.median([len(t) for t in tr_x])) > LONG_TEXT
    pipe = build_pipeline(multi_label=multi_label, segment=segment, long_texts=long_texts, meaning=meaning)
    target = _matrix(fit_y, names) if multi_label else [ls[0] for ls in fit_y]
    pipe.set_params(clf__n_jobs=n_jobs)
    pipe.fit(fit_x, target, clf__groups=fit_groups)
    pipe.set_params(clf__n_jobs=None)  # a fitting setting, not part of the model
    if not multi_label:
        names = [str(c) for c in pipe.classes_]
    model = Model(pipe, names, multi_label, {n: 0.5 for n in names})
    report: dict[str, Any] = {}
    if thresholds == "dev":
        if multi_label and dev[0]:
            model.thresholds = tune_thresholds(model, dev[0], dev[1])
    else:
        oof = np.asarray(pipe.named_steps["clf"].oof_proba_)[: len(tr_x)]  # the texts, not their copies
        gold: Any = _matrix(tr_y, names) if multi_label else [ls[0] for ls in tr_y]
        if thresholds == "cv":
            if multi_label:
                model.thresholds = _best_thresholds(oof, gold, names)
        elif isinstance(thresholds, int | float) and 0 < thresholds < 1:
            model.thresholds = dict.fromkeys(names, float(thresholds))
        else:
            raise ValueError(f"thresholds must be 'dev', 'cv' or a number in (0, 1), not {thresholds!r}")
        report["cv"] = _report(model, gold, oof)
    _slim(pipe)
    if dev[0]:
        report["dev"] = evaluate(model, dev[0], dev[1])
    model.meta = {
        "data_sha256": data_hash(texts, labels),
        "n_train": len(tr_x),
        "n_dev": len(dev[0]),
        "segment": segment,
        "meaning": "meaning" in dict(pipe.named_steps["features"].transformer_list),
        "thresholds_from": {"cv": "cross-validation", "dev": "dev"}.get(str(thresholds), "a fixed value"),
        "augment": augment,
        "long_texts": long_texts,
        "n_fit": len(fit_x),
        "versions": _versions(),
        "metrics": report,
    }
    return model, report


def _slim(pipe: Any) -> None:
    """Drop what prediction does not use: the vectorisers' lists of pruned terms (``stop_words_``)
    and the classifier's out-of-fold probabilities."""
    for _, channel in pipe.named_steps["features"].transformer_list:
        for step in getattr(channel, "named_steps", {}).values():
            if hasattr(step, "stop_words_"):
                delattr(step, "stop_words_")
    if hasattr(pipe.named_steps["clf"], "oof_proba_"):
        delattr(pipe.named_steps["clf"], "oof_proba_")


def tune_thresholds(model: Model, texts: Sequence[str], labels: Sequence[Sequence[str]]) -> dict[str, float]:
    """Per label, the probability cut-off that maximises F1 on the dev texts."""
    return _best_thresholds(model.scores(texts), _matrix(labels, model.labels), model.labels)


def _best_thresholds(proba: np.ndarray, y: np.ndarray, names: Sequence[str]) -> dict[str, float]:
    out: dict[str, float] = {}
    for j, lab in enumerate(names):
        best, best_f1 = 0.5, -1.0
        for t in np.arange(0.1, 0.91, 0.025):
            pred = proba[:, j] >= t
            tp = int((pred & (y[:, j] == 1)).sum())
            f1 = 2 * tp / max(1, int(pred.sum()) + int(y[:, j].sum()))
            if f1 > best_f1 + 1e-9:
                best, best_f1 = float(round(t, 3)), f1
        out[lab] = best
    return out


def evaluate(model: Model, texts: Sequence[str], labels: Sequence[Sequence[str]]) -> dict[str, Any]:
    """Per-label precision/recall/F1, macro and micro F1 (and accuracy, weighted F1 for single-label)."""
    proba = model.scores(texts) if texts else np.zeros((0, len(model.labels)))
    gold: Any = _matrix(labels, model.labels) if model.multi_label else [ls[0] for ls in labels]
    return _report(model, gold, proba)


def _report(model: Model, gold: Any, proba: np.ndarray) -> dict[str, Any]:
    """``evaluate`` from gold labels (a 0/1 matrix, or class names) and the model's probabilities."""
    from sklearn.metrics import accuracy_score, f1_score, precision_recall_fscore_support

    proba = np.round(np.asarray(proba, dtype=np.float64), 4)  # as ``Model.predict`` rounds
    if model.multi_label:
        y = np.asarray(gold)
        p = (proba >= np.array([model.thresholds.get(n, 0.5) for n in model.labels])).astype(np.int8)
    else:
        y = np.asarray(gold)
        p = np.asarray(model.labels)[np.argmax(proba, axis=1)] if len(proba) else np.asarray([], dtype=str)
    prec, rec, f1, sup = precision_recall_fscore_support(
        y, p, labels=None if model.multi_label else model.labels, zero_division=0
    )
    per = {
        lab: {
            "precision": round(float(prec[i]), 4),
            "recall": round(float(rec[i]), 4),
            "f1": round(float(f1[i]), 4),
            "support": int(sup[i]),
        }
        for i, lab in enumerate(model.labels)
    }
    out: dict[str, Any] = {
        "per_label": per,
        "macro_f1": round(float(f1_score(y, p, average="macro", zero_division=0)), 4),
        "micro_f1": round(float(f1_score(y, p, average="micro", zero_division=0)), 4),
        "n": len(y),
    }
    if len(y):
        if model.multi_label:
            hit, guess = y.astype(bool), p.astype(bool)
        else:
            names = np.asarray(model.labels)
            hit, guess = y[:, None] == names[None, :], p[:, None] == names[None, :]
        out["macro_f1_ci95"] = [round(v, 4) for v in _bootstrap_macro_f1(hit, guess)]
    if not model.multi_label:
        out["accuracy"] = round(float(accuracy_score(y, p)), 4)
        out["weighted_f1"] = round(float(f1_score(y, p, average="weighted", zero_division=0)), 4)
    return out


def _bootstrap_macro_f1(gold: np.ndarray, pred: np.ndarray, rounds: int = 1000, seed: int = 0) -> tuple[float, float]:
    """The 95 % percentile interval of macro-F1 over ``rounds`` resamples of the texts (with
    replacement): how much the figure owes to which texts happened to be in the split. ``gold``
    and ``pred``: texts × labels, boolean."""
    rng = np.random.default_rng(seed)
    n = len(gold)
    tp, fp, fn = (gold & pred).astype(np.float64), (~gold & pred).astype(np.float64), (gold & ~pred).astype(np.float64)
    scores: list[np.ndarray] = []
    for start in range(0, rounds, 100):  # 100 resamples at a time: memory stays at 100 × texts
        w = rng.multinomial(n, np.full(n, 1.0 / n), size=min(100, rounds - start)).astype(np.float64)
        a, b, c = w @ tp, w @ fp, w @ fn
        denom = 2 * a + b + c
        f1 = np.divide(2 * a, denom, out=np.zeros_like(a), where=denom > 0)
        scores.append(f1.mean(axis=1))
    lo, hi = np.percentile(np.concatenate(scores), [2.5, 97.5])
    return float(lo), float(hi)


def write_report(
    model: Model,
    report: dict[str, Any],
    out: str | Path,
    texts: Sequence[str] = (),
    labels: Sequence[Sequence[str]] = (),
) -> list[Path]:
    """report.json, report.md and a PNG (co-occurrence or confusion) in ``out``."""
    d = Path(out)
    d.mkdir(parents=True, exist_ok=True)
    files = [d / "report.json", d / "report.md"]
    files[0].write_text(json.dumps(report, ensure_ascii=False, indent=1), encoding="utf-8")
    lines = ["# Training report", ""]
    for split, m in report.items():
        if not isinstance(m, dict) or "per_label" not in m:
            continue
        lines += [
            f"## {split} (n = {m['n']})",
            "",
            "| label | precision | recall | F1 | support |",
            "|---|---|---|---|---|",
        ]
        lines += [
            f"| {k} | {v['precision']:.3f} | {v['recall']:.3f} | {v['f1']:.3f} | {v['support']} |"
            for k, v in m["per_label"].items()
        ]
        lines += [
            "",
            f"macro F1 {m['macro_f1']:.3f} · micro F1 {m['micro_f1']:.3f}"
            + (f" · accuracy {m['accuracy']:.3f} · weighted F1 {m['weighted_f1']:.3f}" if "accuracy" in m else ""),
            "",
        ]
    files[1].write_text("\n".join(lines), encoding="utf-8")
    if texts:
        files.append(_plot(model, texts, labels, d))
    return files


def _plot(model: Model, texts: Sequence[str], labels: Sequence[Sequence[str]], d: Path) -> Path:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    preds = model.predict(texts, explain=False)
    names = model.labels
    if model.multi_label:
        y = _matrix(labels, names).astype(int)
        m = y.T @ y
        title, path = "Label co-occurrence (gold)", d / "cooccurrence.png"
    else:
        idx = {n: i for i, n in enumerate(names)}
        m = np.zeros((len(names), len(names)), dtype=int)
        for ls, p in zip(labels, preds, strict=True):
            m[idx[ls[0]], idx[p.labels[0]]] += 1
        title, path = "Confusion matrix (rows: gold, columns: predicted)", d / "confusion.png"
    fig, ax = plt.subplots(figsize=(1.2 + 0.7 * len(names), 1.0 + 0.7 * len(names)))
    ax.imshow(m, cmap="Blues")
    ax.set_xticks(range(len(names)), names, rotation=60, ha="right", fontsize=8)
    ax.set_yticks(range(len(names)), names, fontsize=8)
    for i in range(len(names)):
        for j in range(len(names)):
            ax.text(j, i, str(m[i, j]), ha="center", va="center", fontsize=7)
    ax.set_title(title, fontsize=9)
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)
    return path


def _versions() -> dict[str, str]:
    import platform

    import sklearn
    import skops

    import docproc

    return {
        "docproc": docproc.__version__,
        "scikit-learn": sklearn.__version__,
        "skops": skops.__version__,
        "numpy": np.__version__,
        "python": platform.python_version(),
    }

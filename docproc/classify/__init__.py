"""Complaint classification: violation types of ``../shared/spec/violations.md`` with scores and
the phrases behind them, and a trainer analysts can reuse on their own labelled data.

    docproc.classify(["cán bộ xã đòi tiền mới ký giấy"])   # labels, scores, evidence
    model, report = docproc.classify.train(texts, labels)  # (or the `docproc train` command)
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from functools import cache
from pathlib import Path
from typing import Any

from docproc.classify.model import Model, ModelError, Prediction, load_model
from docproc.classify.train import evaluate, load_table, train, write_report

__all__ = [
    "Model",
    "ModelError",
    "Prediction",
    "classify",
    "classify_document",
    "default_model_dir",
    "evaluate",
    "load_model",
    "load_table",
    "train",
    "write_report",
]


def default_model_dir() -> Path:
    """The shipped complaint model (``models/complaints``), or ``$DOCPROC_MODEL``."""
    env = os.environ.get("DOCPROC_MODEL")
    return Path(env) if env else Path(__file__).resolve().parents[2] / "models" / "complaints"


@cache
def _default_model() -> Model:
    return load_model(default_model_dir())


def classify(
    texts: str | Sequence[str], model: Model | str | Path | None = None, explain: bool = True
) -> list[Prediction]:
    """Violation labels of each text (a single string is one text)."""
    if isinstance(texts, str):
        texts = [texts]
    m = model if isinstance(model, Model) else load_model(model) if model is not None else _default_model()
    return m.predict(list(texts), explain=explain)


def classify_document(text: str, model: Model | None = None) -> list[dict[str, Any]]:
    """Labels of a whole document: the violation types its paragraphs discuss, each with the
    highest paragraph score (``violations`` of a record)."""
    m = model or _default_model()
    paragraphs = [p for p in (s.strip() for s in text.split("\n")) if len(p) > 30]
    if not paragraphs:
        return []
    best: dict[str, float] = {}
    for pred in m.predict(paragraphs, explain=False):
        for lab in pred.labels:
            best[lab] = max(best.get(lab, 0.0), pred.scores[lab])
    return [{"label": lab, "score": round(s, 4)} for lab, s in sorted(best.items(), key=lambda kv: -kv[1])]

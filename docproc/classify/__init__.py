"""Complaint classification: violation types of ``../shared/spec/violations.md`` with scores and
the phrases behind them, and a trainer analysts can reuse on their own labelled data.

    docproc.classify(["cán bộ xã đòi tiền mới ký giấy"])   # labels, scores, evidence
    model, report = docproc.train(texts, labels)  # (or the `docproc train` command)
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # numpy and scikit-learn load only when a model is used
    from docproc.classify.model import Model, Prediction

_LAZY = {
    "Model": "docproc.classify.model",
    "ModelError": "docproc.classify.model",
    "Prediction": "docproc.classify.model",
    "evaluate": "docproc.classify.training",
    "load_table": "docproc.classify.training",
    "write_report": "docproc.classify.training",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(name)


def train(texts: Sequence[str], labels: Sequence[Sequence[str]], **kwargs: Any) -> tuple[Model, dict[str, Any]]:
    """A model of the shipped kind trained on your labelled texts (see ``docproc.classify.training``)."""
    from docproc.classify.training import train as _train

    return _train(texts, labels, **kwargs)


def load_model(directory: str | Path) -> Model:
    from docproc.classify.model import load_model as _load

    return _load(directory)


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
    from docproc.classify.model import Model as _Model

    m = model if isinstance(model, _Model) else load_model(model) if model is not None else _default_model()
    return m.predict(list(texts), explain=explain)


def classify_document(text: str, model: Model | None = None) -> list[dict[str, Any]]:
    """The violation types a whole document (a directive, a press article) discusses.

    Documents name the types they deal with ("nhũng nhiễu, gây phiền hà", "đưa tiền ngoài quy
    định", "giờ giấc làm việc chưa nghiêm"), in long sentences unlike the complaints the model was
    trained on; so a type is tagged when the text names it (``violation_keywords.json``), with the
    phrases as evidence, and ``score`` is the model's highest probability for that type over the
    sentences that name it (low when the model, trained on complaints, disagrees)."""
    import re

    from docproc.data import load

    table: dict[str, list[str]] = load("violation_keywords.json")["keywords"]
    low = text.lower()
    hits: dict[str, list[tuple[int, int]]] = {}
    for lab, words in table.items():
        for w in words:
            hits.setdefault(lab, []).extend(m.span() for m in re.finditer(re.escape(w), low))
    found = {lab: sorted(spans) for lab, spans in hits.items() if spans}
    if not found:
        return []
    m = model or _default_model()
    sentences = [(a.start(), a.end()) for a in re.finditer(r"[^.;!?\n]{20,}", text)]
    scores: dict[str, float] = {}
    inside = [s for s in sentences if any(a >= s[0] and b <= s[1] for spans in found.values() for a, b in spans)]
    if inside:
        for (a, b), pred in zip(inside, m.predict([text[a:b] for a, b in inside], explain=False), strict=True):
            for lab, spans in found.items():
                if any(x >= a and y <= b for x, y in spans):
                    scores[lab] = max(scores.get(lab, 0.0), pred.scores.get(lab, 0.0))
    return [
        {
            "label": lab,
            "score": round(scores.get(lab, 0.0), 4),
            "method": "keywords+model",
            "evidence": [{"text": text[a:b], "span": [a, b]} for a, b in found[lab][:5]],
        }
        for lab in m.labels
        if lab in found
    ]

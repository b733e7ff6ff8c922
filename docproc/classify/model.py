"""The classifier: a scikit-learn Pipeline, per-label thresholds, explanations, safe persistence.

Features (``features.TextChannel``, ``features.CompactTfidfVectorizer``): word 1–2-grams of the
normalised text and word 1–3-grams of the text without diacritics, negation marked in both; for
single-label tasks also character 2–5-grams without diacritics. (On the complaint corpus,
character n-grams lowered test macro-F1 from 0.880 to 0.848, underthesea word segmentation to
0.864, so neither is on by default.) Model: one-vs-rest linear SVMs with sigmoid-calibrated
probabilities (multi-label) or one multinomial logistic regression
(single-label, e.g. topics). Thresholds per label are tuned on a dev split to maximise F1.

Saved with skops (``pipeline.skops``) beside ``model.json`` (labels, thresholds, metrics, data
hash, library versions) and ``card.md``. Loading refuses any type outside ``TRUSTED``: a model file
is never unpickled.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from docproc.errors import DocprocError

MODEL_FILE = "pipeline.skops"
META_FILE = "model.json"

#: every type a docproc model file may hold; anything else makes loading fail
TRUSTED = [
    "docproc.classify.features.TextChannel",
    "docproc.classify.features.CompactTfidfVectorizer",
    "sklearn.pipeline.Pipeline",
    "sklearn.pipeline.FeatureUnion",
    "sklearn.feature_extraction.text.TfidfVectorizer",
    "sklearn.feature_extraction.text.HashingVectorizer",
    "sklearn.feature_extraction.text.TfidfTransformer",
    "sklearn.multiclass.OneVsRestClassifier",
    "sklearn.calibration.CalibratedClassifierCV",
    "sklearn.calibration._CalibratedClassifier",
    "sklearn.calibration._SigmoidCalibration",
    "sklearn.svm._classes.LinearSVC",
    "sklearn.linear_model._logistic.LogisticRegression",
    "sklearn.preprocessing._label.LabelBinarizer",
    "sklearn.frozen._frozen.FrozenEstimator",
    "numpy.float64",
    "numpy.int64",
    "numpy.dtype",
    "builtins.slice",
    "collections.defaultdict",
    "collections.OrderedDict",
    "re.Pattern",
    "scipy.sparse._csr.csr_matrix",
]


class ModelError(DocprocError):
    """A model directory that cannot be used: missing, damaged or holding untrusted types."""

    kind = "model"


@dataclass
class Prediction:
    """Labels of one text, every label's probability, and the phrases behind each label."""

    labels: list[str]
    scores: dict[str, float]
    evidence: dict[str, list[dict[str, Any]]] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {"labels": self.labels, "scores": self.scores, "evidence": self.evidence}


def build_pipeline(multi_label: bool = True, segment: bool = False, c: float = 0.5) -> Any:
    from sklearn.calibration import CalibratedClassifierCV
    from sklearn.linear_model import LogisticRegression
    from sklearn.multiclass import OneVsRestClassifier
    from sklearn.pipeline import FeatureUnion, Pipeline
    from sklearn.svm import LinearSVC

    from docproc.classify.features import CompactTfidfVectorizer, TextChannel

    def channel(text: Any, **kw: Any) -> Any:
        return Pipeline([("text", text), ("tfidf", CompactTfidfVectorizer(sublinear_tf=True, dtype=np.float32, **kw))])

    words = {"analyzer": "word", "token_pattern": r"\S+", "max_features": 60000}
    channels: list[tuple[str, Any]] = [
        ("words", channel(TextChannel(negation=True, segment=segment), ngram_range=(1, 2), min_df=1, **words)),
        ("words_folded", channel(TextChannel(fold=True, negation=True), ngram_range=(1, 3), min_df=2, **words)),
    ]
    if not multi_label:  # topic and sentiment corpora gain from character n-grams; complaints do not
        chars = channel(TextChannel(fold=True), analyzer="char_wb", ngram_range=(2, 5), min_df=2, max_features=300000)
        channels.insert(0, ("chars_folded", chars))
    features = FeatureUnion(channels)
    if multi_label:
        svm = LinearSVC(C=2 * c, class_weight="balanced")
        clf: Any = OneVsRestClassifier(CalibratedClassifierCV(svm, cv=3, method="sigmoid"))
    else:
        clf = LogisticRegression(C=10.0 * c, max_iter=3000)
    return Pipeline([("features", features), ("clf", clf)])


@dataclass
class Model:
    """A trained pipeline with its labels and per-label thresholds."""

    pipeline: Any
    labels: list[str]
    multi_label: bool
    thresholds: dict[str, float]
    meta: dict[str, Any] = field(default_factory=dict)

    # -- prediction ---------------------------------------------------------------------------
    def scores(self, texts: Sequence[str]) -> np.ndarray:
        return np.asarray(self.pipeline.predict_proba(list(texts)))

    def predict(self, texts: Sequence[str], explain: bool = True, top: int = 4) -> list[Prediction]:
        texts = [_check_text(t) for t in texts]
        proba = self.scores(texts)
        out: list[Prediction] = []
        for i, text in enumerate(texts):
            scores = {lab: round(float(proba[i, j]), 4) for j, lab in enumerate(self.labels)}
            if self.multi_label:
                labels = [lab for lab in self.labels if scores[lab] >= self.thresholds.get(lab, 0.5)]
            else:
                labels = [self.labels[int(np.argmax(proba[i]))]]
            ev = {lab: self.explain(text, lab, top) for lab in labels} if explain else {}
            out.append(Prediction(labels, scores, ev))
        return out

    # -- explanations -------------------------------------------------------------------------
    def explain(self, text: str, label: str, top: int = 4) -> list[dict[str, Any]]:
        """The phrases of ``text`` that pushed ``label`` most, with their spans in ``text``: the
        n-grams of the text weighed by tf-idf × the label's weight, joined into phrases."""
        from docproc.normalize import normalize_text
        from docproc.vietnamese import fold_diacritics

        j = self.labels.index(label)
        coef = _coefficients(self.pipeline.named_steps["clf"], j)
        shown = normalize_text(text)
        low, folded = shown.lower(), fold_diacritics(shown.lower())
        spans: list[tuple[int, int, float]] = []
        offset = 0
        for _, ch in self.pipeline.named_steps["features"].transformer_list:
            vec = ch.named_steps["tfidf"]
            chars = vec.analyzer != "word"
            for gram in set(vec.build_analyzer()(ch.named_steps["text"].transform([text])[0])):
                idx = vec.vocabulary_.get(gram)
                if idx is None:
                    continue
                w = float(coef[offset + idx]) * float(vec.idf_[idx])
                phrase = gram.replace("neg_", "").replace("_", " ").strip()
                if w <= 0 or len(phrase) < 3 or (chars and len(phrase) < 4):
                    continue
                hay = folded if fold_diacritics(phrase) == phrase else low
                m = re.search(r"(?<!\w)" + re.escape(phrase) + r"(?!\w)", hay)
                if m:
                    spans.append((m.start(), m.end(), w))
            offset += len(vec.vocabulary_)
        spans.sort(key=lambda s: -s[2])
        merged = _merge(spans[: top * 3], shown)
        return [{"text": shown[a:b], "span": [a, b], "weight": round(w, 4)} for a, b, w in merged[:top]]

    # -- persistence --------------------------------------------------------------------------
    def save(self, directory: str | Path) -> Path:
        import skops.io as sio

        d = Path(directory)
        d.mkdir(parents=True, exist_ok=True)
        import zipfile

        sio.dump(self.pipeline, d / MODEL_FILE, compression=zipfile.ZIP_DEFLATED, compresslevel=9)
        meta = {
            **self.meta,
            "labels": self.labels,
            "multi_label": self.multi_label,
            "thresholds": self.thresholds,
            "sha256": hashlib.sha256((d / MODEL_FILE).read_bytes()).hexdigest(),
        }
        (d / META_FILE).write_text(json.dumps(meta, ensure_ascii=False, indent=1), encoding="utf-8")
        return d


def load_model(directory: str | Path) -> Model:
    """A model directory saved by ``Model.save``; untrusted or tampered files are refused."""
    import skops.io as sio

    d = Path(directory)
    meta_path, model_path = d / META_FILE, d / MODEL_FILE
    if not meta_path.is_file() or not model_path.is_file():
        raise ModelError(str(d), f"not a docproc model directory (needs {META_FILE} and {MODEL_FILE})")
    try:
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as err:
        raise ModelError(str(meta_path), f"unreadable model description: {err}") from err
    digest = hashlib.sha256(model_path.read_bytes()).hexdigest()
    if meta.get("sha256") and meta["sha256"] != digest:
        raise ModelError(str(model_path), "the model file does not match its recorded checksum (changed or damaged)")
    try:
        untrusted = set(sio.get_untrusted_types(file=model_path)) - set(TRUSTED)
        if untrusted:
            raise ModelError(str(model_path), f"refused: the file holds untrusted types {sorted(untrusted)}")
        pipeline = sio.load(model_path, trusted=TRUSTED)
    except ModelError:
        raise
    except Exception as err:
        raise ModelError(str(model_path), f"not a readable skops model ({type(err).__name__}: {err})") from err
    return Model(pipeline, list(meta["labels"]), bool(meta["multi_label"]), dict(meta["thresholds"]), meta)


def _check_text(text: Any) -> str:
    if not isinstance(text, str):
        raise TypeError(f"a text must be a str, not {type(text).__name__}")
    return text[:200_000]  # a 1 MB paste is classified by its first 200,000 characters


def _coefficients(clf: Any, j: int) -> np.ndarray:
    """Feature weights of label ``j`` (averaged over calibration folds when there are several)."""
    if hasattr(clf, "estimators_"):
        est = clf.estimators_[j]
        coefs = [cc.estimator.coef_.ravel() for cc in est.calibrated_classifiers_]
        return np.asarray(np.mean(coefs, axis=0))
    coef = clf.coef_
    return np.asarray(coef[j] if coef.shape[0] > 1 else coef[0])


def _merge(spans: list[tuple[int, int, float]], text: str) -> list[tuple[int, int, float]]:
    """Overlapping n-gram hits joined into phrases, widened to whole words, strongest first."""
    spans.sort()
    merged: list[list[Any]] = []
    for a, b, w in spans:
        if merged and a <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], b)
            merged[-1][2] += w
        else:
            merged.append([a, b, w])
    out: list[tuple[int, int, float]] = []
    for a, b, w in merged:
        while a > 0 and text[a - 1].isalnum():
            a -= 1
        while b < len(text) and text[b].isalnum():
            b += 1
        out.append((a, b, w))
    return sorted(out, key=lambda s: -s[2])

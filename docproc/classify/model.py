"""The classifier: a scikit-learn Pipeline, per-label thresholds, explanations, safe persistence.

Features (``features.TextChannel``, ``features.CompactTfidfVectorizer``): word n-grams of the
normalised text and of the text without diacritics, negation marked in both (multi-label: 1–2-grams
on both channels; single-label: 1–2 and 1–3-grams, 1–2 on long texts). On request
(``meaning=True``) the syllable-vector channel ``features.MeaningChannel`` (what the text is
about, as one dense vector); off by default: on the complaint corpus it gave 0.9095 against
0.9098 macro-F1 on dev and 0.891 against 0.892 out-of-fold (its first vectors had shown 0.911
against 0.903 on dev, a difference the rebuilt vectors did not repeat), and on UIT-VSFC 0.919
against 0.921 (sentiment), 0.870 against 0.872 (topic). Character n-grams and
underthesea word segmentation are not on by default: on the complaint and UIT-VSFC dev splits
neither beat word n-grams (see ``scripts/train_complaint_model.py``). Model
(``linear.LinearEnsembleClassifier``): per label a linear SVM and an NB-SVM, averaged and
calibrated on cross-validation folds, all folded into one weight matrix, so prediction is one
sparse-dense product. Thresholds per label maximise F1 on a dev split or on the out-of-fold
probabilities of the training texts.

The multi-label trainer also learns from copies of the training texts without diacritics and with
scan noise (``augment``).

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
    "docproc.classify.features.MeaningChannel",
    "sklearn.pipeline.Pipeline",
    "sklearn.pipeline.FeatureUnion",
    "sklearn.feature_extraction.text.TfidfVectorizer",
    "sklearn.feature_extraction.text.HashingVectorizer",
    "sklearn.feature_extraction.text.TfidfTransformer",
    "docproc.classify.linear.LinearEnsembleClassifier",
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


def build_pipeline(
    multi_label: bool = True, segment: bool = False, long_texts: bool = False, meaning: bool = False
) -> Any:
    """The feature union and the classifier (see the module docstring).

    ``meaning`` adds the syllable-vector channel (``features.MeaningChannel``; it needs
    ``models/embeddings``, which a checkout has and a bare package install does not).
    ``long_texts`` (articles, not comments: the trainer sets it when the median training text is
    longer than ``LONG_TEXT``) keeps word 1–2-grams seen in at least two texts on both channels.
    Multi-label calibration uses 3 folds: 0.903 macro-F1 on the complaint dev split against 0.904
    with 5, in two thirds of the training time."""
    from sklearn.pipeline import FeatureUnion, Pipeline

    from docproc.classify.features import CompactTfidfVectorizer, MeaningChannel, TextChannel
    from docproc.classify.linear import LinearEnsembleClassifier

    def channel(text: Any, **kw: Any) -> Any:
        return Pipeline([("text", text), ("tfidf", CompactTfidfVectorizer(sublinear_tf=True, dtype=np.float32, **kw))])

    if multi_label:
        words = {"analyzer": "word", "token_pattern": r"\S+", "ngram_range": (1, 2), "min_df": 1, "max_features": 60000}
        channels: list[tuple[str, Any]] = [
            ("words", channel(TextChannel(negation=True, segment=segment), **words)),
            ("words_folded", channel(TextChannel(fold=True, negation=True), **words)),
        ]
        clf = LinearEnsembleClassifier(c=1.0, nb_c=0.3, cv=3)
    else:
        min_df, folded_n = (2, 2) if long_texts else (1, 3)
        words = {"analyzer": "word", "token_pattern": r"\S+", "min_df": min_df, "max_features": 2_000_000}
        channels = [
            ("words", channel(TextChannel(negation=True, segment=segment), ngram_range=(1, 2), **words)),
            ("words_folded", channel(TextChannel(fold=True, negation=True), ngram_range=(1, folded_n), **words)),
        ]
        clf = LinearEnsembleClassifier(c=0.5, nb_c=0.0, cv=3)
    if meaning:
        channels.append(("meaning", MeaningChannel()))
    return Pipeline([("features", FeatureUnion(channels)), ("clf", clf)])


#: median characters per training text above which ``build_pipeline`` uses its long-text settings
LONG_TEXT = 1_000


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
        """Every label's probability for each text (rows: texts, columns: ``labels``)."""
        checked = [_check_text(t) for t in texts]
        if not checked:
            return np.zeros((0, len(self.labels)))
        step = 5_000  # bounded memory, and the channels' shared normalisation cache stays warm
        parts = [self.pipeline.predict_proba(checked[i : i + step]) for i in range(0, len(checked), step)]
        return np.asarray(np.vstack(parts))

    def predict(self, texts: Sequence[str], explain: bool = True, top: int = 4) -> list[Prediction]:
        texts = [_check_text(t) for t in texts]
        proba = np.round(self.scores(texts).astype(np.float64), 4)  # labels follow the scores shown
        if self.multi_label:
            hits = proba >= np.array([self.thresholds.get(lab, 0.5) for lab in self.labels])
        else:
            hits = np.zeros(proba.shape, dtype=bool)
            hits[np.arange(len(texts)), np.argmax(proba, axis=1)] = True
        out: list[Prediction] = []
        for text, row, hit in zip(texts, proba.tolist(), hits.tolist(), strict=True):
            labels = [lab for lab, h in zip(self.labels, hit, strict=True) if h]
            ev = {lab: self.explain(text, lab, top) for lab in labels} if explain else {}
            out.append(Prediction(labels, dict(zip(self.labels, row, strict=True)), ev))
        return out

    # -- explanations -------------------------------------------------------------------------
    def explain(self, text: str, label: str, top: int = 4) -> list[dict[str, Any]]:
        """The phrases of ``text`` that pushed ``label`` most, with their spans in ``text``: each
        n-gram's feature value × the label's weight for it, and each syllable's share of the
        syllable-vector channel (``MeaningChannel.contributions``), joined into phrases. A
        weight is what the phrase adds to the label's log-odds."""
        from docproc.normalize import normalize_text
        from docproc.vietnamese import fold_diacritics

        j = self.labels.index(label)
        coef = _coefficients(self.pipeline.named_steps["clf"], j)
        shown = normalize_text(text)
        low, folded = shown.lower(), fold_diacritics(shown.lower())
        spans: list[tuple[int, int, float]] = []
        offset = 0

        def find(phrase: str, w: float) -> None:
            hay = folded if fold_diacritics(phrase) == phrase else low
            m = re.search(r"(?<!\w)" + re.escape(phrase) + r"(?!\w)", hay)
            if m:
                spans.append((m.start(), m.end(), w))

        for _, ch in self.pipeline.named_steps["features"].transformer_list:
            if not hasattr(ch, "named_steps"):  # the syllable-vector channel: one weight per syllable
                width = ch.vectors_.shape[1]
                for syllable, w in ch.contributions(text, coef[offset : offset + width]).items():
                    if w > 0 and len(syllable) >= 2:
                        find(syllable, w)
                offset += width
                continue
            vec = ch.named_steps["tfidf"]
            chars = vec.analyzer != "word"
            normalised = ch.named_steps["text"].transform([text])
            row = vec.transform(normalised).tocsr()
            value = dict(zip(row.indices.tolist(), row.data.tolist(), strict=True))
            for gram in set(vec.build_analyzer()(normalised[0])):
                idx = vec.vocabulary_.get(gram)
                if idx is None:
                    continue
                w = float(coef[offset + idx]) * value.get(idx, 0.0)
                phrase = gram.replace("neg_", "").replace("_", " ").strip()
                if w > 0 and len(phrase) >= 3 and not (chars and len(phrase) < 4):
                    find(phrase, w)
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
    """Overlapping n-gram hits (or hits one space apart) joined into phrases, widened to whole
    words, strongest first."""
    spans.sort()
    merged: list[list[Any]] = []
    for a, b, w in spans:
        if merged and (a <= merged[-1][1] or text[merged[-1][1] : a] == " "):
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

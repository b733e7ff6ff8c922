"""Vietnamese-aware text channels for the classifier, as scikit-learn transformers.

``TextChannel`` turns raw texts into one normalised view: NFC, one tone-mark style, lower case,
slang and abbreviations expanded ("cb" → "cán bộ", "k" → "không"), optionally without diacritics
(so "can bo doi tien" and "cán bộ đòi tiền" meet), optionally with negated words marked
("không hề gây khó khăn" → "không hề neg_gây neg_khó neg_khăn"), optionally word-segmented with
underthesea ("cán_bộ"). Stateless: ``fit`` learns nothing.

Speed matters here (the complaint model classifies thousands of short texts a second on one
core): the clean-up is one ``str.translate`` table, NFC only when the text is not NFC already,
one regular expression for tone marks and one for tokens; folding is another ``translate``
table. ``CompactTfidfVectorizer`` counts whitespace-separated word n-grams with list
comprehensions and builds the sparse matrix in one go (the same numbers as scikit-learn's
``TfidfVectorizer``, several times faster).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.feature_extraction.text import TfidfVectorizer

from docproc.data import load
from docproc.normalize import _ETH_MAP, _INVISIBLE_CHARS, _TONES, _move_tone

_TOKEN = re.compile(r"[\wÀ-ỹ]+|[^\s\w]", re.UNICODE)

#: the character steps of ``docproc.normalize`` as one ``str.translate`` table: soft hyphens,
#: zero-width characters and stray byte-order marks dropped, eth look-alikes → Đ/đ
_CLEAN_MAP: dict[str, str | None] = {**dict.fromkeys(_INVISIBLE_CHARS), **_ETH_MAP}
_UNCLEAN = re.compile(f"[{''.join(_CLEAN_MAP)}]")
_CLEAN = str.maketrans(_CLEAN_MAP)


@cache
def _tone_rule() -> tuple[re.Pattern[str], dict[str, str]]:
    """Lower-case final "oa", "oe", "uy" with the tone on the second vowel, and the same pair with
    the tone on the first ("hoà" → "hòa", "uỷ" → "ủy"), the style ``docproc.normalize`` uses."""
    table: dict[str, str] = {}
    for first, seconds in (("o", "ae"), ("u", "y")):
        for second in seconds:
            for tone in _TONES:
                new = first + unicodedata.normalize("NFC", second + tone)
                table[new] = _move_tone(new, to_first=True)
    alternatives = "|".join(sorted(table, key=len, reverse=True))
    return re.compile(rf"(?<!q)(?:{alternatives})(?![\w\u0300-\u036f])"), table


@cache
def _lexicon() -> tuple[dict[str, str], frozenset[str], int]:
    d = load("classifier_lexicon.json")
    return dict(d["abbreviations"]), frozenset(d["negators"]), int(d["negation_window"])


#: normalised texts by raw text (and negation-marked by normalised), so that the channels of one
#: call normalise each text once; texts up to ``_CACHE_MAX_LEN`` characters, all forgotten when
#: the kept characters pass ``_CACHE_BUDGET`` (``Model.scores`` works in batches to stay under it)
_CACHE: dict[str, str] = {}
_NEGATED: dict[str, str] = {}
_CACHE_MAX_LEN = 20_000
_CACHE_BUDGET = 50_000_000
_cache_size = [0]


def _remember(cache: dict[str, str], key: str, value: str) -> None:
    if len(key) > _CACHE_MAX_LEN:
        return
    if _cache_size[0] > _CACHE_BUDGET:
        clear_cache()
    cache[key] = value
    _cache_size[0] += len(key) + len(value)


def clear_cache() -> None:
    """Forget the normalised texts kept for reuse between channels."""
    _CACHE.clear()
    _NEGATED.clear()
    _cache_size[0] = 0


def _base(text: str) -> str:
    """NFC, one tone-mark style, lower case, abbreviations expanded (cached for short texts:
    every channel starts here)."""
    hit = _CACHE.get(text)
    if hit is not None:
        return hit
    t = text.translate(_CLEAN) if _UNCLEAN.search(text) else text
    if not t.isascii():
        if not unicodedata.is_normalized("NFC", t):
            t = unicodedata.normalize("NFC", t)
        t = t.lower()
        pattern, table = _tone_rule()
        t = pattern.sub(lambda m: table[m.group()], t)
    else:
        t = t.lower()
    abbr = _lexicon()[0]
    out = " ".join([abbr.get(w, w) for w in _TOKEN.findall(t)])
    _remember(_CACHE, text, out)
    return out


def normalise(text: str, fold: bool = False) -> str:
    """NFC, one tone-mark style, lower case, abbreviations expanded; without marks if ``fold``."""
    out = _base(text)
    return _fold(out) if fold else out


_MARKS = re.compile("[\u0300-\u036f]+")


def _fold(text: str) -> str:
    """Lower-case NFC text without diacritics, by NFD and one regular expression (faster than
    the translate table of ``docproc.vietnamese.fold_diacritics``, and the same on Vietnamese);
    a text it would not fold one character for one goes to ``fold_diacritics``."""
    if text.isascii():
        return text
    out = _MARKS.sub("", unicodedata.normalize("NFD", text.replace("đ", "d")))
    if len(out) == len(text):
        return out
    from docproc.vietnamese import fold_diacritics

    return fold_diacritics(text)


def _negated(text: str) -> str:
    """``mark_negation`` of a normalised text, cached like ``_base`` (both word channels use it)."""
    hit = _NEGATED.get(text)
    if hit is None:
        hit = mark_negation(text)
        _remember(_NEGATED, text, hit)
    return hit


def mark_negation(text: str) -> str:
    """Prefix ``neg_`` to the words that follow a negator, up to the window or punctuation."""
    _, negators, window = _lexicon()
    words = text.split()
    if negators.isdisjoint(words):
        return text if " ".join(words) == text else " ".join(words)
    out: list[str] = []
    left = 0
    for w in words:
        if w in negators:
            left = window
            out.append(w)
        elif not w[0].isalnum():
            left = 0
            out.append(w)
        elif left:
            out.append("neg_" + w)
            left -= 1
        else:
            out.append(w)
    return " ".join(out)


class TextChannel(BaseEstimator, TransformerMixin):  # type: ignore[misc]
    """One normalised view of the texts (see the module docstring)."""

    def __init__(self, fold: bool = False, negation: bool = False, segment: bool = False) -> None:
        self.fold = fold
        self.negation = negation
        self.segment = segment

    def fit(self, X: Any, y: Any = None) -> TextChannel:
        return self

    def transform(self, X: Iterable[Any]) -> list[str]:
        texts = [_base(_segment(str(t)) if self.segment else str(t)) for t in X]
        if self.negation:
            texts = [_negated(t) for t in texts]
        if self.fold:
            texts = [_fold(t) for t in texts]
        return texts


def _segment(text: str) -> str:
    """underthesea word segmentation, words joined by "_" ("cán_bộ xã đòi tiền")."""
    from underthesea import word_tokenize

    return str(word_tokenize(text, format="text"))


class CompactTfidfVectorizer(TfidfVectorizer):  # type: ignore[misc]
    """A ``TfidfVectorizer`` whose vocabulary is saved as an array of terms, not a dict: skops
    then stores one array instead of one entry per term, and a model loads in a fraction of a
    second. The pruned-term list (``stop_words_``) is not kept.

    ``transform`` has a fast path for word n-grams of whitespace-separated tokens (the
    ``token_pattern=r"\\S+"`` the classifier uses): the same matrix as scikit-learn's."""

    def __getstate__(self) -> dict[str, Any]:
        state = dict(super().__getstate__())
        vocab = state.pop("vocabulary_", None)
        state.pop("stop_words_", None)
        if vocab is not None:
            terms = [""] * len(vocab)
            for term, i in vocab.items():
                terms[i] = term
            state["terms_"] = np.asarray(terms, dtype=str)
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        state = dict(state)
        terms = state.pop("terms_", None)
        if terms is not None:
            state["vocabulary_"] = {str(t): i for i, t in enumerate(terms.tolist())}
        super().__setstate__(state)

    def _fast(self) -> bool:
        return (
            self.analyzer == "word"
            and self.token_pattern == r"\S+"
            and self.tokenizer is None
            and self.preprocessor is None
            and self.stop_words is None
            and self.strip_accents is None
            and not self.binary
            and self.norm in ("l2", None)
            and hasattr(self, "vocabulary_")
        )

    def transform(self, raw_documents: Any) -> Any:
        if isinstance(raw_documents, str):
            raise ValueError("Iterable over raw text documents expected, string object received.")
        if not self._fast():
            return super().transform(raw_documents)
        import scipy.sparse as sp
        from sklearn.preprocessing import normalize

        get = self.vocabulary_.get
        lo, hi = self.ngram_range
        indptr = [0]
        indices: list[int] = []
        for doc in raw_documents:
            toks = (doc.lower() if self.lowercase else doc).split()
            grams = toks if lo == 1 else []
            for n in range(max(lo, 2), hi + 1):
                grams = grams + list(map(" ".join, zip(*(toks[k:] for k in range(n)), strict=False)))
            indices.extend([i for i in map(get, grams) if i is not None])
            indptr.append(len(indices))
        data = np.ones(len(indices), dtype=self.dtype)
        X = sp.csr_matrix(
            (data, np.asarray(indices, dtype=np.int32), np.asarray(indptr, dtype=np.int64)),
            shape=(len(indptr) - 1, len(self.vocabulary_)),
        )
        X.sum_duplicates()
        if self.sublinear_tf:
            np.log(X.data, out=X.data)
            X.data += 1
        if self.use_idf:
            X.data *= self.idf_.astype(self.dtype, copy=False)[X.indices]
        if self.norm == "l2":
            X = normalize(X, norm="l2", copy=False)
        return X


#: the shipped syllable vectors (``scripts/train_embeddings.py``), by table name
EMBEDDINGS_DIR = Path(__file__).resolve().parents[2] / "models" / "embeddings"


class MeaningChannel(BaseEstimator, TransformerMixin):  # type: ignore[misc]
    """What a text is about, as one dense vector: the mean of its syllables' word2vec vectors
    (``models/embeddings/<table>.npz``), each weighed by ``smoothing / (smoothing + frequency)``
    (the "smooth inverse frequency" of Arora et al. 2017, so "của", "là" count for little), scaled
    to length ``scale``. Syllables the n-gram channels never saw in training still count here
    through their neighbours in the vectors ("phong bì" near "bồi dưỡng").

    A syllable missing from the table is read through a folded one: the vector of "tien" there
    is the frequency-weighted mean of those of "tiền", "tiến", "tiện" … (text without diacritics,
    a mark lost to OCR). A diacritic-free syllable the table holds ("can", "bo") keeps its own
    vector, learnt from the diacritic-free complaints the vectors were trained on: on the complaint
    dev split (100-dimension vectors) that scored 0.909 macro-F1 against 0.906 for reading every
    diacritic-free text through the folded table.

    ``fit`` copies the table into the channel (``words_``, ``vectors_`` as float16 with the folded
    rows after the ``n_plain_`` plain ones, ``weights_``), so a saved model carries it and needs
    no other file."""

    def __init__(self, table: str = "vi_syllables", scale: float = 2.0, smoothing: float = 1e-3) -> None:
        self.table = table
        self.scale = scale
        self.smoothing = smoothing

    def fit(self, X: Any = None, y: Any = None) -> MeaningChannel:
        path = EMBEDDINGS_DIR / f"{self.table}.npz"
        if not path.is_file():
            from docproc.classify.model import ModelError

            raise ModelError(str(path), "the syllable vectors are missing (scripts/train_embeddings.py builds them)")
        with np.load(path, allow_pickle=False) as z:
            words, vectors, counts = z["words"].tolist(), z["vectors"].astype(np.float32), z["counts"]
        vectors /= np.linalg.norm(vectors, axis=1, keepdims=True) + 1e-9
        freq = counts.astype(np.float64) / counts.sum()
        groups: dict[str, list[int]] = {}
        for i, w in enumerate(words):
            groups.setdefault(_fold(w), []).append(i)
        folded = np.zeros((len(groups), vectors.shape[1]), dtype=np.float32)
        folded_freq = np.zeros(len(groups))
        for k, ids in enumerate(groups.values()):
            v = (vectors[ids] * counts[ids, None]).sum(axis=0)
            folded[k] = v / (np.linalg.norm(v) + 1e-9)
            folded_freq[k] = freq[ids].sum()
        self.words_ = np.asarray(words + list(groups), dtype=str)
        self.n_plain_ = len(words)
        self.vectors_ = np.vstack([vectors, folded]).astype(np.float16)
        all_freq = np.concatenate([freq, folded_freq])
        self.weights_ = (self.smoothing / (self.smoothing + all_freq)).astype(np.float32)
        return self

    def __getstate__(self) -> dict[str, Any]:
        state = dict(super().__getstate__())
        state.pop("_lookup", None)
        return state

    def _tables(self) -> tuple[dict[str, int], dict[str, int], np.ndarray]:
        """(plain syllable → row, folded syllable → row, rows × weights as float32), built once."""
        hit = self.__dict__.get("_lookup")
        if hit is None:
            words = self.words_.tolist()
            plain = {w: i for i, w in enumerate(words[: self.n_plain_])}
            folded = {w: i + self.n_plain_ for i, w in enumerate(words[self.n_plain_ :])}
            weighted = self.vectors_.astype(np.float32) * self.weights_[:, None]
            hit = self._lookup = (plain, folded, weighted)
        return hit

    def _rows(self, text: str) -> list[int]:
        """The table rows of the syllables of one normalised text: a syllable's own row, else
        the row of its folded form."""
        plain, folded, _ = self._tables()
        out = []
        for w in text.split():
            i = plain.get(w)
            if i is None:
                i = folded.get(_fold(w))
            if i is not None:
                out.append(i)
        return out

    def transform(self, X: Iterable[Any]) -> Any:
        import scipy.sparse as sp

        weighted = self._tables()[2]
        indptr = [0]
        indices: list[int] = []
        for t in X:
            indices.extend(self._rows(_base(str(t))))
            indptr.append(len(indices))
        counts = sp.csr_matrix(
            (np.ones(len(indices), dtype=np.float32), np.asarray(indices, dtype=np.int32), np.asarray(indptr)),
            shape=(len(indptr) - 1, len(weighted)),
        )
        out = np.asarray(counts @ weighted, dtype=np.float32)
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        out *= self.scale / np.maximum(norms, 1e-9)
        return sp.csr_matrix(out)

    def contributions(self, text: str, coef: np.ndarray) -> dict[str, float]:
        """How much each syllable of ``text`` adds to ``coef @ transform([text])[0]`` (the
        channel's part of a label's score), by syllable of the normalised text; they sum to it."""
        rows = self._rows(_base(text))
        if not rows:
            return {}
        weighted = self._tables()[2]
        total = float(np.linalg.norm(weighted[rows].sum(axis=0)))
        if total == 0:
            return {}
        out: dict[str, float] = {}
        words = self.words_
        for i in rows:
            w = str(words[i])
            out[w] = out.get(w, 0.0) + float(weighted[i] @ coef) * self.scale / total
        return out

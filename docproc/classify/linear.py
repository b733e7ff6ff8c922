"""``LinearEnsembleClassifier``: per label, a linear SVM and an NB-SVM, averaged and calibrated,
then folded into one weight matrix.

For every label (one-vs-rest):

1. a linear SVM on the tf-idf features;
2. an NB-SVM (Wang & Manning 2012): a linear SVM on the features scaled by the label's
   log-count ratio ``r = log((p / |p|) / (q / |q|))``, ``p`` and ``q`` the smoothed counts of
   documents with and without the label that contain each feature;
3. multi-label: the two decision values, standardised with their means and deviations on
   cross-validation folds, are added, and a sigmoid (Platt scaling) fitted on the same
   out-of-fold scores turns the sum into a probability; classes: the two margins are added
   and a softmax with one temperature, fitted on the out-of-fold scores, gives probabilities
   (so the class with the highest margin is the one predicted).

All three steps are linear in the features, so they fold into one matrix: prediction is
``sigmoid(X @ coef_.T + intercept_)``, one sparse-dense product for all labels, and
``coef_[j]`` is the weight of every feature for label ``j`` (used by the explanations).

Multi-label targets (a 0/1 matrix) give independent probabilities. A 1-d target of class names
gives one column per class, and ``predict`` returns the class with the highest score.

``oof_proba_`` keeps the out-of-fold probabilities of the training rows (for tuning thresholds
without a dev set; the trainer drops it before saving). Cross-validation folds follow
``groups`` when given (``fit(X, y, groups=...)``), so that near-copies of a text (augmented
variants) never sit on both sides of a fold.
"""

from __future__ import annotations

from typing import Any

import numpy as np
from sklearn.base import BaseEstimator, ClassifierMixin


class LinearEnsembleClassifier(ClassifierMixin, BaseEstimator):  # type: ignore[misc]
    """See the module docstring. ``c``: C of the plain SVM; ``nb_c``: C of the NB-SVM (0 leaves
    it out); ``alpha``: smoothing of the log-count ratios; ``cv``: folds for standardising and
    calibrating; ``class_weight``: passed to both SVMs; ``tol``: their stopping tolerance (1e-3,
    not liblinear's 1e-4: a third fewer iterations, weights within 2e-4 of the tighter fit on the
    complaint corpus); ``n_jobs``: labels fitted in parallel
    (joblib processes: liblinear's random generator is global to a process, so threads would
    make the fit depend on timing; the result does not depend on ``n_jobs``)."""

    def __init__(
        self,
        c: float = 1.0,
        nb_c: float = 0.3,
        alpha: float = 1.0,
        cv: int = 5,
        class_weight: str | None = "balanced",
        random_state: int = 0,
        n_jobs: int | None = None,
        tol: float = 1e-3,
    ) -> None:
        self.c = c
        self.nb_c = nb_c
        self.alpha = alpha
        self.cv = cv
        self.class_weight = class_weight
        self.random_state = random_state
        self.n_jobs = n_jobs
        self.tol = tol

    # -- fitting ------------------------------------------------------------------------------
    def fit(self, X: Any, y: Any, groups: Any = None) -> LinearEnsembleClassifier:
        import scipy.sparse as sp

        X = sp.csr_matrix(X, dtype=np.float32)
        X.sum_duplicates()  # canonical (sorted) indices: the parallel fits share X read-only
        y = np.asarray(y)
        if y.ndim == 1:
            self.classes_ = np.unique(y)
            Y = (y[:, None] == self.classes_[None, :]).astype(np.int8)
            self.multi_label_ = False
        else:
            Y = (y != 0).astype(np.int8)
            self.classes_ = np.arange(Y.shape[1])
            self.multi_label_ = True
        folds = self._folds(X.shape[0], groups)
        coef = np.zeros((Y.shape[1], X.shape[1]), dtype=np.float64)
        intercept = np.zeros(Y.shape[1], dtype=np.float64)
        oof = np.zeros(Y.shape, dtype=np.float64)
        for j, fitted in enumerate(self._fit_labels(X, Y, folds)):
            coef[j], intercept[j], oof[:, j] = fitted
        if self.multi_label_:  # Platt scaling per label, on the out-of-fold scores
            from sklearn.linear_model import LogisticRegression

            for j in range(Y.shape[1]):
                if Y[:, j].min() == Y[:, j].max():
                    continue
                platt = LogisticRegression(C=100.0).fit(oof[:, [j]], Y[:, j])
                a, c = float(platt.coef_[0, 0]), float(platt.intercept_[0])
                coef[j] *= a
                intercept[j] = a * intercept[j] + c
                oof[:, j] = a * oof[:, j] + c
            self.oof_proba_ = (1.0 / (1.0 + np.exp(-oof))).astype(np.float32)
        else:  # one temperature for the softmax over classes (keeps the arg max of the scores)
            t = _temperature(oof, Y.argmax(axis=1))
            coef *= t
            intercept *= t
            self.oof_proba_ = _softmax(t * oof).astype(np.float32)
        self.coef_ = coef.astype(np.float32)
        self.intercept_ = intercept.astype(np.float32)
        self.n_features_in_ = X.shape[1]
        return self

    def _fit_labels(
        self, X: Any, Y: np.ndarray, folds: list[tuple[np.ndarray, np.ndarray]]
    ) -> list[tuple[np.ndarray, float, np.ndarray]]:
        """:meth:`_fit_label` of every column of ``Y``, ``n_jobs`` at a time."""
        if self.n_jobs in (None, 1) or Y.shape[1] < 2:
            return [self._fit_label(X, Y[:, j], folds) for j in range(Y.shape[1])]
        from joblib import Parallel, delayed

        jobs = (delayed(self._fit_label)(X, Y[:, j], folds) for j in range(Y.shape[1]))
        return list(Parallel(n_jobs=self.n_jobs)(jobs))

    def _folds(self, n: int, groups: Any) -> list[tuple[np.ndarray, np.ndarray]]:
        from sklearn.model_selection import GroupKFold, KFold

        k = max(2, min(self.cv, n))
        if groups is not None:
            g = np.asarray(groups)
            k = min(k, len(np.unique(g)))
            return list(GroupKFold(k).split(np.zeros(n), groups=g))
        return list(KFold(k, shuffle=True, random_state=self.random_state).split(np.zeros(n)))

    def _members(self, X: Any, y: np.ndarray) -> list[tuple[np.ndarray, float]]:
        """(weights, bias) of each member model fitted on ``X``, ``y``, in feature space."""
        from sklearn.svm import LinearSVC

        if y.min() == y.max():  # a label that never (or always) occurs: a constant score
            return [(np.zeros(X.shape[1]), 1.0 if y[0] else -1.0)]
        out = []
        if self.c > 0:
            svm = LinearSVC(C=self.c, class_weight=self.class_weight, random_state=self.random_state, tol=self.tol)
            svm.fit(X, y)
            out.append((svm.coef_.ravel().astype(np.float64), float(svm.intercept_[0])))
        if self.nb_c > 0:
            present = X > 0
            p = self.alpha + np.asarray(present[y == 1].sum(axis=0), dtype=np.float64).ravel()
            q = self.alpha + np.asarray(present[y == 0].sum(axis=0), dtype=np.float64).ravel()
            r = np.log((p / p.sum()) / (q / q.sum()))
            nb = LinearSVC(C=self.nb_c, class_weight=self.class_weight, random_state=self.random_state, tol=self.tol)
            nb.fit(X.multiply(r.astype(np.float32)).tocsr(), y)
            out.append((nb.coef_.ravel().astype(np.float64) * r, float(nb.intercept_[0])))
        return out

    def _fit_label(
        self, X: Any, y: np.ndarray, folds: list[tuple[np.ndarray, np.ndarray]]
    ) -> tuple[np.ndarray, float, np.ndarray]:
        """Weights and bias of one label's summed members, and the out-of-fold sums. For
        multi-label data each member is first standardised with its out-of-fold mean and
        deviation; for classes the raw margins are added (standardising per class would
        change which class scores highest)."""
        full = self._members(X, y)
        oof = np.zeros((X.shape[0], len(full)))
        for train_idx, held_idx in folds:
            ytr = y[train_idx]
            members = self._members(X[train_idx], ytr) if ytr.min() != ytr.max() else full
            for m, (w, b) in enumerate(members[: len(full)]):
                oof[held_idx, m] = X[held_idx] @ w + b
        if self.multi_label_:
            mean, std = oof.mean(axis=0), oof.std(axis=0)
            std[std == 0] = 1.0
        else:
            mean, std = np.zeros(len(full)), np.ones(len(full))
        w_sum = sum(w / s for (w, _), s in zip(full, std, strict=True))
        b_sum = sum((b - mu) / s for (_, b), mu, s in zip(full, mean, std, strict=True))
        return np.asarray(w_sum), float(b_sum), ((oof - mean) / std).sum(axis=1)

    # -- prediction ---------------------------------------------------------------------------
    def decision_function(self, X: Any) -> np.ndarray:
        out = X @ self.coef_.T
        return np.asarray(out, dtype=np.float32) + self.intercept_

    def predict_proba(self, X: Any) -> np.ndarray:
        z = self.decision_function(X)
        if not self.multi_label_:
            return _softmax(z)
        return np.asarray(1.0 / (1.0 + np.exp(-np.clip(z, -30.0, 30.0))))

    def predict(self, X: Any) -> np.ndarray:
        d = self.decision_function(X)
        if self.multi_label_:
            return (d >= 0).astype(np.int8)
        return np.asarray(self.classes_[np.argmax(d, axis=1)])


def _softmax(z: np.ndarray) -> np.ndarray:
    e = np.exp(z - z.max(axis=1, keepdims=True))
    return np.asarray(e / e.sum(axis=1, keepdims=True))


def _temperature(scores: np.ndarray, truth: np.ndarray) -> float:
    """The factor ``t`` that minimises the log loss of ``softmax(t * scores)``."""
    from scipy.optimize import minimize_scalar

    rows = np.arange(len(truth))

    def loss(log_t: float) -> float:
        p = _softmax(np.exp(log_t) * scores)
        return float(-np.log(np.maximum(p[rows, truth], 1e-12)).mean())

    return float(np.exp(minimize_scalar(loss, bounds=(-3.0, 5.0), method="bounded").x))

"""The classifier: text channels, the trainer on real labelled data, safe persistence, bad input."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from typer.testing import CliRunner

from docproc.classify import ModelError, load_model, load_table, train
from docproc.classify.features import TextChannel, mark_negation, normalise
from docproc.cli import app
from docproc.data import load
from tests.corpora import complaint_split


@pytest.mark.parametrize("ex", load("classifier_lexicon.json")["examples"], ids=lambda e: e["text"])
def test_lexicon_examples(ex: dict[str, str]) -> None:
    if "normalised" in ex:
        assert normalise(ex["text"]) == ex["normalised"]
    if "negated" in ex:
        assert mark_negation(normalise(ex["text"])) == ex["negated"]
    if "folded" in ex:
        assert normalise(ex["text"], fold=True) == ex["folded"]


def test_channels_meet_with_and_without_diacritics() -> None:
    ch = TextChannel(fold=True)
    assert ch.transform(["Cán bộ xã đòi tiền"]) == ch.transform(["can bo xa doi tien"])


@pytest.fixture(scope="module")
def meaning() -> Any:
    from docproc.classify.features import MeaningChannel

    return MeaningChannel().fit()


def test_meaning_channel_reads_damaged_and_diacritic_free_text(meaning: Any) -> None:
    """A syllable whose mark OCR mangled ("tièn", "giấỵ": not in the table) is read through the
    folded table, so the text keeps its vector; a diacritic-free twin (its syllables have their
    own vectors, learnt from diacritic-free complaints) lies nearer its original than an
    unrelated text does."""
    clean, damaged, bare, other = (
        meaning.transform(
            [
                "Cán bộ xã đòi tiền mới ký giấy",
                "Cán bộ xã đòi tièn mới ký giấỵ",
                "can bo xa doi tien moi ky giay",
                "Đội bóng thắng trận chung kết",
            ]
        ).toarray()
        / meaning.scale
    )
    assert np.isclose(np.linalg.norm(clean), 1.0)
    assert clean @ damaged > 0.98
    assert bare @ clean > bare @ other + 0.2


def test_training_without_the_shipped_vectors(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Where models/embeddings is absent (a bare package install), training works as by default
    (without the channel, as the metadata says); asking for the channel names the missing file."""
    from docproc.classify import features

    monkeypatch.setattr(features, "EMBEDDINGS_DIR", tmp_path)
    rows = complaint_split("train")[:120]
    x, y = [r["text"] for r in rows], [r["labels"] for r in rows]
    model, _ = train(x, y, dev=([], []), thresholds=0.5, augment=False, n_jobs=1)
    assert model.meta["meaning"] is False
    with pytest.raises(ModelError, match=r"vi_syllables\.npz"):
        train(x, y, dev=([], []), thresholds=0.5, augment=False, n_jobs=1, meaning=True)


def test_syllable_vectors_know_the_vocabulary_of_complaints(meaning: Any) -> None:
    """Neighbours in the shipped table (models/embeddings): the words of one violation lie closer
    to each other than to an unrelated word."""
    plain, _, _ = meaning._tables()
    v = meaning.vectors_.astype(np.float32)

    def sim(x: str, y: str) -> float:
        return float(v[plain[x]] @ v[plain[y]])

    for word, near, far in (("quát", "mắng", "thuế"), ("nhũng", "nhiễu", "bóng"), ("hối", "lộ", "mưa")):
        assert sim(word, near) > sim(word, far) + 0.2, (word, near, far)


def test_meaning_contributions_add_up_to_the_channel_score(meaning: Any) -> None:
    """The per-syllable explanation of the channel is exact: the parts sum to coef · features."""
    coef = np.random.default_rng(1).normal(size=meaning.vectors_.shape[1]).astype(np.float32)
    for text in ("Cán bộ hẹn lên hẹn xuống, đòi bồi dưỡng", "can bo hen len hen xuong", "xyzzy"):
        parts = meaning.contributions(text, coef)
        assert np.isclose(sum(parts.values()), float(meaning.transform([text]).toarray()[0] @ coef), atol=1e-4)


def test_fast_vectorizer_matches_scikit_learn() -> None:
    """The word n-gram fast path of ``CompactTfidfVectorizer.transform`` gives sklearn's matrix."""
    import numpy as np
    from sklearn.feature_extraction.text import TfidfVectorizer

    from docproc.classify.features import CompactTfidfVectorizer

    raw = ["Cán bộ xã đòi tiền mới ký giấy", "cb k giải quyết hs, hẹn 3 lần", "Cán bộ không hề gây khó khăn.", ""]
    texts = TextChannel(negation=True).transform(raw)
    for ngrams in ((1, 1), (1, 2), (1, 3), (2, 3)):
        vec = CompactTfidfVectorizer(sublinear_tf=True, dtype=np.float32, token_pattern=r"\S+", ngram_range=ngrams)
        vec.fit(texts[:3])
        fast, slow = vec.transform(texts), TfidfVectorizer.transform(vec, texts)
        assert fast.shape == slow.shape and abs(fast - slow).max() < 1e-6


def test_linear_ensemble_is_one_linear_layer() -> None:
    """SVM + NB-SVM + calibration fold into ``coef_``: probabilities are sigmoid(X @ coef.T + b)."""
    import numpy as np
    import scipy.sparse as sp

    from docproc.classify.linear import LinearEnsembleClassifier

    rng = np.random.default_rng(0)
    X = sp.csr_matrix(rng.random((120, 30)) * (rng.random((120, 30)) < 0.3), dtype=np.float32)
    Y = np.stack([(X[:, 0].toarray().ravel() > 0).astype(int), (X[:, 1].toarray().ravel() > 0.5).astype(int)], axis=1)
    Y[:, 1] |= rng.random(120) < 0.05
    clf = LinearEnsembleClassifier(cv=3).fit(X, Y, groups=np.arange(120) // 2)
    z = X @ clf.coef_.T + clf.intercept_
    assert np.allclose(clf.predict_proba(X), 1 / (1 + np.exp(-z)), atol=1e-5)
    assert clf.oof_proba_.shape == Y.shape
    assert (clf.predict(X) == Y).mean() > 0.8
    names = np.where(Y[:, 0] == 1, "a", np.where(Y[:, 1] == 1, "b", "c"))
    single = LinearEnsembleClassifier(cv=3).fit(X, names)
    proba = single.predict_proba(X)
    assert list(single.classes_) == ["a", "b", "c"] and np.allclose(proba.sum(axis=1), 1)
    assert (single.classes_[proba.argmax(axis=1)] == single.predict(X)).all()


def test_augmented_copies_are_seeded_and_keep_labels() -> None:
    from docproc.classify.augment import augment

    texts = ["Cán bộ không giải quyết hồ sơ được, hẹn mãi", "can bo doi tien"]
    a = augment(texts, [["cham_tre"], ["hoi_lo"]], seed=3)
    assert a == augment(texts, [["cham_tre"], ["hoi_lo"]], seed=3)
    copies, labels, source = a
    assert len(copies) == len(labels) == len(source) >= 3
    assert all(labels[i] == [["cham_tre"], ["hoi_lo"]][source[i]] for i in range(len(copies)))
    assert any(c.isascii() for c, s in zip(copies, source, strict=True) if s == 0)  # a copy without diacritics


@pytest.fixture(scope="module")
def uit(shared: Path) -> dict[str, Any]:
    """A slice of UIT-VSFC (students' feedback): 3,000 training and 500 dev sentences."""
    d = shared / "uit_vsfc"

    def part(name: str, n: int) -> tuple[list[str], list[list[str]]]:
        texts = (d / name / "sents.txt").read_text(encoding="utf-8").splitlines()[:n]
        labels = (d / name / "sentiments.txt").read_text(encoding="utf-8").splitlines()[:n]
        return texts, [[x] for x in labels]

    return {"train": part("train", 3000), "dev": part("dev", 500)}


@pytest.fixture(scope="module")
def saved(uit: dict[str, Any], tmp_path_factory: pytest.TempPathFactory) -> Path:
    model, report = train(*uit["train"], multi_label=False, dev=uit["dev"])
    assert report["dev"]["accuracy"] > 0.8  # far above the majority class on real feedback
    return model.save(tmp_path_factory.mktemp("model") / "uit")


def test_save_load_round_trip(saved: Path, uit: dict[str, Any]) -> None:
    model = load_model(saved)
    preds = model.predict(uit["dev"][0][:50], explain=False)
    again = load_model(saved).predict(uit["dev"][0][:50], explain=False)
    assert [p.labels for p in preds] == [p.labels for p in again]
    assert json.loads((saved / "model.json").read_text())["labels"] == ["0", "1", "2"]


def test_tampered_model_is_refused(saved: Path, tmp_path: Path) -> None:
    import shutil

    bad = tmp_path / "bad"
    shutil.copytree(saved, bad)
    data = bytearray((bad / "pipeline.skops").read_bytes())
    data[len(data) // 2] ^= 0xFF
    (bad / "pipeline.skops").write_bytes(bytes(data))
    with pytest.raises(ModelError, match="checksum"):
        load_model(bad)


def test_untrusted_types_are_refused(tmp_path: Path) -> None:
    """A model file holding a type outside the trusted list is refused, never executed."""
    import hashlib

    import skops.io as sio
    from sklearn.pipeline import Pipeline
    from sklearn.preprocessing import FunctionTransformer

    d = tmp_path / "evil"
    d.mkdir()
    sio.dump(Pipeline([("f", FunctionTransformer(print))]), d / "pipeline.skops")
    digest = hashlib.sha256((d / "pipeline.skops").read_bytes()).hexdigest()
    (d / "model.json").write_text(
        json.dumps({"labels": ["a"], "multi_label": True, "thresholds": {}, "sha256": digest})
    )
    with pytest.raises(ModelError, match="untrusted"):
        load_model(d)


def test_not_a_model_directory(tmp_path: Path) -> None:
    with pytest.raises(ModelError, match="not a docproc model directory"):
        load_model(tmp_path)


def test_bad_texts_are_classified_or_refused_clearly(saved: Path) -> None:
    model = load_model(saved)
    preds = model.predict(["", "x" * 1_000_000, "The lecturer explained everything very clearly."], explain=False)
    assert len(preds) == 3 and all(len(p.labels) == 1 for p in preds)
    with pytest.raises(TypeError, match="must be a str"):
        model.predict([None])  # type: ignore[list-item]


def test_table_without_the_named_column(tmp_path: Path) -> None:
    f = tmp_path / "t.csv"
    f.write_text("noi_dung,nhan\ncán bộ đòi tiền,hoi_lo\n", encoding="utf-8")
    with pytest.raises(Exception, match="no column 'text'"):
        load_table(f, "text", "nhan")
    result = CliRunner().invoke(
        app, ["train", "--input", str(f), "--text-field", "text", "--label-field", "nhan", "-o", str(tmp_path / "m")]
    )
    assert result.exit_code != 0 and "no column 'text'" in str(result.exception) + result.output


# -- the shipped complaint model ---------------------------------------------------------------


def test_macro_f1_interval_brackets_the_figure() -> None:
    """The bootstrap interval of the reports: exact for perfect predictions, around the figure
    otherwise, and narrower with more texts."""
    from sklearn.metrics import f1_score

    from docproc.classify.training import _bootstrap_macro_f1

    rng = np.random.default_rng(0)
    gold = rng.random((400, 5)) < 0.3
    pred = gold ^ (rng.random((400, 5)) < 0.08)
    assert _bootstrap_macro_f1(gold, gold) == (1.0, 1.0)
    lo, hi = _bootstrap_macro_f1(gold, pred)
    assert lo < f1_score(gold, pred, average="macro") < hi
    lo4, hi4 = _bootstrap_macro_f1(np.tile(gold, (4, 1)), np.tile(pred, (4, 1)))
    assert hi4 - lo4 < 0.7 * (hi - lo)


def test_thresholds_from_cross_validation() -> None:
    """Without a dev split the thresholds come from out-of-fold probabilities of the training texts."""
    rows = complaint_split("train")[:400]
    model, report = train(
        [r["text"] for r in rows], [r["labels"] for r in rows], dev=([], []), thresholds="cv", augment=False
    )
    assert set(report) == {"cv"} and report["cv"]["n"] == 400 and report["cv"]["macro_f1"] > 0.4
    assert model.meta["thresholds_from"] == "cross-validation"
    assert any(t != 0.5 for t in model.thresholds.values())
    assert not hasattr(model.pipeline.named_steps["clf"], "oof_proba_")  # not saved with the model


def test_parallel_fit_gives_the_same_model() -> None:
    """Labels fitted in two processes give exactly the weights of a serial fit."""
    rows = complaint_split("train")[:300]
    x, y = [r["text"] for r in rows], [r["labels"] for r in rows]
    serial, _ = train(x, y, dev=([], []), thresholds=0.5, augment=False, n_jobs=1)
    parallel, _ = train(x, y, dev=([], []), thresholds=0.5, augment=False, n_jobs=2)
    a, b = serial.pipeline.named_steps["clf"], parallel.pipeline.named_steps["clf"]
    assert np.array_equal(a.coef_, b.coef_) and np.array_equal(a.intercept_, b.intercept_)
    assert b.n_jobs is None  # a fitting setting, not saved with the model


def test_shipped_model_on_the_held_out_testcomplaint_split() -> None:
    """Figures in models/complaints/card.md; the issue's target is macro-F1 ≥ 0.90 (see the note)."""
    from sklearn.metrics import f1_score
    from sklearn.preprocessing import MultiLabelBinarizer

    from docproc.classify import default_model_dir, evaluate
    from docproc.classify.baseline import keyword_labels

    model = load_model(default_model_dir())
    test = complaint_split("test")
    report = evaluate(model, [r["text"] for r in test], [r["labels"] for r in test])
    assert report["macro_f1"] >= 0.88
    preds = model.predict([r["text"] for r in test], explain=False)
    base = keyword_labels([r["text"] for r in test])
    mlb = MultiLabelBinarizer(classes=model.labels)
    for style in ("no_diacritics", "ocr_noisy", "indirect"):
        idx = [i for i, r in enumerate(test) if r["style"] == style]
        gold = mlb.fit_transform([test[i]["labels"] for i in idx])
        ours = f1_score(gold, mlb.transform([preds[i].labels for i in idx]), average="macro", zero_division=0)
        theirs = f1_score(gold, mlb.transform([base[i] for i in idx]), average="macro", zero_division=0)
        assert ours >= theirs + 0.10, (style, ours, theirs)


def test_shipped_model_examples_and_explanations() -> None:
    from docproc import classify

    hoi_lo, praise, other_sense = classify(
        [
            "Cán bộ địa chính xã hẹn ba lần chưa xong, gợi ý bồi dưỡng thì làm ngay.",
            "Cán bộ phường rất nhiệt tình, không hề gây khó khăn gì.",
            "Quán cà phê đầu ngõ tăng giá tiền cà phê sáng nay.",
        ]
    )
    assert {"cham_tre", "hoi_lo"} <= set(hoi_lo.labels)
    assert praise.labels == [] and other_sense.labels == []
    for ev in hoi_lo.evidence["cham_tre"]:
        text = "Cán bộ địa chính xã hẹn ba lần chưa xong, gợi ý bồi dưỡng thì làm ngay."
        assert text[ev["span"][0] : ev["span"][1]] == ev["text"]


def _check_evidence_weights(model: Any, text: str, labels: Sequence[str]) -> None:
    """Evidence weights are what the phrases add to the label's log-odds: together at most the
    positive part of ``coef · features`` and, for a short complaint, most of it."""
    clf = model.pipeline.named_steps["clf"]
    channels = dict(model.pipeline.named_steps["features"].transformer_list)
    x = model.pipeline.named_steps["features"].transform([text]).toarray()[0]
    width = channels["meaning"].vectors_.shape[1] if "meaning" in channels else 0
    for label in labels:
        coef = clf.coef_[model.labels.index(label)]
        positive = (x * coef)[: len(coef) - width].clip(min=0).sum()
        if width:
            positive += sum(max(v, 0) for v in channels["meaning"].contributions(text, coef[-width:]).values())
        evidence = model.explain(text, label, top=1000)
        assert all(text[e["span"][0] : e["span"][1]] == e["text"] for e in evidence)
        shown = sum(e["weight"] for e in evidence)
        assert 0.6 * positive <= shown <= positive + 1e-3, (label, shown, positive)


COMPLAINT = "Tôi nộp hồ sơ đã 3 tháng vẫn chưa có kết quả, lên hỏi thì bảo chờ tiếp, cán bộ còn quát tháo"


def test_evidence_weights_are_shares_of_the_log_odds() -> None:
    from docproc.classify import default_model_dir

    _check_evidence_weights(load_model(default_model_dir()), COMPLAINT, ["cham_tre", "thai_do"])


def test_evidence_of_a_model_with_the_meaning_channel() -> None:
    """With ``meaning=True`` the syllables' shares of the dense channel join the n-gram phrases."""
    rows = complaint_split("train")[:400]
    model, _ = train([r["text"] for r in rows], [r["labels"] for r in rows], dev=([], []), thresholds=0.5, meaning=True)
    assert model.meta["meaning"] is True
    _check_evidence_weights(model, COMPLAINT, ["cham_tre", "thai_do"])


@pytest.mark.parametrize("name", ["chi_thi_soc_trang_sao_y_my_tu.txt", "bao_nam_dinh_2021_04.txt"])
def test_seed_violations(shared: Path, name: str) -> None:
    import docproc

    gold = json.loads((shared / "seeds" / "gold.json").read_text(encoding="utf-8"))[name]["violations"]
    doc = docproc.read(shared / "seeds" / name)
    rec = docproc.extract(doc, classify=True).to_dict()
    assert sorted(v["label"] for v in rec["violations"]) == sorted(gold)
    for v in rec["violations"]:
        for ev in v["evidence"]:
            assert doc.text[ev["span"][0] : ev["span"][1]] == ev["text"]


def test_classify_cli(tmp_path: Path) -> None:
    text = "Tôi nộp hồ sơ đã 3 tháng vẫn chưa có kết quả, lên hỏi thì bảo chờ tiếp."
    result = CliRunner().invoke(app, ["classify", text])
    assert result.exit_code == 0, result.output
    row = json.loads(result.output.splitlines()[0])
    assert "cham_tre" in row["labels"] and set(row["scores"]) >= {"hoi_lo", "cham_tre"}
    assert row["evidence"]["cham_tre"] and all(
        text[e["span"][0] : e["span"][1]] == e["text"] for e in row["evidence"]["cham_tre"]
    )

"""The labelled complaint corpus (corpora/complaints): valid, and its training-only supplement
holds no near-copy of a dev or test text."""

from __future__ import annotations

import importlib.util
import json
import sys
from types import ModuleType

from tests.corpora import COMPLAINTS as CORPUS
from tests.corpora import complaint_split


def _module(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"complaints_{name}", CORPUS / f"{name}.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod
    spec.loader.exec_module(mod)
    return mod


def test_corpus_and_splits_validate() -> None:
    rows, errors = _module("stats").validate()
    assert not errors
    assert len(rows) >= 2500
    assert sum(1 for r in rows if not r["labels"]) / len(rows) >= 0.20


def test_cross_duplicates_finds_a_retyped_test_text() -> None:
    build = _module("build_corpus")
    test = complaint_split("test")
    source = max(test, key=lambda r: len(r["text"]))
    words = source["text"].split()
    copy = " ".join(words[:-2])  # the same text with its last two words dropped
    fresh = "Tôi muốn hỏi thủ tục cấp lại giấy khai sinh cho con ở phường cần những giấy tờ gì ạ?"
    new = [{"text": build.strip_diacritics(copy), "_where": "retyped"}, {"text": fresh, "_where": "fresh"}]
    found = build.cross_duplicates(new, test)
    group = {r["id"] for r in test if source["id"] in (r["id"], r.get("source_id"))}  # the text and its variants
    assert {a for a, _, _ in found} == {"retyped"}
    assert source["id"] in {b for _, b, _ in found} and {b for _, b, _ in found} <= group


def test_supplement_is_independent_of_dev_and_test() -> None:
    path = CORPUS / "supplement.jsonl"
    rows = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]
    assert len(rows) >= 1000
    build = _module("build_corpus")
    assert all(r["id"].startswith("s") and set(r["labels"]) <= set(build.LABELS) for r in rows)
    held_out = complaint_split("dev") + complaint_split("test")
    new = [{"text": r["text"], "_where": r["id"]} for r in rows]
    assert build.cross_duplicates(new, held_out) == []


def test_second_annotation_covers_dev_texts() -> None:
    """agreement/dev_second_annotator.jsonl: dev texts only, each once, valid labels (the figures
    are in DATASHEET.md, from agreement/agreement.py)."""
    build = _module("build_corpus")
    path = CORPUS / "agreement" / "dev_second_annotator.jsonl"
    rows = [json.loads(x) for x in path.read_text("utf-8").splitlines()]
    dev = {r["id"]: r for r in complaint_split("dev")}
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids)) == 240 and set(ids) <= set(dev)
    assert all("source_id" not in dev[i] for i in ids)  # hand-written texts, no variants
    assert all(set(r["labels"]) <= set(build.LABELS) for r in rows)

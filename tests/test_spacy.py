"""spaCy components: spans on the Doc, the extension, serialisation, entry points."""

from __future__ import annotations

from importlib.metadata import entry_points
from pathlib import Path

import spacy

import docproc.spacy_components as components

TEXT = (
    "Căn cứ Nghị định số 73/2023/NĐ-CP ngày 29/9/2023 của Chính phủ; "
    "UBND tỉnh Sóc Trăng báo cáo kết quả trước ngày 30/6/2024."
)


def _nlp() -> spacy.language.Language:
    nlp = spacy.blank("xx")
    for name in ("docproc_references", "docproc_dates", "docproc_organizations"):
        nlp.add_pipe(name)
    return nlp


def test_components_set_spans_and_extension() -> None:
    doc = _nlp()(TEXT)
    refs = doc.spans["docproc_references"]
    assert [(s.text, s.label_) for s in refs] == [
        ("Nghị định số 73/2023/NĐ-CP ngày 29/9/2023 của Chính phủ", "Nghị định")
    ]
    dates = {s.text: s.label_ for s in doc.spans["docproc_dates"]}
    assert dates == {"29/9/2023": "reference", "trước ngày 30/6/2024": "deadline"}
    orgs = [s.text for s in doc.spans["docproc_organizations"]]
    assert orgs == ["Chính phủ", "UBND tỉnh Sóc Trăng"]
    assert doc._.docproc["docproc_references"][0]["id"] == "73/2023/NĐ-CP"


def test_pipeline_round_trips_through_disk(tmp_path: Path) -> None:
    _nlp().to_disk(tmp_path / "nlp")
    nlp = spacy.load(tmp_path / "nlp")
    assert nlp.pipe_names == ["docproc_references", "docproc_dates", "docproc_organizations"]
    doc = nlp("Theo Chỉ thị số 11/CT-UBND ngày 9-9-2016 của UBND tỉnh.")
    assert [s.label_ for s in doc.spans["docproc_references"]] == ["Chỉ thị"]


def test_spans_map_back_when_normalisation_changes_the_text() -> None:
    doc = _nlp()("Thực hiện  Quyết định số 1847/QĐ-TTg,  ngày 27/12/2018 của Thủ tướng Chính phủ về  Đề án.")
    (span,) = doc.spans["docproc_references"]
    assert span.text.startswith("Quyết định số 1847/QĐ-TTg")


def test_entry_points_and_removable_extension() -> None:
    names = {ep.name for ep in entry_points(group="spacy_factories")}
    assert {"docproc_references", "docproc_dates", "docproc_organizations"} <= names
    components.remove_extensions()
    assert not spacy.tokens.Doc.has_extension("docproc")
    _nlp()
    assert spacy.tokens.Doc.has_extension("docproc")

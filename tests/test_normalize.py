"""Every normalisation step on a table of small cases, and offsets that stay mappable."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from docproc.document import apply_edits
from docproc.normalize import LAYOUT_STEPS, STEPS, TEXT_STEPS, Normalizer, normalize_text

from .conftest import CASES

CASE_LIST = json.loads((CASES / "normalize.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", CASE_LIST, ids=[c["id"] for c in CASE_LIST])
def test_step(case: dict[str, str]) -> None:
    text, _ = apply_edits(case["text"], STEPS[case["step"]](case["text"]))
    assert text == case["expected"]


def test_every_step_has_cases() -> None:
    assert {c["step"] for c in CASE_LIST} == set(STEPS)


def test_lookalike_examples_from_data_file() -> None:
    from docproc.data import load

    for ex in load("lookalikes.json")["examples"]:
        assert normalize_text(ex["text"], ["lookalikes"]) == ex["normalized"], ex["note"]


def test_tone_style_is_configurable() -> None:
    assert normalize_text("Tỉnh uỷ hoà") == "Tỉnh ủy hòa"
    assert normalize_text("Tỉnh ủy hòa", tone_style="new") == "Tỉnh uỷ hoà"
    assert normalize_text("Tỉnh uỷ hòa", tone_style=None) == "Tỉnh uỷ hòa"


def test_unknown_step_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown normalisation step"):
        Normalizer(["nfc", "nope"])("x")


def test_custom_callable_step() -> None:
    from docproc.document import Edit

    def upper_x(text: str) -> list[Edit]:
        return [Edit(i, i + 1, "X") for i, ch in enumerate(text) if ch == "x"]

    text, maps, steps = Normalizer(["nfc", upper_x])("axb")
    assert text == "aXb" and steps == ("nfc", "upper_x") and len(maps) == 1


def test_offsets_map_back_to_raw_text() -> None:
    raw = "Tỉnh  uỷ\u200b Sóc Trăng\r\n\r\n\r\nQuyết định 73/2023/NĐ-СР  ngày"
    text, maps, _ = Normalizer(LAYOUT_STEPS)(raw)
    assert text == "Tỉnh ủy Sóc Trăng\n\nQuyết định 73/2023/NĐ-CP ngày"
    from docproc.document import Document, Source

    doc = Document(text, (), Source(None, "", "txt", 0), raw, maps)
    for word in ("Sóc Trăng", "Quyết định", "ngày"):
        s = text.index(word)
        rs, re_ = doc.raw_span(s, s + len(word))
        assert raw[rs:re_] == word
    s = text.index("ủy")
    rs, re_ = doc.raw_span(s, s + 2)
    assert raw[rs:re_] == "uỷ"
    s = text.index("NĐ-CP")
    rs, re_ = doc.raw_span(s, s + 5)
    # an edit maps as a whole: the look-alike fix replaced the token
    assert raw[rs:re_] == "73/2023/NĐ-СР"


_vi = st.text(alphabet=st.sampled_from(list("aăâeêioôơuưyđĐ áàảãạ\u0301\u0300\n\t\u00a0\r\fCPNĐ-/СР")), max_size=80)


@given(_vi)
def test_normalisation_is_idempotent_and_offsets_monotone(raw: str) -> None:
    n = Normalizer(LAYOUT_STEPS)
    text, maps, _ = n(raw)
    assert n(text)[0] == text
    from docproc.document import Document, Source

    doc = Document(text, (), Source(None, "", "txt", 0), raw, maps)
    prev = 0
    for i in range(len(text) + 1):
        r = doc.raw_offset(i)
        assert prev <= r <= len(raw)
        prev = r


def test_text_steps_leave_line_structure() -> None:
    raw = "Luật sửa\nđổi"
    assert normalize_text(raw, TEXT_STEPS) == raw
    assert normalize_text(raw, LAYOUT_STEPS) == "Luật sửa đổi"

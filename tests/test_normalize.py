"""Every normalisation step on a table of small cases, and offsets that stay mappable."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
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


# -- fast paths against the plain patterns they stand for ----------------------------------------
def _pieces(*words: str) -> st.SearchStrategy[str]:
    return st.lists(st.sampled_from(words), max_size=24).map("".join)


_COMMON = (" ", "  ", "\n", "\n\n", "a", "bc", "ệ", "“", "”", "–", "𝐀")
_RARE = ("\u2003", "\u205f", "\u3000", "\u1680", "\u00a0", "\u2000", "\u200a", "\t", "\f", "\r", "\u202f")


def _space_runs_plain(text: str) -> list[tuple[int, int]]:
    from docproc.normalize import _SPACE_RUN

    return [m.span() for m in _SPACE_RUN.finditer(text)]


@settings(max_examples=800, deadline=None)
@given(st.one_of(_pieces(*_COMMON), _pieces(*_COMMON, *_RARE)))
def test_space_runs_fast_path(text: str) -> None:
    from docproc.normalize import _RARE_SPACE, _has_rare_space, _space_runs

    assert _has_rare_space(text) == (_RARE_SPACE.search(text) is not None)
    assert _space_runs(text) == _space_runs_plain(text)
    for edge in (" " + text, text + " ", "\n" + text + "\n\n"):
        assert _space_runs(edge) == _space_runs_plain(edge)


def test_rare_space_after_many_quotes() -> None:
    from docproc.normalize import _has_rare_space

    quotes = "“a” – " * 80
    assert not _has_rare_space(quotes)
    assert _has_rare_space(quotes + "x\u2003y")
    assert _has_rare_space("“" + "x\u2003y")
    assert _has_rare_space("𝐀 x\u2003y") and not _has_rare_space("𝐀 “x”")


def test_whitespace_on_real_lines() -> None:
    from docproc.normalize import _space_runs, whitespace

    text = "Căn cứ  Luật \nTổ chức\n\n\nChính phủ\n ngày 19 “tháng” 6 năm 2015; \n\nĐiều 1. "
    assert _space_runs(text) == _space_runs_plain(text)
    assert [(e.start, e.end, e.replacement) for e in whitespace(text)] == [
        (6, 8, " "),
        (12, 13, ""),
        (21, 24, "\n\n"),
        (34, 35, ""),
        (62, 63, ""),
        (72, 73, ""),
    ]


@settings(max_examples=400, deadline=None)
@given(
    _pieces(
        "o", "O", "u", "U", "q", "Q", "à", "á", "ả", "ẹ", "À", "É", "ỷ", "ý", "Ỵ", "a", "y", " ", "h", "\u0301", "𝐀"
    )
)
def test_tone_marks_old_split_by_letter(text: str) -> None:
    from docproc.normalize import _NEW_TO_OLD, _move_tone, tone_marks_old

    plain = [(m.start(1), m.end(1), _move_tone(m.group(1), True)) for m in _NEW_TO_OLD.finditer(text)]
    assert [(e.start, e.end, e.replacement) for e in tone_marks_old(text)] == plain


@settings(max_examples=400, deadline=None)
@given(_pieces("NĐ-", "СР", "Α", "ο", "a", "ệ", " ", "/", "“", "𝐀", "\u0301", "Ԁ", "ѕ"))
def test_lookalikes_block_check(text: str) -> None:
    from docproc.normalize import _high_bytes, _lookalikes, lookalikes

    table = _lookalikes()[2]
    if not any(c in table for c in text):
        assert lookalikes(text) == []
    if all(ord(c) < 0x10000 for c in text):
        assert _high_bytes(text) == bytes(ord(c) >> 8 for c in text)

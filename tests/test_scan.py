"""The fast paths of the extractors give exactly what the plain, slow version gives.

Each speed-up (keyword pre-scan, patterns reordered so the regex engine can skip ahead, work done
only inside candidate runs) is checked against the obvious implementation it replaced, on
generated text made of the pieces that matter (hypothesis) and on real sentences.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from docproc.normalize import _WHITESPACE, Edit, tone_marks_new, tone_marks_old, whitespace
from docproc.scan import Keywords, finditer_at, with_initial_case
from docproc.segment import _CELL, Line, lines


def pieces(*words: str) -> st.SearchStrategy[str]:
    return st.lists(st.sampled_from(words), max_size=14).map("".join)


# -- keywords and finditer_at -------------------------------------------------------------------
def test_keywords_find_overlapping_starts() -> None:
    kw = Keywords(["Bộ luật", "luật", "Luật"])
    assert kw.starts("Căn cứ Bộ luật Dân sự, Luật số 1") == [7, 10, 23]
    assert "theo Luật" in kw and "không có gì" not in kw
    with pytest.raises(ValueError):
        Keywords([""])


def test_with_initial_case() -> None:
    assert with_initial_case(["Nghị định"]) == {"nghị định", "Nghị định"}


@settings(max_examples=400, deadline=None)
@given(
    pieces("Nghị định", "nghị định", "Luật", "Bộ luật", "Thông tư", " ", "số ", "1/", "2020/NĐ-CP", "này", "x", "\n")
)
def test_reference_types_found_at_keywords_only(text: str) -> None:
    from docproc.extract.references import _type_re, _type_words

    slow = [m.span() for m in _type_re().finditer(text)]
    fast = [m.span() for m in finditer_at(_type_re(), text, _type_words().starts(text))]
    assert fast == slow


# -- organisations: first words of names ----------------------------------------------------
def _capitalised_slow(text: str) -> list[tuple[int, int, str]]:
    from docproc.extract.organizations import _CAPITALISED, _first_words

    out = []
    for m in _CAPITALISED.finditer(text):
        word = m.group(0).casefold().rstrip(".")
        if word in _first_words():
            out.append((m.start(), m.end(), word))
    return out


@settings(max_examples=400, deadline=None)
@given(pieces("Bộ", "BỘ", "bộ", "TT", "&", ".", "-", "/", " ", "Sở", "UBND", "Ủy", "*", "(", "1", "x", "Nội vụ"))
def test_capitalised_first_words(text: str) -> None:
    from docproc.extract.organizations import _capitalised

    assert _capitalised(text) == _capitalised_slow(text)


def test_capitalised_inside_a_longer_word() -> None:
    from docproc.extract.organizations import _capitalised

    text = "- Sở TT&TT (cập nhật); Bộ Nội vụ"
    assert [w for _, _, w in _capitalised(text)] == ["sở", "bộ"] == [w for _, _, w in _capitalised_slow(text)]


# -- normalisation ----------------------------------------------------------------------------
def _whitespace_slow(text: str) -> list[Edit]:
    edits = []
    for m in _WHITESPACE.finditer(text):
        s = m.group()
        rep = (
            "\n\n" if m.lastgroup == "blank" else "" if m.lastgroup in ("trail", "lead") else "\t" if "\t" in s else " "
        )
        if rep != s:
            edits.append(Edit(m.start(), m.end(), rep))
    return edits


@settings(max_examples=600, deadline=None)
@given(pieces(" ", " ", "\t", "\n", "\f", "\u00a0", "\u2003", "\u205f", "a", "bc", "\n\n"))
def test_whitespace_scans_only_runs(text: str) -> None:
    assert whitespace(text) == _whitespace_slow(text)


def test_whitespace_on_a_real_line() -> None:
    text = "  Căn cứ  Luật Tổ chức Chính phủ \n\n\n\nngày 19 tháng 6 năm 2015;\t "
    assert whitespace(text) == _whitespace_slow(text)
    assert len(whitespace(text)) == 5


_TONES_SLOW = {
    "old": r"(?<![qQ])([oO][{a}]|[uU][{y}])(?![\w\u0300-\u036f])",
    "new": r"(?<![qQ])([{o}][aeAE]|[{u}][yY])(?![\w\u0300-\u036f])",
}


@settings(max_examples=400, deadline=None)
@given(pieces("o", "O", "u", "U", "q", "Q", "à", "á", "ỷ", "ý", "ò", "ủ", "a", "e", "y", " ", "h", "\u0301"))
def test_tone_mark_patterns(text: str) -> None:
    from docproc.normalize import _NEW_TO_OLD, _OLD_TO_NEW, _with_tones

    slow_old = re.compile(_TONES_SLOW["old"].format(a=_with_tones("aeAE"), y=_with_tones("yY")))
    slow_new = re.compile(_TONES_SLOW["new"].format(o=_with_tones("oO"), u=_with_tones("uU")))
    for slow, fast in ((slow_old, _NEW_TO_OLD), (slow_new, _OLD_TO_NEW)):
        assert [m.span(1) for m in fast.finditer(text)] == [m.span(1) for m in slow.finditer(text)]


def test_tone_marks_on_words() -> None:
    assert [e.replacement for e in tone_marks_old("hoà thuỷ quý")] == ["òa", "ủy"]
    assert [e.replacement for e in tone_marks_new("hòa thủy quý")] == ["oà", "uỷ"]


# -- lines ------------------------------------------------------------------------------------
def _lines_slow(text: str) -> list[Line]:
    out: list[Line] = []
    pos = 0
    for m in re.finditer(r"[^\n\f]*", text):
        if m.start() < pos:
            continue
        pos = m.end() + 1
        cells = [c for c in _CELL.finditer(m.group(0)) if c.group(0).strip()]
        if not cells:
            out.append(Line(len(out), m.start(), m.start(), ""))
        for c in cells:
            raw = c.group(0)
            start = m.start() + c.start() + len(raw) - len(raw.lstrip())
            out.append(Line(len(out), start, start + len(raw.strip()), raw.strip()))
    return out


@settings(max_examples=400, deadline=None)
@given(pieces("a", "Số", " ", "\t", "\n", "\f", "\u00a0", "\r", "ĐẾN"))
def test_lines(text: str) -> None:
    assert lines(text) == _lines_slow(text)


@settings(max_examples=300, deadline=None)
@given(pieces("A", "b", " ", "Đ", "1", ".", "\t", "ư", "\u00a0", "-", "CHỦ TỊCH", "Nguyễn"))
def test_upper_prefix_check(text: str) -> None:
    from docproc.extract.header import _has_upper_prefix, _split_upper_prefix

    assert _has_upper_prefix(text) == bool(_split_upper_prefix(text)[0])

"""Fast candidate search for the extractors: find literal keywords in one pass (Aho–Corasick, the
``pyahocorasick`` C library), then try a full pattern only where a keyword starts.

Most extractor patterns can only match where one of a few hundred words starts ("Nghị định",
"ngày", "Bộ"). Scanning a whole text with such a pattern makes the regex engine try every
character; the keyword pass finds the few places that matter at C speed, and
:func:`finditer_at` gives exactly the matches ``pattern.finditer`` would (same spans, same order)
as long as every match of ``pattern`` starts where a keyword starts.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

import ahocorasick


class Keywords:
    """A set of literal keywords and where they start in a text.

    >>> Keywords(["Nghị định", "nghị định"]).starts("Căn cứ Nghị định số 1")
    [7]
    """

    def __init__(self, words: Iterable[str]) -> None:
        self.words = tuple(sorted({w for w in words if w}))
        if not self.words:
            raise ValueError("Keywords needs at least one non-empty word")
        auto = ahocorasick.Automaton()
        for w in self.words:
            auto.add_word(w, len(w))
        auto.make_automaton()
        self._auto = auto

    def starts(self, text: str) -> list[int]:
        """Sorted, distinct start offsets of every keyword occurrence (overlaps included)."""
        return sorted({end - n + 1 for end, n in self._auto.iter(text)})

    def __contains__(self, text: str) -> bool:
        """Whether ``text`` holds any keyword."""
        for _ in self._auto.iter(text):
            return True
        return False


def literal_starts(text: str, words: Iterable[str]) -> list[int]:
    """Sorted start offsets of every occurrence of a few literal ``words`` (``str.find``, which
    runs at memory speed: the cheapest scan when the words are few)."""
    out: list[int] = []
    for w in words:
        i = text.find(w)
        while i >= 0:
            out.append(i)
            i = text.find(w, i + 1)
    out.sort()
    return out


def at_word_start(alternatives: Iterable[tuple[str, str]], word_chars: str) -> str:
    """``(?<![word_chars])(?:[Hh]ằng năm|[Đđ]ịnh kỳ|…)`` written to open with one character class:
    ``[HhĐđ…](?<![word_chars].)(?:(?<=[Hh])ằng năm|(?<=[Đđ])ịnh kỳ|…)``, so the regex engine
    skips to those letters in C instead of trying every alternative at every character. Each
    alternative is (the characters it may start with, the regex of the rest); their order is
    kept, so the matches are the same. Alternatives with the same start characters are grouped
    under one look-behind when no two different sets of start characters overlap."""
    alts = list(alternatives)
    firsts = "".join(sorted({c for head, _ in alts for c in head}))
    groups: dict[str, list[str]] = {}
    for head, rest in alts:
        groups.setdefault(head, []).append(rest)
    heads = [set(h) for h in groups]
    if any(a & b for i, a in enumerate(heads) for b in heads[i + 1 :]):  # grouping could reorder them
        body = "|".join(f"(?<=[{re.escape(head)}]){rest}" for head, rest in alts)
    else:
        body = "|".join(f"(?<=[{re.escape(head)}])(?:{'|'.join(rests)})" for head, rests in groups.items())
    return rf"[{re.escape(firsts)}](?<![{word_chars}].)(?:{body})"


def top_level_alternation(regex: str) -> bool:
    """Whether ``regex`` has a "|" outside its groups and character classes: its literals then
    belong to one branch only, so none of them is in every match.

    >>> top_level_alternation("hằng (?:năm|quý)"), top_level_alternation("ngày|tháng")
    (False, True)
    """
    depth, i = 0, 0
    while i < len(regex):
        c = regex[i]
        if c == "\\":
            i += 1
        elif c == "[":
            i = regex.index("]", i + 2 if regex.startswith("[]", i) else i + 1)
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            return True
        i += 1
    return False


def with_initial_case(words: Iterable[str]) -> set[str]:
    """Each word in lower case and with a capital first letter ("nghị định", "Nghị định")."""
    out: set[str] = set()
    for w in words:
        low = w.lower()
        out |= {low, low[:1].upper() + low[1:]}
    return out


def finditer_at(pattern: re.Pattern[str], text: str, starts: Iterable[int]) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` restricted to the candidate ``starts`` (ascending): the same
    matches provided every match of ``pattern`` begins at one of them. Look-behinds still see the
    text before a start."""
    pos = 0
    for s in starts:
        if s < pos:
            continue
        m = pattern.match(text, s)
        if m is not None:
            yield m
            pos = m.end() if m.end() > s else s + 1

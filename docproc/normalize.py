"""Named, composable normalisation steps with an offset map back to the raw text.

Each step is a pure function ``str -> list[Edit]``; :class:`Normalizer` applies the steps in
order and keeps one :class:`~docproc.document.OffsetMap` per step, so every span found in the
normalised text can be taken back to the reader's raw text. Steps are looked up by name in
:data:`STEPS`; any callable of the same shape can be passed instead of a name.

>>> normalize_text("Ủy ban nhân dân tỉnh  Sóc Trăng — Tỉnh uỷ, hoà giải")
'Ủy ban nhân dân tỉnh Sóc Trăng — Tỉnh ủy, hòa giải'
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Literal

from docproc.data import load
from docproc.document import Edit, OffsetMap, apply_edits

Step = Callable[[str], list[Edit]]
ToneStyle = Literal["old", "new"]


def _high_bytes(text: str) -> bytes:
    """The high byte of each UTF-16 code unit of ``text``, at C speed: which 256-character blocks
    occur. ``len(result) == len(text)`` unless ``text`` holds characters outside the BMP (two
    units each); then offsets into the result are not offsets into ``text``.

    The last text's answer is kept (with the text itself, so the identity test cannot be fooled
    by a new string at a freed address): look-alikes and white space ask about the same text
    whenever the steps between them change nothing."""
    last_text, last_high = _LAST_HIGH[0]
    if last_text is text:
        return last_high
    high = text.encode("utf-16-le", "surrogatepass")[1::2]
    _LAST_HIGH[0] = (text, high)
    return high


_LAST_HIGH: list[tuple[str, bytes]] = [("", b"")]


# -- nfc ------------------------------------------------------------------------------------
# A composition never reaches back over an ASCII character, so the text can be normalised
# run by run: an optional ASCII base letter followed by non-ASCII characters.
_NON_ASCII_RUN = re.compile(r"[\x21-\x7e]?[^\x00-\x7f]+")


def nfc(text: str) -> list[Edit]:
    """Unicode NFC: ``"a\\u0301"`` → ``"á"``; Windows-1258's combining tones are composed."""
    if unicodedata.is_normalized("NFC", text):
        return []
    edits = []
    for m in _NON_ASCII_RUN.finditer(text):
        s = m.group()
        n = unicodedata.normalize("NFC", s)
        if n != s:
            edits.append(Edit(m.start(), m.end(), n))
    return edits


# -- invisible characters -------------------------------------------------------------------
_INVISIBLE = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff\ufffe]+")


_INVISIBLE_CHARS = "\u00ad\u200b\u200c\u200d\u2060\ufeff\ufffe"


def invisible(text: str) -> list[Edit]:
    """Drop soft hyphens, zero-width spaces/joiners and stray byte-order marks."""
    if not any(ch in text for ch in _INVISIBLE_CHARS):  # a substring test is much faster than the scan
        return []
    return [Edit(m.start(), m.end(), "") for m in _INVISIBLE.finditer(text)]


# -- Đ --------------------------------------------------------------------------------------
_ETH = re.compile("[\u00d0\u00f0\u0189]")
_ETH_MAP = {"\u00d0": "\u0110", "\u00f0": "\u0111", "\u0189": "\u0110"}


def d_bar(text: str) -> list[Edit]:
    """Icelandic/African eth look-alikes (``Ð`` U+00D0, ``Ɖ``) → Vietnamese ``Đ`` (U+0110)."""
    if not any(ch in text for ch in _ETH_MAP):
        return []
    return [Edit(m.start(), m.end(), _ETH_MAP[m.group()]) for m in _ETH.finditer(text)]


# -- tone marks -----------------------------------------------------------------------------
_TONES = "\u0300\u0301\u0309\u0303\u0323"  # huyền, sắc, hỏi, ngã, nặng


def _with_tones(bases: str) -> str:
    return "".join(unicodedata.normalize("NFC", b + t) for b in bases for t in _TONES)


# old style ("hòa", "ủy"): the tone sits on the first vowel of a final "oa", "oe", "uy"
# (each pattern opens with a character class, so the engine skips to the candidate vowels in C)
_NEW_TO_OLD = re.compile(
    rf"([oOuU](?<![qQ].)(?:(?<=[oO])[{_with_tones('aeAE')}]|(?<=[uU])[{_with_tones('yY')}]))(?![\w\u0300-\u036f])"
)
_OLD_TO_NEW = re.compile(
    rf"([{_with_tones('oOuU')}](?<![qQ].)(?:(?<=[{_with_tones('oO')}])[aeAE]|(?<=[{_with_tones('uU')}])[yY]))"
    r"(?![\w\u0300-\u036f])"
)


def _move_tone(pair: str, to_first: bool) -> str:
    a, b = (unicodedata.normalize("NFD", c) for c in pair)
    tone = next(ch for ch in a + b if ch in _TONES)
    a, b = a.replace(tone, ""), b.replace(tone, "")
    if to_first:
        a += tone
    else:
        b += tone
    return unicodedata.normalize("NFC", a + b)


def _tone_edits(text: str, pattern: re.Pattern[str], to_first: bool) -> list[Edit]:
    return [Edit(m.start(1), m.end(1), _move_tone(m.group(1), to_first)) for m in pattern.finditer(text)]


# ``_NEW_TO_OLD`` split by its first letter: each pattern opens with a literal, which the engine
# finds faster than a character class; two matches never overlap (a match is a letter of "oOuU"
# and a toned vowel that is none of them), so the union of the four, in text order, is exactly
# what ``_NEW_TO_OLD.finditer`` gives
_NEW_TO_OLD_BY_LETTER = tuple(
    re.compile(rf"({v}(?<![qQ]{v})[{_with_tones(second)}])(?![\w\u0300-\u036f])")
    for v, second in (("o", "aeAE"), ("O", "aeAE"), ("u", "yY"), ("U", "yY"))
)


def tone_marks_old(text: str) -> list[Edit]:
    """Tone on the first vowel of a final ``oa``/``oe``/``uy``: ``hoà`` → ``hòa``, ``uỷ`` → ``ủy``."""
    found = [m for pattern in _NEW_TO_OLD_BY_LETTER for m in pattern.finditer(text)]
    found.sort(key=lambda m: m.start())
    return [Edit(m.start(1), m.end(1), _move_tone(m.group(1), True)) for m in found]


def tone_marks_new(text: str) -> list[Edit]:
    """Tone on the second vowel of a final ``oa``/``oe``/``uy``: ``hòa`` → ``hoà``, ``ủy`` → ``uỷ``."""
    return _tone_edits(text, _OLD_TO_NEW, to_first=False)


# -- look-alike letters in symbols ----------------------------------------------------------
@cache
def _lookalikes() -> tuple[re.Pattern[str], re.Pattern[str], dict[str, str], tuple[bytes, ...]]:
    table: dict[str, str] = load("lookalikes.json")["map"]
    found = re.compile(f"[{''.join(table)}]")
    # the token around a look-alike: letters, digits, '/', '-', '.' and combining marks
    token_char = re.compile(r"[\w/\-.\u0300-\u036f]")
    # the 256-character blocks of the look-alikes (Greek, Cyrillic: none of them in Vietnamese text)
    blocks = tuple(bytes([b]) for b in sorted({ord(c) >> 8 for c in table}))
    return found, token_char, table, blocks


_LATIN_OR_SYMBOL = re.compile(r"[A-Za-z0-9/\-\u00c0-\u024f\u1e00-\u1eff]")


def lookalikes(text: str) -> list[Edit]:
    """Cyrillic/Greek look-alike letters inside document symbols → Latin (``NĐ-СР`` → ``NĐ-CP``).

    Only tokens that hold a look-alike are looked at, so the cost stays linear on any input."""
    found, token_char, table, blocks = _lookalikes()
    if all(ord(c) < 0x10000 for c in table):  # BMP characters: their blocks show in the high bytes
        high = _high_bytes(text)
        if not any(b in high for b in blocks):
            return []
    edits: list[Edit] = []
    end = -1
    for m in found.finditer(text):
        if m.start() < end:
            continue
        start = m.start()
        while start > 0 and token_char.match(text, start - 1):
            start -= 1
        end = m.end()
        while end < len(text) and token_char.match(text, end):
            end += 1
        tok = text[start:end]
        rest = "".join(ch for ch in tok if ch not in table)
        if _LATIN_OR_SYMBOL.search(rest):
            edits.append(Edit(start, end, "".join(table.get(ch, ch) for ch in tok)))
    return edits


# -- hyphenation and broken lines -----------------------------------------------------------
_HYPHEN_BREAK = re.compile(r"([^\W\d_]+)-[ \t]*\n[ \t]*([^\W\d_]+)")


def dehyphenate(text: str) -> list[Edit]:
    """Join a syllable split across lines by a hyphen (``ngh-\\nĩa`` → ``nghĩa``).

    Only where the joined form is a Vietnamese syllable and the two halves are not both
    syllables, so real hyphens (``kinh tế -\\nxã hội``, ``Quảng Nam-\\nĐà Nẵng``) stay.
    """
    from docproc.vietnamese import is_syllable

    edits = []
    for m in _HYPHEN_BREAK.finditer(text):
        a, b = m.group(1), m.group(2)
        if not b[0].islower():
            continue
        if is_syllable(a + b) and not (is_syllable(a) and is_syllable(b)):
            edits.append(Edit(m.end(1), m.start(2), ""))
    return edits


# a line that does not end a sentence, followed by a line that starts in lower case
_BROKEN_LINE = re.compile(r"(?<=[^\s.:;!?\-–—])[ \t]*\n[ \t]*(?=[^\W\d_])")


def join_lines(text: str) -> list[Edit]:
    """Join lines that a PDF or OCR layout broke inside a sentence (next line in lower case)."""
    edits = []
    for m in _BROKEN_LINE.finditer(text):
        nxt = text[m.end()]
        if nxt.islower():
            edits.append(Edit(m.start(), m.end(), " "))
    return edits


# -- whitespace -----------------------------------------------------------------------------
_WHITESPACE = re.compile(
    r"(?P<blank>\n[ \t\u00a0]*\n(?:[ \t\u00a0]*\n)+)"
    r"|(?P<trail>[ \t\u00a0\u2000-\u200a\u202f\u3000]+(?=\r|\n|\f|$))"
    r"|(?P<lead>(?:(?<=\n)|(?<=\f)|^)[ \u00a0\u2000-\u200a\u202f\u3000]+)"
    r"|(?P<run>[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]{2,}|[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000])"
)


_CR = re.compile(r"\r\n?")


def newlines(text: str) -> list[Edit]:
    """Windows and old Mac line ends (``\\r\\n``, ``\\r``) → ``\\n``."""
    return [Edit(m.start(), m.end(), "\n") for m in _CR.finditer(text)]


_SPACE_CHARS = "\t\n\f\r \u00a0\u1680\u2000-\u200a\u202f\u205f\u3000"
# a white-space run that may need an edit: anything but one plain space, one line break or one
# blank line between two characters (the pattern starts with a character class, so the engine
# skips to white space in C)
_SPACE_RUN = re.compile(
    rf"[{_SPACE_CHARS}](?!(?<=\n)\n(?![{_SPACE_CHARS}]))(?:(?<![ \n])|[{_SPACE_CHARS}])[{_SPACE_CHARS}]*"
)


# white space other than the plain space and the line break: rare
_RARE_SPACE = re.compile("[\t\f\r\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
_WIDE_SPACES = frozenset("\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f")


def _has_rare_space(text: str) -> bool:
    """``_RARE_SPACE.search(text) is not None``, mostly without a regex scan: the Latin-1 ones are
    found with ``str.__contains__`` (memchr), U+1680 and U+3000 by their 256-character blocks, and
    the spaces of U+2000–U+205F among the few characters of that block (quotes, dashes)."""
    if "\t" in text or "\f" in text or "\r" in text or "\u00a0" in text:
        return True
    high = _high_bytes(text)
    if b"\x16" in high or b"\x30" in high or len(high) != len(text):
        return _RARE_SPACE.search(text) is not None
    k = high.find(b"\x20")
    seen = 0
    while k >= 0:
        if text[k] in _WIDE_SPACES:
            return True
        seen += 1
        if seen > 64:  # a text full of quotes and dashes: let the regex engine look at the rest
            return _RARE_SPACE.search(text, k + 1) is not None
        k = high.find(b"\x20", k + 1)
    return False


# a line break next to a space or opening three line breaks (the pattern opens with a literal)
_NEWLINE_PAIR = re.compile(r"\n(?:(?<= \n)|(?= |\n\n))")
_SPACE_SET = frozenset(" \n")


def _space_runs(text: str) -> list[tuple[int, int]]:
    """The spans ``_SPACE_RUN.finditer`` gives: the maximal white-space runs other than one space,
    one line break or one blank line (``"\\n\\n"``).

    Without the rare white space (tab, page break, no-break and wide spaces), such a run is made
    of spaces and line breaks and holds ``"  "``, ``" \\n"``, ``"\\n "`` or ``"\\n\\n\\n"``: those
    are found with ``str.find`` and a pattern that opens with a literal, instead of trying
    ``_SPACE_RUN`` at every space of the text."""
    if _has_rare_space(text):
        return [m.span() for m in _SPACE_RUN.finditer(text)]
    hits = [m.start() for m in _NEWLINE_PAIR.finditer(text)]
    i = text.find("  ")
    if i >= 0:
        while i >= 0:
            hits.append(i)
            i = text.find("  ", i + 2)
        hits.sort()
    runs: list[tuple[int, int]] = []
    end = -1
    n = len(text)
    for i in hits:
        if i < end:
            continue
        start = i
        while start > 0 and text[start - 1] in _SPACE_SET:
            start -= 1
        end = i + 1
        while end < n and text[end] in _SPACE_SET:
            end += 1
        runs.append((start, end))
    return runs


def whitespace(text: str) -> list[Edit]:
    """Runs of spaces → one space (a run with a tab → one tab); no
    trailing or leading spaces on a line; at most one blank line between paragraphs.

    Implemented as one left-to-right scan so the edits never overlap; ``_WHITESPACE`` is only
    tried inside the white-space runs that can need an edit (plus a lone space opening or
    closing the text), with one character of context after each run.
    """
    runs = _space_runs(text)
    if text.startswith(" ") and (not runs or runs[0][0] != 0):
        runs.insert(0, (0, 1))
    if text.endswith(" ") and (not runs or runs[-1][1] != len(text)):
        runs.append((len(text) - 1, len(text)))
    edits: list[Edit] = []
    for start, end in runs:
        for m in _WHITESPACE.finditer(text, start, min(len(text), end + 1)):
            kind = m.lastgroup
            s = m.group()
            if kind == "blank":
                rep = "\n\n"
            elif kind in ("trail", "lead"):
                rep = ""
            else:
                rep = "\t" if "\t" in s else " "
            if rep != s:
                edits.append(Edit(m.start(), m.end(), rep))
    return edits


_SPACED_RUN = re.compile(r"[^\W\d_]+(?: [^\W\d_]+)+")
#: words seen to be longer than three letters or Vietnamese syllables: whether a word is, is a
#: function of the word alone, so the set is kept across texts and most runs pass one set test
_REJOIN_GOOD: set[str] = set()


def rejoin(text: str) -> list[Edit]:
    """Close spaces a web page put inside words (thuvienphapluat: ``B Ộ`` → ``BỘ``,
    ``Nh ư tr ê n`` → ``Như trên``): a fragment that is not a Vietnamese syllable is joined to the
    next one(s) when together they make one; real words and abbreviations are left alone."""
    from docproc.vietnamese import is_syllable

    ok = lru_cache(maxsize=1 << 14)(is_syllable)
    good = _REJOIN_GOOD
    if len(good) > 1 << 16:
        good.clear()

    edits: list[Edit] = []
    for m in _SPACED_RUN.finditer(text):
        toks = m.group().split(" ")
        if good.issuperset(toks):
            continue  # only a short fragment that is not a syllable starts a join
        if all(len(t) > 3 or ok(t) for t in toks):
            good.update(toks)
            continue
        pos = [m.start()]
        for t in toks[:-1]:
            pos.append(pos[-1] + len(t) + 1)
        merged_prev = False  # the previous group was built from fragments
        group = ""
        i = 0
        while i < len(toks):
            tok = toks[i]
            if ok(tok) or len(tok) > 3:
                group, merged_prev, i = tok, False, i + 1
                continue
            take = next((n for n in (1, 2, 3) if i + n < len(toks) and ok("".join(toks[i : i + n + 1]))), 0)
            if take:
                edits.extend(Edit(pos[k] - 1, pos[k], "") for k in range(i + 1, i + take + 1))
                group, merged_prev, i = "".join(toks[i : i + take + 1]), True, i + take + 1
            elif merged_prev and ok(group + tok):
                edits.append(Edit(pos[i] - 1, pos[i], ""))
                group, i = group + tok, i + 1
            else:
                group, merged_prev, i = tok, False, i + 1
    return edits


#: every step docproc knows by name
STEPS: dict[str, Step] = {
    "nfc": nfc,
    "invisible": invisible,
    "d_bar": d_bar,
    "tone_marks_old": tone_marks_old,
    "tone_marks_new": tone_marks_new,
    "lookalikes": lookalikes,
    "dehyphenate": dehyphenate,
    "join_lines": join_lines,
    "newlines": newlines,
    "whitespace": whitespace,
    "rejoin": rejoin,
}

#: steps for text that comes as text (txt, md, docx, html); character fixes precede NFC so
#: that what they uncover (a Latin letter before a combining mark) is composed too
TEXT_STEPS = ("newlines", "invisible", "d_bar", "lookalikes", "nfc", "tone_marks", "whitespace")
#: steps for text laid out on pages (PDF text layers, OCR): also mend broken lines
LAYOUT_STEPS = (*TEXT_STEPS, "dehyphenate", "join_lines")


@dataclass(frozen=True)
class Normalizer:
    """Apply named steps in order. ``"tone_marks"`` resolves to the configured ``tone_style``
    (``"old"``: ``hòa``, ``ủy`` — the style most of our documents use; ``"new"``: ``hoà``,
    ``uỷ``; ``None`` leaves tone marks as they are)."""

    steps: Sequence[str | Step] = TEXT_STEPS
    tone_style: ToneStyle | None = "old"

    def resolved(self) -> list[tuple[str, Step]]:
        out: list[tuple[str, Step]] = []
        for s in self.steps:
            if callable(s):
                out.append((getattr(s, "__name__", "custom"), s))
            elif s == "tone_marks":
                if self.tone_style is not None:
                    name = f"tone_marks_{self.tone_style}"
                    out.append((name, STEPS[name]))
            elif s in STEPS:
                out.append((s, STEPS[s]))
            else:
                raise ValueError(f"unknown normalisation step {s!r}; known: {', '.join(sorted(STEPS))}")
        return out

    def __call__(self, text: str) -> tuple[str, tuple[OffsetMap, ...], tuple[str, ...]]:
        """Normalised text, the offset maps (one per step that changed something) and the names
        of the steps applied."""
        maps: list[OffsetMap] = []
        names: list[str] = []
        for name, step in self.resolved():
            edits = step(text)
            names.append(name)
            if edits:
                text, m = apply_edits(text, edits)
                if not m.is_identity():
                    maps.append(m)
        return text, tuple(maps), tuple(names)


def normalize_text(text: str, steps: Sequence[str | Step] = TEXT_STEPS, tone_style: ToneStyle | None = "old") -> str:
    """Normalised ``text`` (no offsets): a convenience for notebooks and tests."""
    return Normalizer(steps, tone_style)(text)[0]

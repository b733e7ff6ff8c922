"""Vietnamese orthography helpers: is a token a well-formed Vietnamese syllable?

A syllable is an optional onset, a vowel nucleus (with its glides) and an optional final
consonant, carrying at most one tone mark. The check is structural, not lexical: "ơng" passes,
"hello" and "ngh" do not. Tone marks are stripped with one ``str.translate`` table and the
remaining letters are matched with one compiled regex, so whole documents are cheap to score.

>>> [is_syllable(t) for t in ("nghiêng", "khuỷu", "Đảng", "hello", "tr")]
[True, True, True, False, False]
>>> syllable_ratio("Ủy ban nhân dân hello")
0.8
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache

__all__ = ["fold_diacritics", "is_syllable", "strip_tones", "syllable_ratio"]

_VOWELS = "aăâeêioôơuưy"
_TONE_MARKS = ("\u0300", "\u0301", "\u0303", "\u0309", "\u0323")  # huyền, sắc, ngã, hỏi, nặng


def _tone_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for vowel in _VOWELS:
        for mark in _TONE_MARKS:
            for base in (vowel, vowel.upper()):
                toned = unicodedata.normalize("NFC", base + mark)
                if len(toned) == 1:
                    table[ord(toned)] = base
    return table


_STRIP = _tone_table()
_TONED = "".join(sorted(chr(c) for c in _STRIP))
_TWO_TONES = re.compile(f"[{_TONED}][^{_TONED}]*[{_TONED}]")

# fmt: off
_ONSETS = (
    "ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "qu", "th", "tr", "b", "c", "d",
    "đ", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x",
)
# Vowel nuclei with their on- and off-glides (tones stripped): a, ai, iêu, uyên's "uyê", ...
_NUCLEI = (
    "a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y",
    "ai", "ao", "au", "ay", "âu", "ây", "eo", "êu", "ia", "iê", "iu", "oa", "oă", "oe", "oi",
    "oo", "ôi", "ơi", "ua", "uâ", "uê", "ui", "uô", "uơ", "uy", "ưa", "ưi", "ươ", "ưu", "yê",
    "iêu", "yêu", "oai", "oao", "oay", "oeo", "uây", "uôi", "uya", "uyê", "uyu", "ươi", "ươu",
)
_CODAS = ("ch", "ng", "nh", "c", "m", "n", "p", "t")
# fmt: on


def _alternation(items: tuple[str, ...]) -> str:
    return "|".join(sorted(items, key=lambda s: (-len(s), s)))


_SYLLABLE = re.compile(f"(?:{_alternation(_ONSETS)})?(?:{_alternation(_NUCLEI)})(?:{_alternation(_CODAS)})?")
_WORD = re.compile(r"[^\W\d_]+")


def strip_tones(text: str) -> str:
    """Drop the five tone marks from precomposed letters (vowel marks stay): ``"Ủy"`` → ``"Uy"``."""
    return text.translate(_STRIP)


@lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    if ch in "đĐ":
        return "d" if ch == "đ" else "D"
    base = unicodedata.normalize("NFD", ch)[0]
    return ch if unicodedata.combining(base) else base


def fold_diacritics(text: str) -> str:
    """Every letter without its marks, one character for one (``"Đảng ủy"`` → ``"Dang uy"``).

    Length-preserving on NFC text, so offsets found in the folded text hold in the original.
    """
    if text.isascii():
        return text
    return text.translate(_fold_table())


@cache
def _fold_table() -> dict[int, str]:
    """``str.translate`` table of the Latin letters with marks (U+00C0–U+1EFF) to their bases."""
    return {cp: _fold_char(chr(cp)) for cp in range(0xC0, 0x1F00) if _fold_char(chr(cp)) != chr(cp)}


def _nfc_lower(text: str) -> str:
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    return text.lower()


@lru_cache(maxsize=1 << 16)
def _valid(token: str) -> bool:
    """``token`` is NFC and lower-cased (cached: a text has a few thousand distinct syllables)."""
    if _TWO_TONES.search(token):
        return False
    return _SYLLABLE.fullmatch(token.translate(_STRIP)) is not None


def is_syllable(token: str) -> bool:
    """Whether ``token`` (one word, any case, tone marks allowed) is a well-formed Vietnamese syllable."""
    return _valid(_nfc_lower(token))


def syllable_ratio(text: str) -> float:
    """Share of the words (runs of letters) of ``text`` that are Vietnamese syllables; 0.0 without words."""
    words = _WORD.findall(_nfc_lower(text))
    if not words:
        return 0.0
    return sum(1 for w in words if _valid(w)) / len(words)


def _upper_letters() -> str:
    import unicodedata

    return "".join(
        c for c in map(chr, range(0x41, 0x1F00)) if c.isupper() and unicodedata.name(c, "").startswith("LATIN")
    )


#: a regex character class of the upper-case Latin letters Vietnamese uses (``[A-ZĐÀ-Ỹ]`` would
#: also take the lower-case letters that sit between those code points)
UPPER = "[" + _upper_letters() + "]"

"""Legacy Vietnamese font encodings, TCVN3 ("ABC", .VnTime fonts) and VNI-Windows, to Unicode.

Archives typed before Unicode hold Vietnamese in 8-bit font encodings. Read without the font, such
text shows up as cp1252 mojibake: ``"Uû ban nh©n d©n"`` (TCVN3) or ``"UÛy ban nhaân daân"`` (VNI)
for "Ủy ban nhân dân". The code tables live in ``docproc/data/legacy_encodings.json`` (loaded once,
on first use) and map the cp1252-decoded legacy sequence to the Unicode letter.

* TCVN3 is one byte per letter and has only seven capitals (Ă Â Ê Ô Ơ Ư Đ): the 60 tone-marked
  capitals are written with the lower-case code (an all-capital font did the rest).
  :func:`decode_legacy` restores them inside all-capital words (``"CHØ THÞ"`` → ``"CHỈ THỊ"``); a
  tone-marked capital opening a title-case word (``"Ủy"`` → ``"ủy"``) is lost.
* VNI is a base letter followed by one diacritic byte (``"aâ"`` = â, ``"aá"`` = ấ), with ơ ư đ,
  tone-marked i and ỵ as single bytes; it has every capital, so it round-trips exactly.

:func:`detect_legacy` decides from the text alone whether it is TCVN3 or VNI mojibake: Unicode
Vietnamese, English and other Latin-1 text are left alone. :func:`fix_legacy` detects and converts.
Run it before any normalisation step that drops soft hyphens: TCVN3 writes ư as byte 0xAD.

>>> decode_legacy("Vieät Nam", "vni")
'Việt Nam'
>>> fix_legacy("Uû ban nh©n d©n tØnh")
('Uỷ ban nhân dân tỉnh', 'tcvn3')
>>> fix_legacy("Ủy ban nhân dân tỉnh")
('Ủy ban nhân dân tỉnh', None)
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from typing import Literal

from docproc.data import load
from docproc.vietnamese import is_syllable

__all__ = [
    "ENCODINGS",
    "LegacyEncoding",
    "decode_cp1252",
    "decode_legacy",
    "decode_legacy_bytes",
    "detect_legacy",
    "encode_legacy",
    "encode_legacy_bytes",
    "fix_legacy",
]

LegacyEncoding = Literal["tcvn3", "vni"]
EncodeErrors = Literal["strict", "replace", "ignore"]
ENCODINGS: tuple[LegacyEncoding, ...] = ("tcvn3", "vni")

_DATA_FILE = "legacy_encodings.json"

# Detection thresholds (see detect_legacy).
_MAX_WORDS = 3000  # distinct words looked at: enough to decide, and detection stays O(1) ...
_MAX_SCANNED = 30_000  # ... on long texts (words scanned, about 150 kB)
_MIN_TOKENS = 3  # words changed by the conversion
_MIN_CONVERTED = 3  # legacy sequences converted
_MIN_VALID_SHARE = 0.6  # share of the changed words that are Vietnamese syllables after conversion
_MIN_GAIN = 0.3  # ... minus that share before conversion
_MIN_TEXT_SHARE = 0.5  # share of all the (distinct) words that are syllables after conversion
_UTF8_GUARD = 4  # 1 UTF-8 byte pair (read as cp1252) per 4 legacy characters means UTF-8 mojibake
_UNICODE_GUARD = 10  # 1 Unicode-only Vietnamese letter per 10 legacy characters means "already Unicode"

# Vietnamese letters outside Latin-1, and the combining tones of Windows-1258 / NFD text: legacy
# mojibake never holds them.
_VN_UNICODE = re.compile("[ăĂđĐĩĨũŨơƠưƯ\u1ea0-\u1ef9\u0300\u0301\u0303\u0309\u0323]")
_WORD = re.compile(r"[^\W\d_]+")
_ASCII_LETTER = re.compile("[A-Za-z]")
_SPACES = re.compile("[ \u00a0]+")
_CONTEXT = 120  # characters looked at on each side of a word whose case is undecided
# Capitals of Latin-1 and Vietnamese: words made of these and case-less letters may be in capitals.
_CAPITALS = "A-Z\u00c0-\u00d6\u00d8-\u00deĂÂÊÔƠƯĐĨŨ\u1ea0-\u1ef8"


# -- cp1252 with its five undefined bytes read as latin-1 -------------------------------------
@cache
def _cp1252_table() -> str:
    chars = []
    for byte in range(256):
        try:
            chars.append(bytes([byte]).decode("cp1252"))
        except UnicodeDecodeError:  # 0x81 0x8D 0x8F 0x90 0x9D: C1 controls, as Windows reads them
            chars.append(chr(byte))
    return "".join(chars)


@cache
def _cp1252_encoding_map() -> object:
    return codecs.charmap_build(_cp1252_table())


def decode_cp1252(data: bytes) -> str:
    """``data`` decoded as cp1252, the undefined bytes 0x81 0x8D 0x8F 0x90 0x9D as U+0081 … U+009D."""
    text: str = codecs.charmap_decode(data, "strict", _cp1252_table())[0]
    return text


# -- code tables -------------------------------------------------------------------------------
@dataclass(frozen=True)
class _Codec:
    name: LegacyEncoding
    table: Mapping[str, str]  # legacy sequence -> Unicode letter
    encode_map: Mapping[int, str]  # ord(Unicode letter) -> legacy sequence, for str.translate
    single: Mapping[int, str] | None  # str.translate table when every sequence is one character
    sequences: re.Pattern[str]  # every sequence that changes on decoding, longest first
    unrepresentable: re.Pattern[str] | None  # characters encode_legacy cannot write
    caseless: frozenset[str]  # decoded letters whose capital has no code
    capital_candidate: re.Pattern[str] | None  # words holding a case-less letter and no lower-case letter


def _char_class(chars: Iterable[str]) -> str:
    return "[" + "".join(re.escape(c) for c in sorted(chars)) + "]"


def _sequence_pattern(keys: Iterable[str]) -> re.Pattern[str]:
    """One regex for a set of literal sequences, longest alternatives first (greedy longest match)."""
    keys = sorted(set(keys))
    longer = sorted((k for k in keys if len(k) > 2), key=lambda k: (-len(k), k))
    pairs: dict[str, list[str]] = {}
    for k in keys:
        if len(k) == 2:
            pairs.setdefault(k[0], []).append(k[1])
    singles = [k for k in keys if len(k) == 1]
    parts = [re.escape(k) for k in longer]
    parts += [re.escape(first) + _char_class(rest) for first, rest in sorted(pairs.items())]
    if singles:
        parts.append(_char_class(singles))
    return re.compile("|".join(parts))


def _str_map(value: object, what: str) -> dict[str, str]:
    if not isinstance(value, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in value.items()):
        raise ValueError(f"{_DATA_FILE}: {what} must map strings to strings")
    return dict(value)


def _check(encoding: str) -> LegacyEncoding:
    if encoding == "tcvn3":
        return "tcvn3"
    if encoding == "vni":
        return "vni"
    raise ValueError(f"unknown legacy encoding {encoding!r}; expected one of {ENCODINGS}")


def _capital_candidate(caseless: frozenset[str]) -> re.Pattern[str]:
    letters = _CAPITALS + "".join(sorted(caseless))
    return re.compile(f"(?<![^\\W\\d_])[{letters}]*{_char_class(caseless)}[{letters}]*(?![^\\W\\d_])")


@cache
def _codec(encoding: LegacyEncoding) -> _Codec:
    entry = load(_DATA_FILE)["encodings"][encoding]
    table = _str_map(entry["table"], f"{encoding}.table")
    encode: dict[str, str] = {}
    for legacy, letter in table.items():
        if len(letter) != 1 or letter in encode or not legacy:
            raise ValueError(f"{_DATA_FILE}: {encoding}.table: bad or duplicate entry {legacy!r}: {letter!r}")
        encode[letter] = legacy
    lost = str(entry.get("unrepresentable_capitals", ""))
    for capital in lost:  # written with the lower-case code
        encode[capital] = encode[capital.lower()]
    caseless = frozenset(c.lower() for c in lost)

    legacy_chars = {c for k in table for c in k if not c.isascii()}
    cannot = legacy_chars - set(encode)  # e.g. "©" in TCVN3 (that byte is â): no way to write it
    changing = [k for k, v in table.items() if k != v]
    single = {ord(k): v for k, v in table.items() if k != v} if all(len(k) == 1 for k in table) else None
    return _Codec(
        name=encoding,
        table=table,
        encode_map={ord(k): v for k, v in encode.items() if k != v},
        single=single,
        sequences=_sequence_pattern(changing),
        unrepresentable=re.compile(_char_class(cannot)) if cannot else None,
        caseless=caseless,
        capital_candidate=_capital_candidate(caseless) if caseless else None,
    )


@cache
def _legacy_chars() -> frozenset[str]:
    """The non-ASCII characters of every legacy sequence of every table."""
    return frozenset(c for enc in ENCODINGS for k in _codec(enc).table for c in k if not c.isascii())


@cache
def _any_legacy() -> re.Pattern[str]:
    return re.compile(_char_class(_legacy_chars()))


@cache
def _candidate_token() -> re.Pattern[str]:
    """Words in mojibake: letters plus the legacy characters that are not letters (© « · ¸ ¹ …)."""
    symbols = {c for c in _legacy_chars() if not c.isalpha()}
    return re.compile(r"(?:[^\W\d_]|" + _char_class(symbols) + ")+")


# -- encode --------------------------------------------------------------------------------------
def encode_legacy(text: str, encoding: LegacyEncoding, errors: EncodeErrors = "strict") -> str:
    """Unicode → legacy text, in its cp1252-decoded form (what a reader sees): fixtures from real text.

    Vietnamese letters are written with the legacy code (TCVN3: a tone-marked capital with its
    lower-case code). Other characters pass through, except those whose code the legacy encoding
    gives to a letter (TCVN3 "©" is â, VNI "ö" is ư): ``errors`` "strict" raises
    :class:`UnicodeEncodeError`, "replace" writes "?", "ignore" drops them.
    """
    codec = _codec(_check(encoding))
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    bad = codec.unrepresentable.search(text) if codec.unrepresentable else None
    if bad is not None and codec.unrepresentable is not None:
        if errors == "strict":
            reason = f"{bad.group()!r} has no code in {encoding}"
            raise UnicodeEncodeError(encoding, text, bad.start(), bad.end(), reason)
        text = codec.unrepresentable.sub("?" if errors == "replace" else "", text)
    return text.translate(codec.encode_map)


def encode_legacy_bytes(text: str, encoding: LegacyEncoding, errors: EncodeErrors = "strict") -> bytes:
    """Unicode → legacy bytes (:func:`encode_legacy`, then cp1252); ``errors`` also covers non-cp1252 characters."""
    legacy = encode_legacy(text, encoding, errors)
    data: bytes = codecs.charmap_encode(legacy, errors, _cp1252_encoding_map())[0]  # type: ignore[arg-type]
    return data


# -- decode --------------------------------------------------------------------------------------
def decode_legacy(text: str, encoding: LegacyEncoding, *, restore_case: bool = True) -> str:
    """Legacy text (cp1252-decoded form) → Unicode NFC, by greedy longest match over the code table.

    With ``restore_case`` (TCVN3 only), lower-case letters whose capital TCVN3 lacks are upper-cased
    again in all-capital words; see the module docstring.
    """
    codec = _codec(_check(encoding))
    if codec.single is not None:
        out = text.translate(codec.single)
    else:
        table = codec.table
        out = codec.sequences.sub(lambda m: table[m.group()], text)
    if restore_case and codec.capital_candidate is not None:
        out = _restore_case(out, codec.caseless, codec.capital_candidate)
    if not unicodedata.is_normalized("NFC", out):
        out = unicodedata.normalize("NFC", out)
    return out


def decode_legacy_bytes(data: bytes, encoding: LegacyEncoding, *, restore_case: bool = True) -> str:
    """Legacy bytes → Unicode NFC (:func:`decode_cp1252`, then :func:`decode_legacy`)."""
    return decode_legacy(decode_cp1252(data), encoding, restore_case=restore_case)


def _case_counts(word: str, caseless: frozenset[str]) -> tuple[int, int]:
    """(capitals, lower-case letters) among the letters of ``word`` whose case the encoding records."""
    upper = lower = 0
    for c in word:
        if c in caseless:
            continue
        if c.isupper():
            upper += 1
        elif c.islower():
            lower += 1
    return upper, lower


def _in_capitals(word: str, caseless: frozenset[str]) -> bool | None:
    """True: the word is written in capitals; False: it is not; None: its case cannot be told.

    Capitals when the letters whose case is known are all capitals and either there are two of them
    ("§ÕN" → ĐẾN) or the word does not start with the only one ("ñY" → ỦY). A word whose only known
    letter is its first ("Hµ": Hà or HÀ?) or without any known letter ("ë": ở or Ở?) is undecided.
    """
    upper, lower = _case_counts(word, caseless)
    if lower:
        return False
    if upper >= 2 or (upper == 1 and word[0] in caseless):
        return True
    return None


def _restore_case(text: str, caseless: frozenset[str], capital_candidate: re.Pattern[str]) -> str:
    """Upper-case the case-less letters of words that are written in capitals (see :func:`_in_capitals`).

    An undecided word is upper-cased when, on one side and separated by spaces only, the next word is
    a Vietnamese syllable in capitals holding a non-ASCII letter ("Hµ NéI" → HÀ NỘI), or the next two
    words are syllables in capitals ("Uû BAN NH¢N" → UỶ BAN NHÂN). Acronyms ("Sè Q§", "AI ë" stays
    "AI ở") and undecided neighbours ("Vô KÕ ho¹ch" stays "Vụ Kế hoạch") do not count.
    ``capital_candidate`` finds the words without a lower-case letter of known case.
    """
    pieces: list[str] = []
    last = 0
    for m in capital_candidate.finditer(text):
        word = m.group()
        capitals = _in_capitals(word, caseless)
        if capitals is None:
            capitals = _capital_neighbours(text, m.start(), m.end(), caseless)
        if not capitals:
            continue
        pieces.append(text[last : m.start()])
        pieces.append(word.upper())
        last = m.end()
    if not pieces:
        return text
    pieces.append(text[last:])
    return "".join(pieces)


def _capital_neighbours(text: str, start: int, end: int, caseless: frozenset[str]) -> bool:
    """Whether the word at ``text[start:end]`` has capital syllables next to it (see :func:`_restore_case`)."""
    lo, hi = max(0, start - _CONTEXT), min(len(text), end + _CONTEXT)
    window = text[lo:hi]
    # the words of the window, less those its edges cut
    words = [
        w for w in _WORD.finditer(window) if (w.start() > 0 or lo == 0) and (w.end() < len(window) or hi == len(text))
    ]
    i = next(j for j, w in enumerate(words) if w.start() == start - lo)

    def capital_syllable(j: int, k: int) -> bool:
        """Word ``k`` is a capital syllable next to word ``j`` (``k`` = ``j`` ± 1), spaces between."""
        if not 0 <= k < len(words):
            return False
        first, second = (words[j], words[k]) if j < k else (words[k], words[j])
        word = words[k].group()
        return (
            _SPACES.fullmatch(window[first.end() : second.start()]) is not None
            and len(word) >= 2
            and _in_capitals(word, caseless) is True
            and is_syllable(word)
        )

    def capital_side(step: int) -> bool:
        j = i + step
        if not capital_syllable(i, j):
            return False
        return not words[j].group().isascii() or capital_syllable(j, j + step)

    return capital_side(-1) or capital_side(1)


# -- detect --------------------------------------------------------------------------------------
def _sample_words(text: str) -> list[str]:
    """Up to ``_MAX_WORDS`` distinct words of ``text``, legacy characters included ("nh©n").

    Distinct, so that one repeated pattern ("«%s»" in a message catalogue) cannot decide alone.
    """
    words: dict[str, None] = {}
    for seen, m in enumerate(_candidate_token().finditer(text)):
        words[m.group()] = None
        if len(words) >= _MAX_WORDS or seen >= _MAX_SCANNED:
            break
    return list(words)


@cache
def _utf8_mojibake() -> re.Pattern[str]:
    """A UTF-8 lead byte and a continuation byte read as cp1252 ("á»", "Ã¡", "Æ°"): not a legacy font."""
    continuation = _cp1252_table()[0x80:0xC0] + "\ufffd"
    return re.compile("[\u00c2-\u00ef]" + _char_class(continuation))


def _share(words: Iterable[str]) -> tuple[int, float]:
    """(number of words, share of them that are Vietnamese syllables)."""
    n = valid = 0
    for word in words:
        n += 1
        valid += is_syllable(word)
    return n, (valid / n if n else 0.0)


def _score(words: list[str], encoding: LegacyEncoding) -> tuple[float, float] | None:
    """(gain, share) of Vietnamese syllables among the candidate words the conversion changes, or None.

    Candidates hold a legacy character and an ASCII letter and are two characters or more (no lone
    "©" or "·"). None unless the conversion changes enough candidates, most of the changed ones become
    syllables and do so much more often than before, and the converted text reads as Vietnamese as a
    whole (a French or Norwegian text keeps its other words: "på" → "pồ" is not enough).
    """
    codec = _codec(encoding)
    any_legacy = _any_legacy()
    joined = "\n".join(words)
    if len(codec.sequences.findall(joined)) < _MIN_CONVERTED:
        return None
    after = decode_legacy(joined, encoding, restore_case=False).split("\n")
    changed = [
        (old, new)
        for old, new in zip(words, after, strict=True)
        if old != new and len(old) >= 2 and any_legacy.search(old) and _ASCII_LETTER.search(old)
    ]
    n, valid_after = _share(new for _, new in changed)
    if n < _MIN_TOKENS or valid_after < _MIN_VALID_SHARE:
        return None
    _, valid_before = _share(old for old, _ in changed)
    if valid_after - valid_before < _MIN_GAIN or _share(after)[1] < _MIN_TEXT_SHARE:
        return None
    return valid_after - valid_before, valid_after


def _unicode_already(text: str, any_legacy: re.Pattern[str], chunk: int = 16384) -> tuple[bool, int]:
    """(whether ``text`` holds at least one Unicode-only Vietnamese letter per ``_UNICODE_GUARD``
    legacy characters, the legacy characters counted). Counted chunk by chunk: once the letters
    found cover even a text whose unread rest were all legacy characters, the answer is known."""
    letters = legacy = 0
    for i in range(0, len(text), chunk):
        letters += len(_VN_UNICODE.findall(text, i, i + chunk))
        legacy += len(any_legacy.findall(text, i, i + chunk))
        if letters and letters * _UNICODE_GUARD >= legacy + max(0, len(text) - i - chunk):
            return True, legacy
    return bool(letters) and letters * _UNICODE_GUARD >= legacy, legacy


# Frequent Vietnamese letters outside Latin-1 (all of them in ``_VN_UNICODE``), most frequent first.
_FREQUENT_VN = "đưệịảộạế"


def _surely_unicode(text: str, utf8_size: int | None) -> bool:
    """A cheap sufficient test for :func:`_unicode_already`: every legacy character is non-ASCII
    and adds at least one byte to the UTF-8 size of ``text``, so ``utf8_size - len(text)`` bounds
    their number from above; ``str.count`` of a few frequent Unicode-only letters bounds the
    letters from below. When the bounds already meet the guard, so do the exact counts."""
    if utf8_size is None:
        utf8_size = len(text.encode("utf-8", "surrogatepass"))
    bound = (utf8_size - len(text)) // _UNICODE_GUARD
    letters = 0
    for i, ch in enumerate(_FREQUENT_VN):
        letters += text.count(ch)
        if letters > bound:
            return True
        if i == 1 and not letters:  # no đ, no ư: not Vietnamese Unicode
            return False
    return False


def detect_legacy(text: str) -> LegacyEncoding | None:
    """The legacy encoding ("tcvn3" or "vni") of ``text`` when it is legacy-font mojibake, else None.

    Text without legacy characters (ASCII, most English), text that already holds Vietnamese Unicode
    letters (ư ơ ạ ế …, or Windows-1258's combining tones) and UTF-8 read as cp1252 ("Viá»‡t") are
    never flagged. Otherwise the distinct words are converted with each table (see :func:`_score`):
    the encoding must change at least three candidate words, turn at least 60 % of them into
    Vietnamese syllables, gain at least 30 points over the unconverted words, and leave at least half
    of all the words Vietnamese syllables; the larger gain wins.
    """
    return _detect_legacy(text, None)


def _detect_legacy(text: str, utf8_size: int | None) -> LegacyEncoding | None:
    """:func:`detect_legacy`; ``utf8_size`` is ``len(text.encode())`` when the caller knows it."""
    any_legacy = _any_legacy()
    if any_legacy.search(text) is None:
        return None
    if _surely_unicode(text, utf8_size):
        return None
    unicode, legacy_chars = _unicode_already(text, any_legacy)
    if unicode:
        return None
    if len(_utf8_mojibake().findall(text)) * _UTF8_GUARD >= legacy_chars:
        return None
    words = _sample_words(text)
    best: tuple[tuple[float, float], LegacyEncoding] | None = None
    for encoding in ENCODINGS:
        score = _score(words, encoding)
        if score is not None and (best is None or score > best[0]):
            best = (score, encoding)
    return None if best is None else best[1]


def fix_legacy(text: str) -> tuple[str, LegacyEncoding | None]:
    """``(unicode_text, encoding)`` for legacy mojibake; ``(text, None)`` (the same object) otherwise.

    In a mostly-legacy text that also holds Unicode Vietnamese (a Word file with .VnTime and Unicode
    runs), the lines with Vietnamese letters outside Latin-1 are Unicode already and are kept as they are.
    """
    return _fix_legacy(text, None)


def _fix_legacy(text: str, utf8_size: int | None) -> tuple[str, LegacyEncoding | None]:
    """:func:`fix_legacy`; ``utf8_size`` is ``len(text.encode())`` when the caller knows it (the
    size of the UTF-8 bytes it was decoded from), which saves encoding the text again."""
    encoding = _detect_legacy(text, utf8_size)
    if encoding is None:
        return text, None
    if _VN_UNICODE.search(text) is None:
        return decode_legacy(text, encoding), encoding
    lines = text.splitlines(keepends=True)
    return "".join(line if _VN_UNICODE.search(line) else decode_legacy(line, encoding) for line in lines), encoding

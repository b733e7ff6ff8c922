"""Number-and-symbol ("Số: 73/2023/NĐ-CP", "Số 93-BS/HU") parsing, normalising and OCR repair.

A symbol is ``[year/]TYPE-ISSUER[-UNIT]`` (State, legal-normative) or ``TYPE/ISSUER`` after a
hyphen (Party). OCR and typing break them: spaces (``NĐ - CP``, ``70 /KH-UBND``), ``ND`` for
``NĐ``, ``I.`` or ``l`` for ``L``. A repair is made only when the result is a known code and the
broken form cannot be read another way; each repair is reported so it lands in the evidence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from docproc.data import load

DASHES = "\u2010\u2011\u2012\u2013\u2014\u2212"
_DASH_RE = re.compile(f"[{DASHES}]")
_SPACES = re.compile(r"\s+")
# "Số: 70/KH-UBND", "Số 93 -BS/HU", "Luật số: 121/2025/QH15", "Số:43/2026/NĐ-CP"
NUMBER_LINE = re.compile(
    r"^[^\w(]{0,3}(?P<label>(?:[A-ZĐ][\wÀ-ỹ]*\s+)?[Ss][ốôồổỗộoóòỏõọ0]\s*[:.;]?)\s*"
    r"(?P<num>\d{1,6}(?:\.\d{1,4})?[a-zA-Z]?|[^\s/:]{1,4}(?=\s*[/-]))\s*(?P<sep>[/\-" + DASHES + r"])\s*"
    r"(?P<sym>(?:(?:19|20)\d{2}\s*/\s*)?[A-ZĐÐa-zđ][A-ZĐÐa-zđ0-9&.]*"
    r"(?:\s*[/\-" + DASHES + r"]\s*[A-ZĐÐ0-9][A-ZĐÐa-zđ0-9&.]*(?![a-zà-ỹ]))*)"
)
_YEAR = re.compile(r"^(?P<year>(?:19|20)\d{2})/")


@dataclass(frozen=True)
class NumberSymbol:
    """A parsed number and symbol, normalised; ``repairs`` lists what was fixed."""

    number: str
    symbol: str
    party: bool
    year: int | None
    repairs: tuple[str, ...] = ()

    @property
    def number_symbol(self) -> str:
        return f"{self.number}{'-' if self.party else '/'}{self.symbol}"

    @property
    def type_code(self) -> str | None:
        """The document-type code: ``QĐ`` of ``QĐ-UBND``, ``KL`` of ``KL/TW``; None for công văn."""
        return _codes_of(self.symbol)[0]

    @property
    def issuer_code(self) -> str | None:
        return _codes_of(self.symbol)[1]


@lru_cache(maxsize=8192)
def _codes_of(symbol: str) -> tuple[str | None, str | None]:
    """(type code, issuer code) of a symbol (cached: a pure function of a short string)."""
    body = _YEAR.sub("", symbol)
    parts = re.split(r"[-/]", body)
    head = parts[0]
    type_code = head if head in known_type_codes() else None
    if type_code and len(parts) > 1:
        return type_code, parts[1]
    return type_code, parts[0] if parts else None


@cache
def known_type_codes() -> frozenset[str]:
    return frozenset(c for t in load("doc_types.json")["types"] for c in t["codes"])


@cache
def known_issuer_codes() -> frozenset[str]:
    try:
        codes = set(load("agencies.json").get("symbol_codes", {}))
    except FileNotFoundError:
        codes = set()
    return frozenset(codes | {"UBND", "HĐND", "TU", "HU", "QU", "ĐU", "TW", "VPTW", "BCSĐ", "ĐĐ", "CP", "TTg", "QH"})


def _clean(sym: str) -> str:
    sym = _DASH_RE.sub("-", sym).replace("Ð", "Đ")
    sym = _SPACES.sub("", sym).strip(".-/")
    return sym


_OCR_FIXES: tuple[tuple[re.Pattern[str], str, str], ...] = (
    (re.compile(r"(?<![A-Za-zĐđ])ND(?=-)"), "NĐ", "ND→NĐ"),
    (re.compile(r"(?<![A-Za-zĐđ])QD(?=-)"), "QĐ", "QD→QĐ"),
    (re.compile(r"(?:^|(?<=-))KI\.?(?=/)"), "KL", "KI.→KL"),
    (re.compile(r"(?:^|(?<=-))K1(?=/)"), "KL", "K1→KL"),
    (re.compile(r"(?<=/)T\.?W$"), "TW", "T.W→TW"),
)


def repair(sym: str) -> tuple[str, tuple[str, ...]]:
    """Fix OCR damage in a cleaned symbol where the fix yields known codes only."""
    repairs: list[str] = []
    for pat, rep, note in _OCR_FIXES:
        fixed = pat.sub(rep, sym)
        if fixed != sym:
            sym = fixed
            repairs.append(note)
    parts = re.split(r"([-/])", sym)
    for i, part in enumerate(parts):
        fix = _closest_code(part)
        if fix:
            repairs.append(f"{part}→{fix}")
            parts[i] = fix
    return "".join(parts), tuple(repairs)


#: single-character confusions of OCR in capitals: substitutions and stray marks
_CONFUSED = {"D": "Đ", "Đ": "D", "0": "O", "O": "0", "1": "I", "I": "L", "L": "I", "5": "S", "8": "B", "Q": "O"}
_STRAY = set("IYl1.'")


_TRAILING_DIGITS = re.compile(r"\d+$")


@cache
def _known_codes() -> frozenset[str]:
    return known_issuer_codes() | known_type_codes()


def _closest_code(part: str) -> str | None:
    """The one known code that a single OCR confusion turns ``part`` into ("BNYV" → "BNV",
    "UBNĐ" → "UBND"); None when ``part`` is known, or no or several such codes exist."""
    if len(part) < 3 or not part.isupper():
        return None
    known = _known_codes()
    if part in known or _TRAILING_DIGITS.sub("", part) in known:
        return None
    cands = {part[:i] + part[i + 1 :] for i, c in enumerate(part) if c in _STRAY}
    cands |= {part[:i] + _CONFUSED[c] + part[i + 1 :] for i, c in enumerate(part) if c in _CONFUSED}
    hits = sorted(c for c in cands if c in known)
    return hits[0] if len(hits) == 1 else None


@lru_cache(maxsize=8192)
def parse_number_symbol(number: str, sep: str, raw_symbol: str, spaced: bool = False) -> NumberSymbol | None:
    """Normalise the pieces matched on a "Số" line; None when the symbol is not a symbol
    (cached: a batch cites the same documents again and again; the result is immutable)."""
    sym = _clean(raw_symbol)
    sym, repairs = repair(sym)
    if len(sym) < 2 or not re.search(r"[A-ZĐ]", sym):
        return None
    spaced = spaced or raw_symbol != raw_symbol.replace(" ", "")
    repairs = (*repairs, "spaces removed") if spaced else repairs
    number = number.strip()
    if not re.fullmatch(r"\d+(?:\.\d+)?[a-zA-Z]?", number):
        repairs = (*repairs, f"number unreadable: {number!r}")
    party = _DASH_RE.sub("-", sep) == "-"
    m = _YEAR.match(sym)
    return NumberSymbol(number, sym, party, int(m["year"]) if m else None, repairs)


def find_number_line(line: str) -> tuple[re.Match[str], NumberSymbol] | None:
    """The "Số …" of a header line, parsed; None when the line holds no document number."""
    for m in NUMBER_LINE.finditer(line):
        gap = m.group(0)[m.end("num") - m.start() : m.start("sym") - m.start()]
        ns = parse_number_symbol(m["num"], m["sep"], m["sym"], spaced=gap.strip() != gap)
        if ns is not None:
            return m, ns
    return None

"""Dates in a document, each with its precision and its role (issue, received, copy, reference,
deadline, period, publication, effective, other).

Full dates ("ngày 05 tháng 02 năm 2024", "14/4/2023", "9-9-2016"), months ("tháng 4/2021"),
years ("năm 2020"), quarters ("quý I/2024"), parts of a year ("6 tháng đầu năm 2024"), ranges
("giai đoạn 2019-2025"), recurring terms ("hằng năm", "định kỳ") and durations ("trong 15 ngày
kể từ …"). Numbers that are not dates never match; impossible dates (31/02) are dropped.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache, lru_cache
from typing import Any

from docproc.data import load
from docproc.document import Document
from docproc.scan import at_word_start, finditer_at, literal_starts, top_level_alternation

_Y = r"(?P<y>(?:19|20)\d{2})"
_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4, "1": 1, "2": 2, "3": 3, "4": 4}

PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("range", re.compile(r"(?P<y1>[12][09]\d{2})\s*[-–]\s*(?P<y2>(?:19|20)\d{2})(?![\d/])")),
    (
        "part_year",
        re.compile(r"(?P<n>\d\d?)\s+tháng\s+(?P<which>đầu|cuối)\s+năm\s+" + _Y + r"\b"),
    ),
    (
        "day_text",
        re.compile(r"[Nn]gày\s+(?P<d>\d{1,2})\s+tháng\s+(?P<m>\d{1,2})\s*(?:,\s*)?năm\s+" + _Y + r"\b"),
    ),
    (
        "day_num",
        re.compile(r"(?P<d>\d\d?)\s?(?P<sep>[/.\-])\s?(?P<m>\d{1,2})(?P=sep)\s?" + _Y + r"(?![\d/])"),
    ),
    (
        "quarter",
        re.compile(r"[Qq]uý\s+(?P<q>IV|I{1,3}|[1-4])\s*(?:[/-]\s*|\s+năm\s+)" + _Y + r"\b"),
    ),
    ("month", re.compile(r"[Tt]háng\s+(?P<m>\d{1,2})\s*(?:[/-]\s*|\s+năm\s+)" + _Y + r"(?![\d/])")),
    ("year", re.compile(r"[Nn]ăm\s+" + _Y + r"(?![\d/])")),
    (
        "duration",
        re.compile(r"[Tt]rong\s+(?:thời\s+hạn\s+)?(?:vòng\s+)?(?P<n>\d{1,3})\s+ngày(?:\s+làm\s+việc)?"),
    ),
)


#: kinds whose pattern opens with a cue word (either case of its first letter): each kind's
#: pattern is tried only where its cue starts. The cue is found by its letters after the first
#: ("gày" for "ngày" and "Ngày"), one ``str.find`` pass instead of two
_CUE_WORDS = {"day_text": "ngày", "quarter": "quý", "month": "tháng", "duration": "trong"}
_PART_YEAR_CUE = re.compile(r"tháng\s+(?:đầu|cuối)")


def _cue_starts(text: str) -> dict[str, list[int]]:
    """Where each cue word starts (either case of its first letter), by the kind it opens."""
    out: dict[str, list[int]] = {}
    for kind, w in _CUE_WORDS.items():
        first, rest = w[0] + w[0].upper(), w[1:]
        starts: list[int] = []
        i = text.find(rest, 1)
        while i >= 0:
            if text[i - 1] in first:
                starts.append(i - 1)
            i = text.find(rest, i + 1)
        out[kind] = starts
    out.update(_year_candidates(text))
    return out


_SEPARATORS = "/.-"


def _year_candidates(text: str) -> dict[str, list[int]]:
    """Where a match of "range", "day_num" or "year" may start (a superset of where one does),
    read backwards from each "19"/"20" that may open the year the match ends with. Before that
    year, range has spaces, a dash, spaces and four digits (one start); day_num has at most one
    space and a separator, which puts its start 3 to 7 characters before the separator; year has
    spaces and "năm". ``str.isspace`` is what ``\\s`` matches in a str pattern."""
    ranges: list[int] = []
    day_nums: set[int] = set()
    years: list[int] = []
    for q in literal_starts(text, ("19", "20")):
        j = q - 1
        while j >= 0 and text[j].isspace():
            j -= 1
        if j < 0:
            continue
        c = text[j]
        if c in _SEPARATORS and j >= q - 2:
            day_nums.update(range(max(0, j - 7), j - 2))
        if c in "-–":
            k = j - 1
            while k >= 0 and text[k].isspace():
                k -= 1
            if k >= 3:
                ranges.append(k - 3)
        elif j < q - 1 and j >= 2 and text[j - 2 : j + 1] in ("năm", "Năm"):
            years.append(j - 2)
    return {"range": sorted(set(ranges)), "day_num": sorted(day_nums), "year": sorted(years)}


#: characters that may not stand right before a match of the kind (the date would be part of
#: a symbol or a longer number: "66.15/2026", "12/2020/NĐ-CP"); checked outside the regex so it
#: can start with a literal and scan fast
_GLUED = {
    "range": "0123456789/",
    "day_num": "0123456789/.-",
    "year": "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789/ạảãàáâậầấẩẫăắằặẳẵ",
}


@dataclass(frozen=True)
class DateMention:
    """A date found in the text: ISO ``value`` (None for recurring terms and durations)."""

    value: str | None
    precision: str
    role: str
    text: str
    span: tuple[int, int]
    page: int
    method: str
    confidence: float = 0.9

    def to_dict(self) -> dict[str, Any]:
        return {
            "value": self.value,
            "precision": self.precision,
            "role": self.role,
            "text": self.text,
            "span": list(self.span),
            "page": self.page,
            "method": self.method,
        }


@cache
def _cues() -> tuple[dict[str, re.Pattern[str]], re.Pattern[str], tuple[tuple[str, str], ...] | None]:
    """The role cues, the recurring-term pattern and where a recurring term may start: (first
    characters, literal that follows them) pairs, None when some cue has no such literal."""
    data = load("date_cues.json")
    before = {
        role: re.compile(r"(?:" + "|".join(cues) + r")\s*[:,]?\s*$", re.IGNORECASE)
        for role, cues in data["before"].items()
    }
    heads = [_first_class(c) for c in data["recurring"]]
    recurring = re.compile(at_word_start(heads, r"\w") + r"(?!\w)")
    anchors = [(first, lit) for first, rest in heads for lit in _literal_prefixes(rest)]
    complete = all(_literal_prefixes(rest) for _, rest in heads)
    return before, recurring, tuple(anchors) if complete else None


_META = set(".^$*+?{}()|\\")


def _literal_prefixes(regex: str, most: int = 8) -> list[str]:
    """Literal strings one of which every match of ``regex`` starts with: its leading literal
    characters, simple classes ("[ằà]") spelled out; [] when there are none or too many to be
    worth it (a top-level alternation, an escape or an optional atom first)."""
    if top_level_alternation(regex):  # the prefix would cover one branch only
        return []
    out = [""]
    i = 0
    while i < len(regex):
        c = regex[i]
        if c == "[":
            close = regex.index("]", i + 1)
            chars = regex[i + 1 : close]
            if not chars or set(chars) & (_META | set("^-[]")):
                break
            nxt = close + 1
        elif c in _META:
            break
        else:
            chars, nxt = c, i + 1
        if nxt < len(regex) and regex[nxt] in "?*{+":
            break  # the atom may be absent (or repeat): the prefix stops before it
        if len(out) * len(chars) > most:
            break
        out = [p + ch for p in out for ch in chars]
        i = nxt
    return out if out != [""] else []


def _first_class(cue: str) -> tuple[str, str]:
    """The characters a cue may start with and the rest of it: "hằng năm" → ("Hh", "ằng năm"),
    "[36] tháng" → ("36", " tháng")."""
    if cue.startswith("["):
        close = cue.index("]")
        return cue[1:close], cue[close + 1 :]
    return cue[0].upper() + cue[0].lower(), cue[1:]


@lru_cache(maxsize=8192)
def _iso(y: int, m: int, d: int | None = None) -> str | None:
    try:
        return date(y, m, d or 1).isoformat() if d else (date(y, m, 1).isoformat()[:7])
    except ValueError:
        return None


def _value(kind: str, m: re.Match[str]) -> tuple[str | None, str] | None:
    """(ISO value, precision) of a match; None when it is not a real date."""
    if kind == "range":
        y1, y2 = int(m["y1"]), int(m["y2"])
        return (f"{y1}/{y2}", "range") if 0 < y2 - y1 <= 30 else None
    if kind == "part_year":
        n, y = int(m["n"]), m["y"]
        if not 1 <= n <= 11:
            return None
        a, b = (1, n) if m["which"].lower() == "đầu" else (13 - n, 12)
        return f"{y}-{a:02d}/{y}-{b:02d}", "range"
    if kind in ("day_text", "day_num"):
        v = _iso(int(m["y"]), int(m["m"]), int(m["d"]))
        return (v, "day") if v else None
    if kind == "quarter":
        return f"{m['y']}-Q{_ROMAN[m['q'].upper()]}", "quarter"
    if kind == "month":
        v = _iso(int(m["y"]), int(m["m"]))
        return (v, "month") if v else None
    if kind == "year":
        return m["y"], "year"
    if kind == "duration":
        return None, "duration"
    return None


def find_dates(
    doc: Document,
    zones: Sequence[Any] = (),
    references: Sequence[tuple[int, int]] = (),
    regime: str | None = None,
) -> list[DateMention]:
    """Every date of ``doc`` with its role. ``zones`` (from the header parser) give the issue,
    ĐẾN and copy dates; ``references`` (spans of cited documents) give reference dates."""
    text = doc.text
    occupied = bytearray(len(text) + 1)
    found: list[DateMention] = []
    zone_of = [(z.kind, (z.start, z.end)) for z in zones if z.kind in _ZONE_ROLES]
    in_reference = _containment(references)
    before, recurring, anchors = _cues()
    cue_starts = _cue_starts(text)
    for kind, pat in PATTERNS:
        if kind == "part_year" and not _PART_YEAR_CUE.search(text):
            continue  # its words are rare: a literal search spares the scan
        found_kind = finditer_at(pat, text, cue_starts[kind]) if kind in cue_starts else pat.finditer(text)
        for m in found_kind:
            span = m.span()
            if occupied.find(1, span[0], span[1]) >= 0 or (span[0] and text[span[0] - 1] in _GLUED.get(kind, "")):
                continue
            got = _value(kind, m)
            if got is None:
                continue
            value, precision = got
            occupied[span[0] : span[1]] = b"\x01" * (span[1] - span[0])
            role = _role(text, span, kind, precision, zone_of, in_reference, before, regime)
            if role == "deadline":  # the deadline as written: "trước ngày 30/6/2024"
                cue = before["deadline"].search(text[max(0, span[0] - 40) : span[0]])
                if cue:
                    span = (max(0, span[0] - 40) + cue.start(), span[1])
            found.append(
                DateMention(
                    value, precision, role, text[span[0] : span[1]], span, doc.page_at(span[0]), f"dates.{kind}"
                )
            )
    for m in recurring.finditer(text) if anchors is None else finditer_at(recurring, text, _starts(text, anchors)):
        span = m.span()
        if occupied.find(1, span[0], span[1]) < 0:
            found.append(
                DateMention(None, "recurring", "period", m.group(0), span, doc.page_at(span[0]), "dates.recurring")
            )
    return sorted(found, key=lambda d: d.span)


def _starts(text: str, anchors: Sequence[tuple[str, str]]) -> list[int]:
    """Sorted offsets of the characters in ``first`` followed by ``literal``, for each pair."""
    out: set[int] = set()
    for first, literal in anchors:
        i = text.find(literal, 1)
        while i >= 0:
            if text[i - 1] in first:
                out.add(i - 1)
            i = text.find(literal, i + 1)
    return sorted(out)


#: header zones that give a date its role
_ZONE_ROLES = ("stamp", "copy", "place_date")


def _containment(spans: Sequence[tuple[int, int]]) -> Callable[[tuple[int, int]], bool]:
    """``lambda span: _inside(span, spans)``, by binary search: the spans sorted by start, with the
    furthest end reached by any span that starts at or before each one."""
    if not spans:
        return lambda span: False
    ordered = sorted(spans)
    starts = [a for a, _ in ordered]
    reach: list[int] = []
    for _, b in ordered:
        reach.append(max(b, reach[-1]) if reach else b)

    def inside(span: tuple[int, int]) -> bool:
        k = bisect_right(starts, span[0])
        return k > 0 and reach[k - 1] >= span[1]

    return inside


def _role(
    text: str,
    span: tuple[int, int],
    kind: str,
    precision: str,
    zones: list[tuple[str, tuple[int, int]]],
    in_reference: Callable[[tuple[int, int]], bool],
    before: dict[str, re.Pattern[str]],
    regime: str | None,
) -> str:
    """The role of a date; ``zones`` are the header zones of :data:`_ZONE_ROLES` kinds, in order."""
    s, e = span
    for zkind, (a, b) in zones:
        if a <= s and e <= b:
            if zkind == "stamp":
                return "received"
            if zkind == "copy":
                return "copy"
            return "publication" if regime == "press" else "issue"
    if in_reference(span):
        return "reference"
    left = text[max(0, s - 40) : s]
    for role in ("deadline", "effective"):
        if before[role].search(left):
            return role
    if kind == "duration":
        return "deadline"
    if precision in ("range", "quarter") or before["period"].search(left):
        return "period"
    return "other"

"""Dates in a document, each with its precision and its role (issue, received, copy, reference,
deadline, period, publication, effective, other).

Full dates ("ngày 05 tháng 02 năm 2024", "14/4/2023", "9-9-2016"), months ("tháng 4/2021"),
years ("năm 2020"), quarters ("quý I/2024"), parts of a year ("6 tháng đầu năm 2024"), ranges
("giai đoạn 2019-2025"), recurring terms ("hằng năm", "định kỳ") and durations ("trong 15 ngày
kể từ …"). Numbers that are not dates never match; impossible dates (31/02) are dropped.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Any

from docproc.data import load
from docproc.document import Document
from docproc.scan import at_word_start, finditer_at, literal_starts

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


#: kinds whose pattern opens with a cue word (either case of its first letter): one pass over the
#: text finds every cue, and each kind's pattern is tried only where its cue starts
_CUE_WORDS = {"day_text": "ngày", "quarter": "quý", "month": "tháng", "year": "năm", "duration": "trong"}
_PART_YEAR_CUE = re.compile(r"tháng\s+(?:đầu|cuối)")


def _cue_starts(text: str) -> dict[str, list[int]]:
    """Where each cue word starts (either case of its first letter), by the kind it opens."""
    return {kind: literal_starts(text, (w, w[0].upper() + w[1:])) for kind, w in _CUE_WORDS.items()}


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
def _cues() -> tuple[dict[str, re.Pattern[str]], re.Pattern[str]]:
    data = load("date_cues.json")
    before = {
        role: re.compile(r"(?:" + "|".join(cues) + r")\s*[:,]?\s*$", re.IGNORECASE)
        for role, cues in data["before"].items()
    }
    recurring = re.compile(at_word_start(map(_first_class, data["recurring"]), r"\w") + r"(?!\w)")
    return before, recurring


def _first_class(cue: str) -> tuple[str, str]:
    """The characters a cue may start with and the rest of it: "hằng năm" → ("Hh", "ằng năm"),
    "[36] tháng" → ("36", " tháng")."""
    if cue.startswith("["):
        close = cue.index("]")
        return cue[1:close], cue[close + 1 :]
    return cue[0].upper() + cue[0].lower(), cue[1:]


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


def _inside(span: tuple[int, int], ranges: Iterable[tuple[int, int]]) -> bool:
    return any(a <= span[0] and span[1] <= b for a, b in ranges)


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
    zone_of = [(z.kind, (z.start, z.end)) for z in zones]
    before, recurring = _cues()
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
            role = _role(text, span, kind, precision, zone_of, references, before, regime)
            if role == "deadline":  # the deadline as written: "trước ngày 30/6/2024"
                cue = before["deadline"].search(text[max(0, span[0] - 40) : span[0]])
                if cue:
                    span = (max(0, span[0] - 40) + cue.start(), span[1])
            found.append(
                DateMention(
                    value, precision, role, text[span[0] : span[1]], span, doc.page_at(span[0]), f"dates.{kind}"
                )
            )
    for m in recurring.finditer(text):
        span = m.span()
        if occupied.find(1, span[0], span[1]) < 0:
            found.append(
                DateMention(None, "recurring", "period", m.group(0), span, doc.page_at(span[0]), "dates.recurring")
            )
    return sorted(found, key=lambda d: d.span)


def _role(
    text: str,
    span: tuple[int, int],
    kind: str,
    precision: str,
    zones: list[tuple[str, tuple[int, int]]],
    references: Sequence[tuple[int, int]],
    before: dict[str, re.Pattern[str]],
    regime: str | None,
) -> str:
    for zkind, zspan in zones:
        if _inside(span, [zspan]):
            if zkind == "stamp":
                return "received"
            if zkind == "copy":
                return "copy"
            if zkind == "place_date":
                return "publication" if regime == "press" else "issue"
    if _inside(span, references):
        return "reference"
    left = text[max(0, span[0] - 40) : span[0]]
    for role in ("deadline", "effective"):
        if before[role].search(left):
            return role
    if kind == "duration":
        return "deadline"
    if precision in ("range", "quarter") or before["period"].search(left):
        return "period"
    return "other"

"""Names printed in capitals ("BAN THƯỜNG VỤ TỈNH ỦY", "PHÓ CHÁNH VĂN PHÒNG") in their running-text
casing, and people's names told apart from everything else on a signature line."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from docproc.data import load
from docproc.vietnamese import is_syllable

_WORD = re.compile(r"\S+")
_DASH_GAP = re.compile(r"\s*[-–—]\s*")


@lru_cache(maxsize=1 << 15)
def name_key(name: str) -> str:
    """How a body's name is looked up: white space collapsed, dashes spaced (" - "), case-folded
    ("Bộ Lao động-Thương binh  và Xã hội" → "bộ lao động - thương binh và xã hội")."""
    joined = " ".join(name.split())
    if "-" in joined or "–" in joined or "—" in joined:
        joined = _DASH_GAP.sub(" - ", joined)
    return joined.casefold()


@cache
def _phrases() -> tuple[tuple[str, str], ...]:
    """(upper-case phrase, printed casing), longest first: positions, body names, places."""
    sig = load("signature.json")
    items = [*sig["positions"], *sig["names"], *place_names()]
    uniq = {p.upper(): p for p in sorted(items, key=len)}
    return tuple(sorted(uniq.items(), key=lambda kv: -len(kv[0])))


@cache
def place_names() -> tuple[str, ...]:
    """Province and city names (before and after the 2025 merger) from ``places.json``."""
    try:
        data = load("places.json")
    except FileNotFoundError:
        return ()
    return tuple(p["name"] for p in data.get("provinces", []))


def recase(text: str) -> str:
    """Running-text casing of a name printed in capitals.

    >>> recase("PHÓ BÍ THƯ THƯỜNG TRỰC")
    'Phó Bí thư Thường trực'
    >>> recase("BAN THƯỜNG VỤ TỈNH ỦY")
    'Ban Thường vụ Tỉnh ủy'
    """
    text = " ".join(text.split())
    if not text or not text.isupper() or len(text) > 250:  # longer is not a name: leave it
        return text
    upper = text.upper()
    exact = dict(_phrases()).get(upper)
    if exact:
        return exact
    out: list[str] = []
    i = 0
    while i < len(text):
        for key, printed in _phrases():
            if upper.startswith(key, i) and (i + len(key) == len(text) or not text[i + len(key)].isalnum()):
                out.append(printed)
                i += len(key)
                break
        else:
            j = text.find(" ", i)
            j = len(text) if j < 0 else j + 1
            out.append(text[i:j].lower())
            i = j
    s = "".join(out)
    s = _LOCALITY.sub(lambda m: m[1] + m[2].title(), s)
    s = _FIELD.sub(lambda m: m[1] + _cap_field(m[2]), s)
    return s[:1].upper() + s[1:]


# words after a locality are a proper name: "huyện Mỹ Tú", "Huyện ủy Mỹ Tú"
_LOCALITY = re.compile(
    r"((?:^|\s)(?:tỉnh|huyện|quận|xã|phường|thị xã|thị trấn|thành phố|Tỉnh ủy|Huyện ủy|Quận ủy|Thị ủy|Thành ủy"
    r"|Đảng ủy|Việt)\s)([^\s].*)$"
)
# a ministry's or department's field: "Bộ Văn hóa, Thể thao và Du lịch", "Sở Giáo dục và Đào tạo"
_FIELD = re.compile(r"(^(?:Bộ|Sở|Cục|Tổng cục|Vụ|Ban|Phòng|Viện)\s)([^\s].*)$")


def _cap_field(rest: str) -> str:
    words = rest.split(" ")
    out: list[str] = []
    for i, w in enumerate(words):
        if i == 0 or ((out and (out[-1] == "và" or out[-1].endswith(","))) and w != "và"):
            w = w[:1].upper() + w[1:]
        out.append(w)
    return " ".join(out)


def is_person_name(text: str) -> bool:
    """True for 2–6 capitalised Vietnamese syllables ("Hồ Thị Cẩm Đào"), not an office or body."""
    words = text.split()
    if not 2 <= len(words) <= 6:
        return False
    if any(not (w[:1].isupper() and (w[1:].islower() or len(w) == 1 or w.isupper())) for w in words):
        return False
    if any(not is_syllable(w.lower()) for w in words):
        return False
    bodies = {"Bộ", "Sở", "Ủy", "Uỷ", "Ban", "Cục", "Vụ", "Phòng", "Chính", "Tỉnh", "Huyện", "Nhân", "Quốc", "Việt"}
    return not (words[0] in bodies or (text.isupper() and recase(text) != text.title()))

"""State and Party bodies named in a text, normalised to canonical names (``agencies.json``).

Three kinds of match, longest first, never overlapping: a named body or one of its aliases and
abbreviations ("Bộ GD&ĐT" → "Bộ Giáo dục và Đào tạo"); a local body from a template with its
place ("UBND tỉnh Sóc Trăng" → "Ủy ban nhân dân tỉnh Sóc Trăng", "Ban Tuyên giáo Tỉnh ủy"); and
a body the gazetteer does not list, told by its head noun and capitalised name ("Trung tâm Điều
hành đô thị thông minh tỉnh Nam Định").
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import islice
from typing import Any

from docproc.data import load
from docproc.document import Document
from docproc.extract.names import name_key, recase
from docproc.vietnamese import UPPER

_W = r"[\wÀ-ỹ]"
_CAP = UPPER + _W + r"*"
_KIND = r"(?:tỉnh|thành phố|Thành phố|huyện|quận|thị xã|xã|phường|thị trấn|TP\.?)"
_PLACE_SLOT = re.compile(
    rf" +(?P<slot>TP\.\s?[A-ZĐ]{{2,4}}(?![\w.])|{_KIND} *{_CAP}(?: +{_CAP}){{0,3}}|cấp tỉnh|cấp huyện|cấp xã|các cấp"
    rf"|{_KIND})(?!{_W})"
)
_NAME_SLOT = re.compile(rf" +(?P<slot>{_CAP}(?: +{_CAP}){{0,3}})(?!{_W})")
_HEADS = (
    *("Trung tâm", "Chi cục", "Tổng cục", "Cục", "Sở", "Viện", "Trường", "Bệnh viện", "Tổng công ty", "Công ty"),
    *("Quỹ", "Hội", "Liên đoàn", "Đài", "Báo", "Ban quản lý", "Ban Quản lý"),
)
# each head checks the word start after it ("Sở(?<!\wSở)"), so the pattern opens with literals and
# the engine skips to their first letters in C
_GENERIC = re.compile(
    rf"(?P<head>{'|'.join(f'{h}(?<!{_W}{h})' for h in _HEADS)})\s+(?P<name>{_CAP}(?:\s+(?:{_CAP}|và|-))*)"
    rf"(?:(?P<tail>(?:\s+[a-zà-ỹđ]+){{1,6}})\s+(?P<loc>(?:tỉnh|thành phố|huyện)\s+{_CAP}(?:\s+{_CAP}){{0,2}}))?"
)
_ABBR_WORDS = {
    "UBND": "Ủy ban nhân dân",
    "HĐND": "Hội đồng nhân dân",
    "KSND": "Kiểm sát nhân dân",
    "TAND": "Tòa án nhân dân",
}


@dataclass(frozen=True)
class Organization:
    """A body named at ``span``: ``name`` canonical (province added when the text implies it),
    ``mention`` the canonical form of what is written."""

    name: str
    mention: str
    text: str
    span: tuple[int, int]
    page: int
    method: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "mention": self.mention,
            "text": self.text,
            "span": list(self.span),
            "page": self.page,
            "method": self.method,
        }


def _flex(form: str) -> str:
    return r"\s+".join(re.escape(w) for w in form.split())


_CAPITALISED = re.compile(UPPER + r"(?<![\w/\-].)[^\s,;:()“”\"'!?/\-]*")  # opens with a class: fast scan
_TOKEN = re.compile(r"[^\s,;:()“”\"'!?]+")


@dataclass(frozen=True)
class _Index:
    """Written forms by their first word, so only a few positions of a text are tried."""

    forms: dict[str, str]  # key of a whole form → canonical name or template pattern
    slots: dict[str, str]  # key of a template head → slot kind
    longest: int  # words
    lengths: dict[str, tuple[int, ...]]  # first word → word counts of its forms, longest first
    pairs: frozenset[str]  # the first two words of every form of two words or more
    sorted_forms: tuple[str, ...]  # the keys of ``forms``, sorted (to ask which start with a prefix)


def _build(entries: list[tuple[str, str, str | None]]) -> _Index:
    from docproc.normalize import normalize_text

    forms: dict[str, str] = {}
    slots: dict[str, str] = {}
    lengths: dict[str, set[int]] = {}
    pairs: set[str] = set()
    for form, target, slot in entries:
        written = normalize_text(form)  # the tone-mark style of normalised documents
        toks = _TOKEN.findall(written)
        if not toks:
            continue
        k = name_key(written)
        forms.setdefault(k, target)
        if slot:
            slots.setdefault(k, slot)
        lengths.setdefault(toks[0].casefold().rstrip("."), set()).add(len(toks))
        if len(toks) > 1:
            pairs.add(f"{toks[0]} {toks[1]}".casefold())
    by_first = {w: tuple(sorted(n, reverse=True)) for w, n in lengths.items()}
    longest = max(max(n) for n in lengths.values())
    return _Index(forms, slots, longest, by_first, frozenset(pairs), tuple(sorted(forms)))


@cache
def _named() -> _Index:
    entries: list[tuple[str, str, str | None]] = []
    for a in load("agencies.json")["agencies"]:
        entries += [(f, a["name"], None) for f in [a["name"], *a.get("aliases", [])]]
        entries += [(ab, a["name"], None) for ab in a.get("abbr", [])]
    return _build(entries)


@cache
def _templates() -> _Index:
    entries: list[tuple[str, str, str | None]] = []
    for t in load("agencies.json")["templates"]:
        for form in [t["pattern"], *t.get("aliases", [])]:
            m = re.match(r"^(?P<head>[^{]+?)\s*\{(?P<slot>\w+)\}", form)
            if m:
                entries.append((m["head"], t["pattern"], m["slot"]))
    return _build(entries)


def _capitalised(text: str) -> list[tuple[int, int, str]]:
    """(start, end, case-folded word) of every capitalised word that starts some body's name."""
    out: list[tuple[int, int, str]] = []
    for m in _first_word_re().finditer(text):
        s = m.start()
        if s and _TOKEN_CHAR.match(text, s - 1) and not _starts_word(text, s):
            continue  # inside a longer word ("TT" of "TT&TT")
        out.append((s, m.end(), m.group(0).casefold().rstrip(".")))
    return out


_TOKEN_CHAR = re.compile(r"[^\s,;:()“”\"'!?/\-]")


def _starts_word(text: str, pos: int) -> bool:
    """Whether ``_CAPITALISED`` read from the start of the run of word characters around ``pos``
    starts a word at ``pos`` (rare: only asked when the character before is a word character)."""
    run = pos
    while run > 0 and _TOKEN_CHAR.match(text, run - 1):
        run -= 1
    return any(m.start() == pos for m in _CAPITALISED.finditer(text, run, pos + 1))


@cache
def _first_word_re() -> re.Pattern[str]:
    """A capitalised word (as ``_CAPITALISED`` reads words) whose case-folded form, trailing dots
    aside, starts some body's name. One branch per capital ("B(?<![\\w/\\-]B)(?i:ộ|an|…)"), so the
    pattern opens with literals and the engine only stops at those capitals."""
    by_first: dict[str, set[str]] = {}
    for w in _first_words():
        if w[:1].upper() != w[:1]:
            by_first.setdefault(w[0].upper(), set()).add(w[1:])
    branches = []
    for cap, rests in sorted(by_first.items()):
        alts = "|".join(re.escape(r) for r in sorted(rests, key=lambda r: (-len(r), r)))
        branches.append(f"{re.escape(cap)}(?<![\\w/\\-]{re.escape(cap)})(?i:{alts})")
    return re.compile(f"(?:{'|'.join(branches)})\\.*(?![^\\s,;:()“”\"'!?/\\-])")


@cache
def _first_words() -> frozenset[str]:
    return frozenset(_named().lengths) | frozenset(_templates().lengths)


_NEXT_TOKEN = re.compile(r"[ \t]*([^\s,;:()“”\"'!?]+)")


def _matches(text: str, index: _Index, caps: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """(start, end, key) of the longest written form at each candidate first word, left to right."""
    out: list[tuple[int, int, str]] = []
    last_end = 0
    for start, word_end, word in caps:
        counts = index.lengths.get(word)
        if start < last_end or not counts:
            continue
        nxt = _NEXT_TOKEN.match(text, word_end)
        pair_ok = nxt is not None and f"{text[start:word_end]} {nxt.group(1)}".casefold() in index.pairs
        if not pair_ok and counts[-1] != 1:
            continue  # every form that starts with this word is longer, and none goes on this way
        best: tuple[int, str] | None = None
        for n, tok in enumerate(islice(_TOKEN.finditer(text, start), counts[0] if pair_ok else 1), 1):
            end = start + len(text[start : tok.end()].rstrip("."))
            key = name_key(text[start:end])
            if key in index.forms and n in counts and not (end < len(text) and text[end] in "/-"):
                best = (end, key)
            elif not _some_form_starts(index, key):
                break  # the key of a longer stretch starts with this one: no longer form can match
        if best:
            out.append((start, *best))
            last_end = best[0]
    return out


def _some_form_starts(index: _Index, prefix: str) -> bool:
    """Whether some written form's key starts with ``prefix``."""
    i = bisect_left(index.sorted_forms, prefix)
    return i < len(index.sorted_forms) and index.sorted_forms[i].startswith(prefix)


@cache
def _places() -> dict[str, dict[str, Any]]:
    """Province entries by every written form (name, aliases, without diacritics), case-folded."""
    from docproc.vietnamese import strip_tones

    out: dict[str, dict[str, Any]] = {}
    for p in load("places.json")["provinces"]:
        for form in [p["name"], p.get("full_name") or "", *p.get("aliases", [])]:
            if form:
                out.setdefault(form.casefold(), p)
                out.setdefault(strip_tones(form).casefold(), p)
    return out


def place_full_name(name: str) -> str:
    """ "Sóc Trăng" → "tỉnh Sóc Trăng", "Hồ Chí Minh" → "Thành phố Hồ Chí Minh"."""
    hit = _places().get(name.casefold())
    return str(hit.get("full_name") or f"tỉnh {hit['name']}") if hit else f"tỉnh {name}"


def _canon_slot(slot: str, place_name: bool) -> str:
    """ "TP.HCM" → "Thành phố Hồ Chí Minh", "tỉnh Soc Trang" → "tỉnh Sóc Trăng"; other places as written."""
    if slot.isupper() and not slot.startswith("TP."):
        slot = slot.title() if place_name else recase(slot)
    hit = _places().get(slot.casefold())
    if hit:
        return str(hit["name"] if place_name else hit.get("full_name") or hit["name"])
    m = re.match(rf"^(?P<kind>{_KIND})\s*(?P<name>.+)$", slot)
    if m:
        hit = _places().get(m["name"].casefold())
        kind = "thành phố" if m["kind"].startswith("TP") else m["kind"]
        if hit and kind.casefold() == str(hit["kind"]).casefold():
            return str(hit.get("full_name") or f"{kind} {hit['name']}")
        return f"{kind} {m['name']}"
    return slot


@lru_cache(maxsize=4096)
def _fill(pattern: str, slot: str | None) -> str:
    if slot is None:
        return re.sub(r"\s*\{\w+\}", "", pattern)
    return re.sub(r"\{\w+\}", _canon_slot(slot, pattern.endswith("{place_name}")), pattern)


def find_organizations(doc: Document, place: str | None = None) -> list[Organization]:
    """Bodies named in ``doc`` in text order. ``place`` (the document's province) completes
    "Ủy ban nhân dân tỉnh" / "Hội đồng nhân dân tỉnh" written without it."""
    text = doc.text
    cands: list[Organization] = []
    templates = _templates()
    caps = _capitalised(text)
    for start, head_end, key in _matches(text, templates, caps):
        pattern, kind = templates.forms[key], templates.slots[key]
        slot_re = _NAME_SLOT if kind == "place_name" else _PLACE_SLOT if kind == "place" else None
        sm = slot_re.match(text, head_end) if slot_re else None
        end = sm.end() if sm else head_end
        mention = _fill(pattern, sm["slot"] if sm else None)
        name = mention
        if place and sm and sm["slot"] in ("tỉnh", "thành phố") and re.match(r"(Ủy ban|Hội đồng) nhân dân", mention):
            name = f"{mention} {place}"
        cands.append(Organization(name, mention, text[start:end], (start, end), doc.page_at(start), "orgs.template"))
    named = _named()
    for start, end, key in _matches(text, named, caps):
        name = named.forms[key]
        cands.append(Organization(name, name, text[start:end], (start, end), doc.page_at(start), "orgs.gazetteer"))
    for m in _GENERIC.finditer(text):
        end = m.end() if m["loc"] else m.end("name")
        written = text[m.start() : end]
        mention = " ".join(_ABBR_WORDS.get(w, w) for w in written.split())
        span = (m.start(), end)
        cands.append(Organization(mention, mention, written, span, doc.page_at(m.start()), "orgs.head_noun"))
    # the longest mention wins where two overlap; the gazetteer before the head-noun rule
    rank = {"orgs.gazetteer": 0, "orgs.template": 0, "orgs.head_noun": 1}
    cands.sort(key=lambda o: (rank[o.method], o.span[0] - o.span[1], o.span[0]))
    out: list[Organization] = []
    occupied = bytearray(len(text) + 1)
    for o in cands:
        a, b = o.span
        if occupied.find(1, a, b) < 0:
            occupied[a:b] = b"\x01" * (b - a)
            out.append(o)
    return sorted(out, key=lambda o: o.span)

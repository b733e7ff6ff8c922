"""State and Party bodies named in a text, normalised to canonical names (``agencies.json``).

Three kinds of match, longest first, never overlapping: a named body or one of its aliases and
abbreviations ("Bộ GD&ĐT" → "Bộ Giáo dục và Đào tạo"); a local body from a template with its
place ("UBND tỉnh Sóc Trăng" → "Ủy ban nhân dân tỉnh Sóc Trăng", "Ban Tuyên giáo Tỉnh ủy"); and
a body the gazetteer does not list, told by its head noun and capitalised name ("Trung tâm Điều
hành đô thị thông minh tỉnh Nam Định").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
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
def _head_noun_body(name: str, loc: str, head: str = "", tail: str = "") -> str:
    """A head noun and the capitalised name after it, with its place after a few lower-case words;
    the groups named ``name`` and ``loc`` (and ``head``, ``tail`` when given)."""

    def group(n: str) -> str:
        return f"?P<{n}>" if n else "?:"

    heads = "|".join(f"{h}(?<!{_W}{h})" for h in _HEADS)
    return (
        rf"({group(head)}{heads})\s+(?P<{name}>{_CAP}(?:\s+(?:{_CAP}|và|-))*)"
        rf"(?:({group(tail)}(?:\s+[a-zà-ỹđ]+){{1,6}})"
        rf"\s+(?P<{loc}>(?:tỉnh|thành phố|huyện)\s+{_CAP}(?:\s+{_CAP}){{0,2}}))?"
    )


_GENERIC = re.compile(_head_noun_body("name", "loc", head="head", tail="tail"))
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


_CAPITALISED = re.compile(UPPER + r"(?<![\w/\-].)[^\s,;:()“”\"'!?/\-]*")  # opens with a class: fast scan
_TOKEN = re.compile(r"[^\s,;:()“”\"'!?]+")
_TOKEN_CHARS = r"[^\s,;:()“”\"'!?]"  # a character of a ``_TOKEN``


@dataclass(frozen=True)
class _Index:
    """Written forms by their first word, so only a few positions of a text are tried."""

    forms: dict[str, str]  # key of a whole form → canonical name or template pattern
    slots: dict[str, str]  # key of a template head → slot kind
    longest: int  # words
    lengths: dict[str, tuple[int, ...]]  # first word → word counts of its forms, longest first
    pairs: frozenset[str]  # the first two words of every form of two words or more
    prefixes: frozenset[str]  # every prefix of every key of ``forms`` (to ask whether a form starts so)


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
    prefixes = frozenset(k[:i] for k in forms for i in range(len(k) + 1))
    return _Index(forms, slots, longest, by_first, frozenset(pairs), prefixes)


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


@cache
def _first_words() -> frozenset[str]:
    return frozenset(_named().lengths) | frozenset(_templates().lengths)


@cache
def _scan_re() -> re.Pattern[str]:
    """One pass over a text for both kinds of candidate, matching the capital and the letter after
    it at each position where either starts:

    - group 1 (``c``): a capitalised word, as ``_CAPITALISED`` reads words, whose case-folded
      form, trailing dots aside, starts some body's name (one branch per capital,
      "B(?<![\\w/\\-]B)(?i:ộ|an|…)", dots included); group 2 (``x``): the token after it on the
      same line (``[ \\t]*`` away); group 3 (``t``): the rest of the ``_TOKEN`` token the word
      opens ("/Ngành" of "Bộ/Ngành"); group 4 (``w``), empty: set when the character before the
      word is not a ``_TOKEN_CHAR`` (else the word may lie inside a longer one);
    - group 5 (``gn``): the name after a head noun (``_GENERIC``), group 6 (``gl``) its place.

    Both parts are tried at the same position, in look-aheads inside a look-behind after the
    capital and the letter after it, so the pattern opens with one character class (the regex
    engine skips to those capitals in C) and each part opens with literal branches (the engine
    skips the branches of other capitals at once). The caller keeps the matches a ``finditer`` of
    each part alone would give (non-overlapping, left to right)."""
    by_first: dict[str, set[str]] = {}
    for w in _first_words():
        if w[:1].upper() != w[:1]:
            by_first.setdefault(w[0].upper(), set()).add(w[1:])
    word = "|".join(
        f"{re.escape(cap)}(?<![\\w/\\-]{re.escape(cap)})(?i:{_trie(rests)})" for cap, rests in sorted(by_first.items())
    )
    cap_part = (
        rf"(?=(?P<c>(?:{word})\.*)(?![^\s,;:()“”\"'!?/\-])"
        rf"(?:(?=[ \t]*(?P<x>{_TOKEN_CHARS}+))|)(?P<t>{_TOKEN_CHARS}*))"
        rf"(?:(?<![^\s,;:()“”\"'!?/\-])(?P<w>)|)"
    )
    gen_part = f"(?={_head_noun_body('gn', 'gl')})"
    firsts = re.escape("".join(sorted({cap[0] for cap in by_first} | {h[0] for h in _HEADS})))
    rests = {r for rs in by_first.values() for r in rs}
    if "" in rests:  # a one-letter word: only the capital is known
        return re.compile(rf"[{firsts}](?<!\w.)(?<=(?:{cap_part}|)(?:{gen_part}|).)(?(c)|(?(gn)|(?!)))")
    # the capital and the letter after it (in either case); no candidate starts on that letter,
    # which follows a word character
    seconds = re.escape("".join(sorted({r[0] for r in rests} | {h[1] for h in _HEADS})))
    return re.compile(rf"[{firsts}](?i:[{seconds}])(?<!\w..)(?<=(?:{cap_part}|)(?:{gen_part}|)..)(?(c)|(?(gn)|(?!)))")


def _trie(words: set[str]) -> str:
    """An alternation of ``words`` as a trie ("a(?:n|nd)" for "an", "and"): fewer branches to try
    at each position. Where at most one of the words can lead to a match, as here (the word must
    end the token, dots aside), the order of the branches does not change the match."""
    by_first: dict[str, set[str]] = {}
    for w in words:
        if w:
            by_first.setdefault(w[0], set()).add(w[1:])
    alts = [re.escape(c) + _trie(rest) for c, rest in sorted(by_first.items())]
    if "" in words:
        alts.append("")
    return alts[0] if len(alts) == 1 else f"(?:{'|'.join(alts)})"


def _starts_word(text: str, pos: int) -> bool:
    """Whether ``_CAPITALISED`` read from the start of the run of word characters around ``pos``
    starts a word at ``pos`` (rare: only asked when the character before is a word character)."""
    run = pos
    while run > 0 and _TOKEN_CHAR.match(text, run - 1):
        run -= 1
    return any(m.start() == pos for m in _CAPITALISED.finditer(text, run, pos + 1))


_TOKEN_CHAR = re.compile(r"[^\s,;:()“”\"'!?/\-]")

# (start, end of the word, token after it on the same line or "", end of the ``_TOKEN`` token it opens)
_Cap = tuple[int, int, str, int]
# (start, end) of a head-noun body and the end of its name
_Generic = tuple[int, int, int]


def _candidates(text: str) -> tuple[list[_Cap], list[_Generic]]:
    """Capitalised words that start some body's name (as ``finditer`` of the plain pattern reads
    them: a word inside an earlier one is not one) and head-noun bodies (``_GENERIC``), one pass."""
    caps: list[_Cap] = []
    generic: list[_Generic] = []
    cap_end = gen_end = 0
    for m in _scan_re().finditer(text):
        s = m.start()
        _, (_, we), (xs, xe), (_, te), (w, _), (_, gn), (_, gl) = m.regs
        if we >= 0 and s >= cap_end:
            cap_end = we
            if w >= 0 or _starts_word(text, s):
                caps.append((s, we, text[xs:xe] if xe >= 0 else "", te))
            # else inside a longer word ("TT" of "TT&TT")
        if gn >= 0 and s >= gen_end:
            gen_end = gl if gl >= 0 else gn
            generic.append((s, gen_end, gn))
    return caps, generic


def _capitalised(text: str) -> list[tuple[int, int, str]]:
    """(start, end, case-folded word) of every capitalised word that starts some body's name."""
    return [(s, e, text[s:e].casefold().rstrip(".")) for s, e, _, _ in _candidates(text)[0]]


# which index (0: templates, 1: named bodies), the word counts of its forms that may start at a
# capitalised word (longest first), and the tokens they span (None: only the word's own token)
_Reach = tuple[int, tuple[int, ...], re.Pattern[str] | None]


@lru_cache(maxsize=1 << 14)
def _reach(word: str, nxt: str) -> tuple[_Reach, ...]:
    """The forms to try at a capitalised ``word`` (as written) followed on its line by ``nxt`` (or
    ""). A form of more than one word is only tried when its first two words are these."""
    first = word.casefold().rstrip(".")
    pair = f"{word} {nxt}".casefold() if nxt else None
    out: list[_Reach] = []
    for i, index in enumerate((_templates(), _named())):
        counts = index.lengths.get(first, ())
        if pair is None or pair not in index.pairs:  # every form that starts so is longer, and none goes on this way
            counts = (1,) if 1 in counts else ()
        if counts:
            out.append((i, counts, _window(counts[0]) if counts[0] > 1 else None))
    return tuple(out)


@lru_cache(maxsize=64)
def _window(tokens: int) -> re.Pattern[str]:
    """``tokens`` ``_TOKEN`` tokens (fewer at the end of a text), separated as ``_TOKEN.finditer`` reads them."""
    return re.compile(rf"{_TOKEN_CHARS}+(?:[\s,;:()“”\"'!?]+{_TOKEN_CHARS}+){{0,{tokens - 1}}}")


@lru_cache(maxsize=1 << 15)
def _form_at(named: bool, window: str, counts: tuple[int, ...]) -> tuple[int, str] | None:
    """(end, key) of the longest written form (of the named bodies or the templates) at the start
    of ``window``, the first ``counts[0]`` tokens at a capitalised word: the longest n-token
    stretch whose key is a form's, n in ``counts``. What is read lies inside the window, so this is
    a function of its text (cached: the same names recur in and across documents); the character
    after a window is never "/" or "-" (they belong to tokens)."""
    index = _named() if named else _templates()
    best: tuple[int, str] | None = None
    for n, tok in enumerate(_TOKEN.finditer(window), 1):
        end = len(window[: tok.end()].rstrip("."))
        key = name_key(window[:end])
        if key in index.forms and n in counts and not (end < len(window) and window[end] in "/-"):
            best = (end, key)
        elif key not in index.prefixes:
            break  # the key of a longer stretch starts with this one: no longer form can match
    return best


def _matches(text: str, caps: list[_Cap]) -> tuple[list[tuple[int, int, str]], list[tuple[int, int, str]]]:
    """(start, end, key) of the longest written form at each candidate first word, left to right
    and not overlapping: of the templates, and of the named bodies."""
    out: tuple[list[tuple[int, int, str]], list[tuple[int, int, str]]] = ([], [])
    last = [0, 0]
    for s, we, nxt, te in caps:
        if s < last[0] and s < last[1]:
            continue
        for i, counts, window in _reach(text[s:we], nxt):
            if s >= last[i]:
                end = window.match(text, s).end() if window else te  # type: ignore[union-attr]
                found = _form_at(i == 1, text[s:end], counts)
                if found:
                    last[i] = s + found[0]
                    out[i].append((s, last[i], found[1]))
    return out


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
    # candidates: (rank, minus length, start, order, end, name, mention, method); the longest
    # mention wins where two overlap, the gazetteer before the head-noun rule, then text order
    cands: list[tuple[int, int, int, int, int, str, str, str]] = []
    templates = _templates()
    caps, generic = _candidates(text)
    from_templates, from_named = _matches(text, caps)
    for start, head_end, key in from_templates:
        pattern, kind = templates.forms[key], templates.slots[key]
        slot_re = _NAME_SLOT if kind == "place_name" else _PLACE_SLOT if kind == "place" else None
        sm = slot_re.match(text, head_end) if slot_re else None
        end = sm.end() if sm else head_end
        mention = _fill(pattern, sm["slot"] if sm else None)
        name = mention
        if place and sm and sm["slot"] in ("tỉnh", "thành phố") and re.match(r"(Ủy ban|Hội đồng) nhân dân", mention):
            name = f"{mention} {place}"
        cands.append((0, start - end, start, len(cands), end, name, mention, "orgs.template"))
    named = _named()
    for start, end, key in from_named:
        name = named.forms[key]
        cands.append((0, start - end, start, len(cands), end, name, name, "orgs.gazetteer"))
    for start, end, _ in generic:
        mention = _expand(text[start:end])
        cands.append((1, start - end, start, len(cands), end, mention, mention, "orgs.head_noun"))
    cands.sort()
    kept: list[tuple[int, int, str, str, str]] = []
    occupied = bytearray(len(text) + 1)
    for _, _, a, _, b, name, mention, method in cands:
        if occupied.find(1, a, b) < 0:
            occupied[a:b] = b"\x01" * (b - a)
            kept.append((a, b, name, mention, method))
    kept.sort()  # text order (no two kept spans are the same)
    page = doc.page_at(0) if len(doc.pages) < 2 else None  # one page: the same for every offset
    return [
        Organization(name, mention, text[a:b], (a, b), page or doc.page_at(a), method)
        for a, b, name, mention, method in kept
    ]


@lru_cache(maxsize=4096)
def _expand(written: str) -> str:
    """A head-noun body's name with its abbreviations written out ("UBND" → "Ủy ban nhân dân")."""
    return " ".join(_ABBR_WORDS.get(w, w) for w in written.split())

"""Documents a text cites: type, number and symbol, date, issuer, title and how the text relates to
them (basis, implements, amends, replaces, repeals, cites).

Follows the official citation form (Nghị quyết 351/2017/UBTVQH14, Điều 24) — "Nghị định số
73/2023/NĐ-CP ngày 29/9/2023 của Chính phủ về …" — and what real texts do instead: short forms,
lists sharing one type ("các Nghị định số 30/2020/NĐ-CP và 73/2023/NĐ-CP"), laws cited by name
and date, anaphora ("Nghị định nêu trên") linked to the document it points at, and the
document's own name ("Chỉ thị này") left out.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import Any

import ahocorasick

from docproc.data import load
from docproc.document import Document
from docproc.extract.dates import _iso
from docproc.extract.symbols import DASHES, parse_number_symbol
from docproc.scan import finditer_at, top_level_alternation, with_initial_case
from docproc.vietnamese import UPPER

_SYM = (
    r"(?P<num>\d{1,5}(?:\.\d{1,4})?[a-z]?)[ ]?(?P<sep>[/\-" + DASHES + r"])[ ]?"
    r"(?P<sym>(?:(?:19|20)\d{2}[ ]?/[ ]?)?[A-ZĐÐ][A-ZĐÐa-zđ0-9&]*(?:\.(?=[A-ZĐ/-]))?(?![a-zà-ỹ])"
    r"(?:[ ]?[/\-" + DASHES + r"][ ]?[A-ZĐÐ0-9][A-ZĐÐa-zđ0-9&]*(?:\.(?=[A-ZĐ/-]))?(?![a-zà-ỹ]))*)"
)
SYMBOL = re.compile(_SYM)
_HEAD = re.compile(r"\s*(?:liên\s+tịch\s+)?(?:số|Số)?\s*:?\s*")
_LIST_NEXT = re.compile(r"\s*(?:,|và|;)\s*(?:số\s*)?")
_GLUED_AFTER = re.compile(r"\s*(?:/|\d)")
_DATE = re.compile(
    r"^\s*,?\s*(?:ban\s+hành\s+|được\s+ban\s+hành\s+)?ngày\s+"
    r"(?:(?P<d>\d{1,2})\s*[/.\-]\s*(?P<m>\d{1,2})\s*[/.\-]\s*(?P<y>(?:19|20)\d{2})"
    r"|(?P<d2>\d{1,2})\s+tháng\s+(?P<m2>\d{1,2})\s+năm\s+(?P<y2>(?:19|20)\d{2}))",
    re.IGNORECASE,
)
_ISSUER = re.compile(r"^\s*,?\s*(?:của|do)\s+(?P<iss>" + UPPER + r"[^,;.()“”\"\n]{1,90})")
_ISSUER_STOP = re.compile(
    r"\s+(?:về|quy\s+định|hướng\s+dẫn|ban\s+hành|sửa\s+đổi|đã|được|và|tại|để|trong|thì|là|theo|nhằm|khóa|khoá|"
    r"kèm|phê\s+duyệt|với|cho|trên|gắn|nêu|đối|năm|ngày|số|nhiệm|kỳ|Xét|Căn|Theo|Thực|Trên|quy\s+chế)\b.*$"
)
_ENACTOR = re.compile(
    r"(?P<iss>(?:UBND|Ủy ban nhân dân|HĐND|Hội đồng nhân dân|Chính phủ|Thủ tướng Chính phủ|Quốc hội|"
    r"Bộ [A-ZĐ][\wÀ-ỹ]*(?: [\wÀ-ỹ]+){0,5}?|Tỉnh ủy|Thành ủy|Huyện ủy)(?: tỉnh| thành phố| huyện)?"
    r"(?: [A-ZĐ][\wÀ-ỹ]*){0,3})\s+(?:đã\s+)?(?:ban\s+hành|có)\s+$"
)
_LAW_TITLE = re.compile(
    r"\s+(?P<title>(?:" + UPPER + r"|sửa\s+đổi|nước\s)"
    r"(?:[^\d;,.()“”\"\n]|,\s+(?=[a-zà-ỹđ])(?!(?:và|được|đã|theo|bởi|có)\s)){0,150}?)"
    r"(?=\s+(?:số\s+(?=\d|ngày)|ngày\s+\d|năm\s+\d{4}|được\s|đã\s|hiện\s+hành|và\s+(?:Luật|Bộ\s+luật|Pháp\s+lệnh)|"
    r"quy\s+định|hướng\s+dẫn|về\s)|\s*(?:[;.()\n]|,(?!\s+[a-zà-ỹđ]))|$)"
)
_ENACTOR_VERBS = ("hành", "có")


def _enactor(before: str) -> re.Match[str] | None:
    """``_ENACTOR.search(before)``; a match ends with "ban hành" or "có" and spaces, so text that
    does not is not searched."""
    if not before or not before[-1].isspace() or not before.rstrip().endswith(_ENACTOR_VERBS):
        return None
    return _ENACTOR.search(before)


ABBREVIATIONS = {"UBND": "Ủy ban nhân dân", "HĐND": "Hội đồng nhân dân"}
NAMED_TYPES = ("Bộ luật", "Luật", "Pháp lệnh", "Hiến pháp")
_WINDOW_END = re.compile(
    r"[;\n]|\.\s|,\s+(?:được|đã|theo|bởi)\s|\s(?:Luật|Bộ luật|Pháp lệnh|Nghị định|Nghị quyết)\s|\s(?:ngày|năm)\s+\d"
)
_AMENDING_END = re.compile(r"[;\n]|\.\s")
_TITLE_NUMBER = re.compile(r"\s+(?:số\s*:?\s*(?=\d)|(?=\d{1,4}/(?:19|20)\d{2}/))")


@dataclass
class Reference:
    """One cited document and where the text cites it."""

    id: str | None
    doc_type: str
    number: str | None
    year: int | None
    symbol: str | None
    issuer: str | None
    date: str | None
    relation: str
    text: str
    span: tuple[int, int]
    page: int
    title: str | None = None
    repair: str | None = None
    mentions: list[tuple[int, int]] = field(default_factory=list)
    method: str = "references.citation"

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "id": self.id,
            "doc_type": self.doc_type,
            "number": self.number,
            "year": self.year,
            "symbol": self.symbol,
            "issuer": self.issuer,
            "date": self.date,
            "relation": self.relation,
            "text": self.text,
            "span": list(self.span),
            "page": self.page,
            "method": self.method,
        }
        if self.title:
            d["title"] = self.title
        if self.repair:
            d["repair"] = self.repair
        if self.mentions:
            d["mentions"] = [list(m) for m in self.mentions]
        return d


#: words that cite a document without naming its type, and the type they stand for
GENERIC_TYPES = {"Văn bản": "Công văn"}


@cache
def _types() -> tuple[str, ...]:
    names = {t["name"] for t in load("doc_types.json")["types"]} - {"Sao y", "Sao lục", "Trích sao", "Bản sao"}
    return tuple(sorted(names | set(NAMED_TYPES) | set(GENERIC_TYPES), key=len, reverse=True))


@cache
def _type_re() -> re.Pattern[str]:
    """A type word followed by what can make it a citation: a number, "này"/"nêu trên", or (for
    laws) a capitalised title — so the verb "quy định" costs nothing."""
    alts = trie_pattern([t.lower() for t in _types()], first_any_case=True)
    then = (
        r"\s+(?:liên\s+tịch\s+)?(?:[Ss]ố\s*:?\s*)?\d|\s+(?:này|nêu\s+trên|nói\s+trên|trên|đó)(?!\w)|\s+nước\s|"
        r"\s+sửa\s+đổi,|\s+" + UPPER
    )
    # a law whose title is printed in lower case ("Luật nhà ở ngày 29 tháng 11 năm 2005") needs its number or date
    lower = r"(?<![\w])(?P<ltype>Luật|Bộ luật|Pháp lệnh)\s+(?=[a-zà-ỹđ])(?=[^;\n]{0,120}?\s(?:số\s+\d|ngày\s+\d))"
    return re.compile(rf"(?<![\w])(?P<type>{alts})(?![\w])(?={then})|{lower}")


#: what may follow a type word and its spaces in a match of :func:`_type_re`, besides a decimal
#: digit: a capital, or the start of "liên tịch", "số", "sửa đổi,", "này", "nêu trên", "nói trên",
#: "nước", "trên", "đó"
_THEN_NEXT: dict[str, tuple[str, ...]] = {
    **dict.fromkeys(UPPER[1:-1], ()),
    **{"l": ("liên",), "s": ("số", "sửa"), "n": ("này", "nêu", "nói", "nước"), "t": ("trên",), "đ": ("đó",)},
}
#: the type words (less their first letter) that, with a capital, the lower-case title branch takes
#: followed by anything
_THEN_FREE = frozenset(w[1:] for w in ("luật", "bộ luật", "pháp lệnh"))


def _type_starts(text: str) -> list[int]:
    """Where :func:`_type_re` may match: a type word followed by whitespace and then what its
    look-ahead needs first (a regex call less for each "quy định về", "báo cáo của" …)."""
    return _type_words().starts_then(text, _THEN_NEXT, _THEN_FREE)


@cache
def _type_words() -> InitialCaseKeywords:
    """Where a type word may start: every match of :func:`_type_re` starts at one."""
    return InitialCaseKeywords(_types())


class InitialCaseKeywords:
    """Where words start, either case of their first letter ("Nghị định", "nghị định"), found as
    what follows that letter ("ghị định"): the automaton then has far fewer first characters to
    tell apart, which is what its pass over the text costs."""

    def __init__(self, words: Iterable[str]) -> None:
        firsts: dict[str, set[str]] = {}
        for w in with_initial_case(words):
            if len(w) < 2:
                raise ValueError(f"InitialCaseKeywords needs words of two letters or more: {w!r}")
            firsts.setdefault(w[1:], set()).add(w[0])
        self._auto = ahocorasick.Automaton()
        for rest, letters in firsts.items():
            self._auto.add_word(rest, (len(rest), "".join(sorted(letters)), rest))
        self._auto.make_automaton()

    def starts(self, text: str) -> list[int]:
        """Sorted, distinct start offsets of every word occurrence (overlaps included)."""
        out = set()
        for end, (n, letters, _) in self._auto.iter(text):
            i = end - n
            if i >= 0 and text[i] in letters:
                out.add(i)
        return sorted(out)

    def starts_then(self, text: str, then: dict[str, tuple[str, ...]], free: frozenset[str]) -> list[int]:
        """:meth:`starts` less the words not followed by whitespace and then a decimal digit or
        a character in ``then`` (and, if ``then`` gives it any, one of the strings it gives);
        words with a capital whose part after the first letter is in ``free`` need the whitespace
        only."""
        out = set()
        size = len(text)
        for end, (n, letters, rest) in self._auto.iter(text):
            i = end - n
            j = end + 1
            if i < 0 or text[i] not in letters or j >= size or not text[j].isspace():
                continue
            if rest not in free or not text[i].isupper():
                j += 1
                while j < size and text[j].isspace():
                    j += 1
                if j >= size:
                    continue
                need = then.get(text[j])
                if need is None:
                    if not text[j].isdecimal():
                        continue
                elif need and not text.startswith(need, j):
                    continue
            out.add(i)
        return sorted(out)


def trie_pattern(words: list[str], first_any_case: bool = False) -> str:
    """A regex alternation of ``words`` with common prefixes factored out ("Nghị (?:định|quyết)"),
    longest match first: the regex engine then tests one branch per letter instead of every word."""
    tree: dict[str, Any] = {}
    for w in words:
        node = tree
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, Any], top: bool) -> str:
        branches = []
        for ch in sorted(k for k in node if k):
            head = f"[{ch.upper()}{ch}]" if top and first_any_case and ch.upper() != ch else re.escape(ch)
            branches.append(head + build(node[ch], False))
        if not branches:
            return ""
        body = "|".join(branches)
        if "" in node:  # a word may end here: try the longer ones first, then stop
            return f"(?:{body})?"
        return body if len(branches) == 1 else f"(?:{body})"

    return build(tree, True)


@cache
def _cues() -> tuple[list[tuple[str, re.Pattern[str]]], re.Pattern[str], re.Pattern[str]]:
    data = load("reference_cues.json")
    rel = [(name, re.compile("|".join(cues), re.IGNORECASE)) for name, cues in data["relations"]]
    self_re = re.compile(r"^\s+(?:" + "|".join(data["self"]) + r")(?![\wÀ-ỹ])")
    ana_re = re.compile(r"^\s+(?:" + "|".join(data["anaphora"]) + r")(?![\wÀ-ỹ])")
    return rel, self_re, ana_re


@cache
def _relation_words() -> list[tuple[str, re.Pattern[str], tuple[str, ...] | None]]:
    """Each relation with its pattern and words one of which (in lower case) a clause must hold
    for the pattern to match there; None when some cue has no such word."""
    out: list[tuple[str, re.Pattern[str], tuple[str, ...] | None]] = []
    for (name, cues), (_, pat) in zip(load("reference_cues.json")["relations"], _cues()[0], strict=True):
        words = [_required_word(c) for c in cues]
        if None in words:
            out.append((name, pat, None))
            continue
        # a word that holds another is found whenever that one is: keep the shorter only
        kept = {w for w in words if w and not any(v and v != w and v in w for v in words)}
        out.append((name, pat, tuple(sorted(kept))))
    return out


def _required_word(cue: str) -> str | None:
    """The longest run of plain letters and spaces outside groups that every match of ``cue``
    holds, lower-cased; None when there is none (or ``cue`` holds a top-level alternation)."""
    if top_level_alternation(cue):
        return None
    runs: list[str] = []
    run, depth, i = "", 0, 0
    while i < len(cue):
        c = cue[i]
        if c == "\\" or c in "[.^$*+?{}|()":
            if c == "\\":
                i += 1
            elif c == "[":
                i = cue.index("]", i + 1)
            elif c == "(":
                depth += 1
            elif c == ")":
                depth -= 1
            elif c in "?*{" and run:
                run = run[:-1]  # the atom before may be absent
            runs.append(run)
            run = ""
        elif depth == 0:
            run += c
        i += 1
    runs.append(run)
    best = max(runs, key=len).lower()
    return best if best.strip() else None


#: characters that ``re.IGNORECASE`` equates with a letter their ``str.lower`` is not (dotted and
#: dotless i, long s): a clause holding one is searched without the word check
_FOLD_EXCEPTIONS = ("İ", "ı", "ſ")


@cache
def _codes() -> dict[str, str]:
    return dict(load("agencies.json")["symbol_codes"])


def _canonical_type(word: str) -> str:
    return _type_names()[word.lower()]


@cache
def _type_of() -> dict[str, str]:
    """:func:`_canonical_type` of each type word as :func:`_type_re` finds it (either case of
    its first letter), looked up without lower-casing."""
    return {w: _canonical_type(w) for w in with_initial_case(_types())}


@cache
def _type_names() -> dict[str, str]:
    return {t.lower(): GENERIC_TYPES.get(t, t) for t in _types()}


@lru_cache(maxsize=4096)
def _canonical_issuer(issuer: str) -> str:
    """The gazetteer's name of an issuer (cached: the same issuers come back in every document)."""
    from docproc.extract.header import canonical_agency

    return canonical_agency(issuer) or issuer


@lru_cache(maxsize=4096)
def _issuer_from_code(code: str | None, place: str | None) -> str | None:
    if not code:
        return None
    name = _codes().get(code.rstrip("0123456789"))
    if not name:
        return None
    if "{" in name:
        if not place:
            return None
        from docproc.extract.organizations import place_full_name

        name = re.sub(r"\{\w+\}", place_full_name(place) if "{place}" in name else place, name)
    return name


_ABBREVIATION = re.compile(rf"^(?:{'|'.join(ABBREVIATIONS)})\b")
_TERM = re.compile(r"\s+(?:khóa|khoá)\s+[IVXLC]+$")
_ENDS_WITH_UNIT = re.compile(r"(?:\btỉnh|\bthành phố|Tỉnh ủy|Thành ủy)$")


@lru_cache(maxsize=4096)
def _complete(name: str, place: str | None) -> str:
    """Expand abbreviations; add the document's province to "… tỉnh" / "… Tỉnh ủy" left without one."""
    name = _ABBREVIATION.sub(lambda m: ABBREVIATIONS[m[0]], name)
    name = _TERM.sub("", name).strip()
    if place and _ENDS_WITH_UNIT.search(name):
        name = f"{name} {place}"
    return name


def _clause(text: str, start: int) -> str:
    """The sentence before ``start`` ("Căn cứ A; B;" keeps its "Căn cứ" across the semicolons)."""
    lo = max(0, start - 300)  # a clause longer than this is not a clause; keeps the cost linear
    a = max(text.rfind(". ", lo, start), text.rfind("\n", lo, start), lo - 1)
    return text[a + 1 : start]


#: relations whose cue must sit right before the citation ("bãi bỏ Thông tư …"), not anywhere in the clause
_NEAR = {"repeals", "replaces", "amends"}


def _relation(text: str, start: int) -> str:
    return _clause_relation(_clause(text, start))


@lru_cache(maxsize=512)
def _clause_relation(clause: str) -> str:
    """The relation the clause before a citation gives it (cached: a pure function of a short
    string, and many citations follow the same clause, "Căn cứ " at the start of a line above all)."""
    low = None
    for c in _FOLD_EXCEPTIONS:
        if c in clause:
            break
    else:
        low = clause.lower()
    for name, pat, words in _relation_words():
        near = name in _NEAR
        if low is not None and words is not None:
            lwin = low[-45:] if near else low
            for w in words:
                if w in lwin:
                    break
            else:
                continue  # the pattern needs one of these words
        window = clause[-45:] if near else clause
        if pat.search(window):
            return name
    return "cites"


def _date(m: re.Match[str] | None) -> str | None:
    if m is None:
        return None
    d, mo, y = (m["d"], m["m"], m["y"]) if m["d"] else (m["d2"], m["m2"], m["y2"])
    return _iso(int(y), int(mo), int(d))


def find_references(doc: Document, place: str | None = None, skip: tuple[tuple[int, int], ...] = ()) -> list[Reference]:
    """The documents ``doc`` cites, in text order. ``place`` (the document's province) completes
    issuers written without one ("UBND tỉnh"); spans in ``skip`` (the document's own number line,
    copy blocks) are not searched."""
    text = doc.text
    _, self_re, ana_re = _cues()
    refs: list[Reference] = []
    by_type_last: dict[str, Reference] = {}
    covered = 0  # end of the last citation: a law named inside an amending law's title is part of it
    type_of = _type_of()
    skip_lo, skip_hi = (min(a for a, _ in skip), max(b for _, b in skip)) if skip else (0, 0)
    for m in finditer_at(_type_re(), text, _type_starts(text)):
        start, end = m.span()
        if start < covered or (skip_lo <= start < skip_hi and any(a <= start < b for a, b in skip)):
            continue
        tword = m["type"] or m["ltype"]
        dtype = type_of.get(tword) or _canonical_type(tword)
        after = text[end : end + 40]
        if self_re.match(after):
            continue
        if (am := ana_re.match(after)) and dtype in by_type_last:
            by_type_last[dtype].mentions.append((start, end + am.end()))
            continue
        found = _numbered(doc, start, end, dtype, place) or (
            _named(doc, start, start + len(tword), tword, dtype, place)
            if dtype in NAMED_TYPES and tword[0].isupper()
            else []
        )
        for ref in found:
            refs.append(ref)
            by_type_last[dtype] = ref
            if ref.method == "references.named_law":
                covered = ref.span[1]
    return _dedupe(refs)


def _numbered(doc: Document, type_start: int, pos: int, dtype: str, place: str | None) -> list[Reference]:
    """ "Nghị định số 73/2023/NĐ-CP, ngày … của …" and the numbers listed after it; ``type_start``
    is where the type word starts, ``pos`` where the number may start."""
    text = doc.text
    head = _HEAD.match(text, pos)
    assert head
    sm = SYMBOL.match(text, head.end())
    if not sm:
        return []
    items = [sm]
    end = sm.end()
    while True:
        nxt = _LIST_NEXT.match(text, end)
        if not nxt:
            break
        more = SYMBOL.match(text, nxt.end())
        if not more or _GLUED_AFTER.match(text, more.end()):
            break
        items.append(more)
        end = more.end()
    out: list[Reference] = []
    relation = _relation(text, type_start)
    enactor: str | None = None  # "UBND tỉnh đã ban hành Kế hoạch số …", looked up once
    enactor_read = False
    for k, sm in enumerate(items):
        ns = parse_number_symbol(sm["num"], sm["sep"], sm["sym"], " " in sm.group(0))
        if ns is None:
            continue
        tail = sm.end()
        dm = _DATE.match(text[tail : tail + 80])
        if dm:
            tail += dm.end()
        im = _ISSUER.match(text[tail : tail + 200])
        issuer = None
        if im:
            iss = _ISSUER_STOP.sub("", im["iss"])
            issuer = _complete(iss.strip(), place)
            tail += im.start("iss") + len(iss.rstrip())
        if issuer is None:
            if not enactor_read:
                em = _enactor(text[max(0, type_start - 80) : type_start])
                enactor, enactor_read = (_complete(em["iss"], place) if em else None), True
            issuer = enactor
        issuer = issuer or _issuer_from_code(ns.issuer_code, place)
        if issuer:
            issuer = _canonical_issuer(issuer)
        date = _date(dm)
        start = type_start if k == 0 else sm.start()
        repair = ("; ".join(r for r in ns.repairs if r != "spaces removed") or None) if ns.repairs else None
        out.append(
            Reference(
                id=ns.number_symbol,
                doc_type=dtype,
                number=ns.number,
                year=ns.year or (int(date[:4]) if date else None),
                symbol=ns.symbol,
                issuer=issuer,
                date=date,
                relation=relation,
                text=text[start:tail],
                span=(start, tail),
                page=doc.page_at(start),
                repair=repair,
            )
        )
    return out


def _named(doc: Document, start: int, end: int, tword: str, dtype: str, place: str | None) -> list[Reference]:
    """A law cited by its name: "Luật Lưu trữ ngày 21 tháng 6 năm 2024" (``id`` null)."""
    text = doc.text
    # a title may hold commas ("Luật Khám bệnh, chữa bệnh số 15/2023/QH15"): look for its number
    # first, up to the end of the clause or the next cited law
    amending = text.startswith(("Sửa đổi", "sửa đổi"), end + 1) or (
        not text[end + 1 : end + 2].isupper() and not text.startswith("nước", end + 1)
    )
    window = text[end : end + (450 if amending else 220)]
    # an amending law's title names other laws: its number or date ends it, not the next "Luật"
    cut = (_AMENDING_END if amending else _WINDOW_END).search(window)
    window = window[: cut.start()] if cut else window
    num = _TITLE_NUMBER.search(window)
    if num and SYMBOL.match(text, end + num.end()):
        refs = _numbered(doc, start, end + num.end(), dtype, place)
        if refs:
            refs[0].title = f"{tword} {window[: num.start()].strip()}"
            refs[0].method = "references.named_law"
            return refs[:1]
    if amending:
        dm0 = re.search(r"\s+ngày\s+\d", window)
        tail = end + (dm0.start() if dm0 else len(window.rstrip()))
        title = f"{tword} {text[end:tail].strip()}"
        if not dm0:  # "… của Ủy ban thường vụ Quốc hội": the issuer, not the title
            title = re.sub(r"\s+của\s+.*$", "", title)
    else:
        tm = _LAW_TITLE.match(text, end) if _title_can_end(text, end) else None
        if not tm or len(tm["title"].split()) > 14:
            return []
        title = f"{tword} {tm['title'].strip()}"
        tail = tm.end()
    dm = _DATE.match(text[tail : tail + 80])
    if dm:
        tail += dm.end()
    if not dm and " " not in title[len(tword) + 1 :].strip():
        return []  # "Luật Đất đai" style mentions need a date to be a citation; one-word titles are too loose
    date = _date(dm)
    issuer = "Quốc hội" if dtype in ("Luật", "Bộ luật", "Hiến pháp") else "Ủy ban Thường vụ Quốc hội"
    return [
        Reference(
            id=None,
            doc_type=dtype,
            number=None,
            year=int(date[:4]) if date else None,
            symbol=None,
            issuer=issuer,
            date=date,
            relation=_relation(text, start),
            text=text[start:tail],
            span=(start, tail),
            page=doc.page_at(start),
            title=title,
            method="references.named_law",
        )
    ]


#: what may end a law's title (the look-ahead of ``_LAW_TITLE``), or a digit, which the title cannot hold
_TITLE_END = (re.compile(r"[\d;.()\n,“”\"]"), re.compile(r"\s(?:số|ngày|năm|được|đã|hiện|và|quy|hướng|về)\s"))


_SPACE_RUN = re.compile(r"\s*")


def _title_can_end(text: str, end: int) -> bool:
    """Whether ``_LAW_TITLE`` can match after ``end``: its title is at most 151 characters, so
    something that ends it must come within reach. Saves its lazy scan on runs of capitalised
    words ("Căn cứ Luật Căn cứ Luật …")."""
    start = _SPACE_RUN.match(text, end).end()  # type: ignore[union-attr]  # \s* always matches
    return start + 200 >= len(text) or any(p.search(text, end, start + 200) for p in _TITLE_END)


def _dedupe(refs: list[Reference]) -> list[Reference]:
    """One entry per cited document; later citations become mentions (and fill missing facts)."""
    out: list[Reference] = []
    index: dict[str, Reference] = {}
    titled = {r.title.lower(): r for r in refs if r.id and r.title}  # "Luật Đầu tư công số 58/2024/QH15"
    for r in refs:
        key = r.id or (r.title or "").lower()
        if not r.id and r.title and r.title.lower() in titled and not r.date:
            titled[r.title.lower()].mentions.append(r.span)  # the same law named again without its number
            continue
        if not key:
            out.append(r)
            continue
        first = index.get(key)
        if first is None:
            index[key] = r
            out.append(r)
            continue
        first.mentions.append(r.span)
        if first.date is None and r.date:
            first.date = r.date
        if first.issuer is None and r.issuer:
            first.issuer = r.issuer
        if first.relation == "cites" and r.relation != "cites":
            first.relation = r.relation
    return out

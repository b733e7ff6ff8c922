"""The header, signature, copy and stamp parser: the fields that describe the document itself.

``parse_layout(doc)`` finds the zones (lines) of the original and of each copy block;
``extract_header(doc)`` turns them into record fields, each with its evidence. A field the text
does not hold stays ``None``: nothing is guessed from elsewhere, except where the rule says so
in its evidence (an issuer's province taken from the copy block or the body).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import cache, lru_cache
from itertools import compress, islice
from operator import itemgetter

from docproc.data import load
from docproc.document import Document
from docproc.extract.names import is_person_name, name_key, place_names
from docproc.extract.names import recase as _recase
from docproc.extract.symbols import NumberSymbol, find_number_line
from docproc.records import Copy, DateValue, DocType, Evidence, Issuer, Marks, Received, Signer
from docproc.segment import (
    BODY_START,
    COPY_FORM,
    KINH_GUI,
    MARK,
    NATIONAL,
    NOI_NHAN,
    STAMP,
    Line,
    LineTable,
    Zone,
    is_rule,
    is_upper,
    line_table,
    lines,
)
from docproc.vietnamese import UPPER, syllable_ratio

PLACE_DATE = re.compile(
    r"(?P<place>[^,\d\n]{2,45}?)\s*,\s*ng[àa]y\s+(?P<d>\S{1,3})\s+th[áa]ng\s+(?P<m>\S{1,3})\s+n[ăa]m\s+(?P<y>\d{4})",
    re.IGNORECASE,
)
NUMERIC_DATE = re.compile(r"(?P<d>\d{1,2})\s*[/.\-]\s*(?P<m>\d{1,2})\s*[/.\-]\s*(?P<y>(?:19|20)\d{2})")
AUTHORITY = re.compile(
    r"^(?P<a>T\s?/\s?M\.?|K\s?/\s?T\.?|T\s?/\s?L\.?|T\.?\s?M\.?|K\.?\s?T\.?|T\.?\s?L\.?|T\.?U\.?Q\.?|Q\.)"
    r"\s+(?P<rest>" + UPPER + r".*)$"
)
SIGNED = re.compile(r"^\(?\s*(?:đã\s+ký|Đã\s+ký|ĐÃ\s+KÝ|ký|Ký)\s*\)?\s*[:.]?\s*", re.IGNORECASE)
LEGAL_TYPES = frozenset(
    {
        "Luật",
        "Bộ luật",
        "Pháp lệnh",
        "Nghị định",
        "Thông tư",
        "Thông tư liên tịch",
        "Lệnh",
        "Hiến pháp",
        "Văn bản hợp nhất",
        "Nghị quyết liên tịch",
    }
)
PARTY_CODES = re.compile(r"(?:^|[/-])(TW|VPTW|TU|HU|QU|ĐU|ĐUK|ĐĐ|BCSĐ|UBKT\w*|BTG\w*|BTC\w*TU|BDV\w*|BS)(?:$|[/-])")
_VV = re.compile(r"(?:^|\s)[Vv]/[Vv]\b\s*[:.]?\s*")
PRESS_DATE = re.compile(r"^date\s+(?P<date>\d{4}(?:-\d{2}(?:-\d{2})?)?)\s+(?P<title>.+)$")
LOCALITY_SUFFIX = re.compile(r"(Tỉnh ủy|Thành ủy|Ủy ban nhân dân tỉnh|Hội đồng nhân dân tỉnh|Đảng bộ tỉnh)$")


@lru_cache(maxsize=8192)
def recase(text: str) -> str:
    """:func:`docproc.extract.names.recase`, cached: signature, issuer and position lines repeat."""
    return _recase(text)


@dataclass
class Layout:
    """Line indices of the parts of a document (``None`` where the part is missing)."""

    lines: LineTable
    end: int  # first line after the original (start of the first copy block, or len(lines))
    stamp: tuple[int, int] | None = None
    national: list[int] = field(default_factory=list)
    issuer: list[int] = field(default_factory=list)
    marks: list[int] = field(default_factory=list)
    number: int | None = None
    place_date: int | None = None
    type_line: int | None = None
    of_line: int | None = None  # "CỦA BAN THƯỜNG VỤ TỈNH ỦY" under a Party type name
    subject: list[int] = field(default_factory=list)
    kinh_gui: list[int] = field(default_factory=list)
    body: int | None = None
    signature: list[int] = field(default_factory=list)
    recipients: list[int] = field(default_factory=list)
    copies: list[tuple[int, int]] = field(default_factory=list)

    @property
    def zones(self) -> list[Zone]:
        out: list[Zone] = []

        def add(kind: str, idx: Sequence[int]) -> None:
            if idx:
                a, b = self.lines[min(idx)], self.lines[max(idx)]
                out.append(Zone(kind, a.start, b.end, a.index, b.index))

        if self.stamp:
            add("stamp", range(self.stamp[0], self.stamp[1]))
        add("national_title", self.national)
        add("issuer", self.issuer)
        add("marks", self.marks)
        for kind, i in (("number", self.number), ("place_date", self.place_date), ("type_name", self.type_line)):
            if i is not None:
                add(kind, [i])
        add("subject", self.subject)
        add("kinh_gui", self.kinh_gui)
        if self.body is not None:
            last = min(self.signature or self.recipients or [self.end - 1])
            add("body", self._with_text(self.body, max(self.body, last)))
        add("signature", self.signature)
        add("recipients", self.recipients)
        for a, b in self.copies:
            add("copy", self._with_text(a, b))
        return sorted(out, key=lambda z: z.start)

    def _with_text(self, a: int, b: int) -> list[int]:
        """The first and the last of the lines ``a`` … ``b - 1`` that hold text (a zone needs no more)."""
        texts = self.lines.texts
        first = next(compress(range(a, b), islice(texts, a, b)), None)
        if first is None:
            return []
        return [first, next(i for i in range(b - 1, first - 1, -1) if texts[i])]


# -- tables ------------------------------------------------------------------------------------


@cache
def _types() -> tuple[tuple[str, str], ...]:
    """(upper-case name, name) of every document type, longest first."""
    names = {t["name"] for t in load("doc_types.json")["types"]} - {"Sao y", "Sao lục", "Trích sao", "Bản sao"}
    return tuple(sorted(((n.upper(), n) for n in names), key=lambda kv: -len(kv[0])))


def type_of_code(code: str | None, regime: str) -> str | None:
    """Type name of a symbol's type code; TT is Thông tri in Party symbols and Thông tư otherwise."""
    if not code:
        return None
    hits = [t for t in load("doc_types.json")["types"] if code in t["codes"]]
    for t in hits:
        if regime in t["regimes"]:
            return str(t["name"])
    return str(hits[0]["name"]) if hits else None


def code_of_type(name: str, regime: str) -> str | None:
    for t in load("doc_types.json")["types"]:
        if t["name"] == name and t["codes"]:
            return str(t["codes"][0])
    return None


@cache
def _type_first_words() -> frozenset[str]:
    """The first word of every type name in capitals: a line whose first word is not one names no type."""
    return frozenset(key.split(" ", 1)[0] for key, _ in _types())


def _type_line(text: str) -> tuple[str, str] | None:
    """(type name, rest) when an upper-case line starts with a document type ("QUYẾT ĐỊNH …")."""
    up = " ".join(text.split()).upper().rstrip(":")
    if up.split(" ", 1)[0] not in _type_first_words():
        return None
    for key, name in _types():
        if up == key or up.startswith(key + " "):
            return name, " ".join(text.split())[len(key) :].strip()
    return None


def _date(d: str, m: str, y: str) -> str | None:
    try:
        return date(int(y), int(m), int(d)).isoformat()
    except ValueError:
        return None


def _authority(text: str) -> tuple[str, str] | None:
    """(authority as printed in canonical form, the rest) of "TM. CHÍNH PHỦ", "T/M BAN THƯỜNG VỤ"."""
    m = AUTHORITY.match(text)
    if not m:
        return None
    raw = m["a"].replace(" ", "")
    letters = re.sub(r"[^A-Z]", "", raw)
    canon = f"{letters[0]}/{letters[1]}" if "/" in raw else f"{letters}."
    return canon, m["rest"].strip()


# -- layout -------------------------------------------------------------------------------------


def _matching(
    texts: Sequence[str],
    test: Callable[[str], object],
    a: int,
    b: int,
    part: Callable[[str], str] | None = None,
) -> Iterator[int]:
    """The indices ``a`` … ``b - 1`` (in order) of the texts that ``test`` accepts (or whose ``part``
    it accepts), found in C."""
    found = islice(texts, a, b)
    return compress(range(a, b), map(test, found if part is None else map(part, found)))


# the characters COPY_FORM (case-insensitive) takes for the "S" of "SAO" and the "T" of "TRÍCH"
COPY_INITIALS = frozenset("SsſTt")
_HEAD1 = itemgetter(slice(0, 1))  # a text's first character


def _copy_starts(ls: LineTable) -> list[int]:
    """First line of each copy block: walk back from "SAO Y" over the copy's issuer and number.

    Only lines that start with a letter of ``COPY_INITIALS`` are tried."""
    starts: list[int] = []
    texts = ls.texts
    for k in _matching(texts, COPY_INITIALS.__contains__, 5, len(ls), _HEAD1):
        if not COPY_FORM.match(texts[k]):
            continue
        i = k
        while i - 1 > (starts[-1] if starts else 0):
            prev = ls[i - 1]
            if (
                prev.blank
                or is_rule(prev)
                or prev.text == "*"
                or find_number_line(prev.text)
                or (prev.upper and not _authority(prev.text) and not _position(prev.text))
            ):
                i -= 1
                continue
            break
        while ls[i].blank:
            i += 1
        starts.append(i)
    return starts


def _mostly_upper(text: str) -> bool:
    """Capitals, allowing a few letters that a legacy font could not print in capitals ("MỸ Tú")."""
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 4 and sum(c.isupper() for c in letters) >= 0.8 * len(letters)


def _find_stamp(ls: LineTable, stop: int) -> tuple[int, int] | None:
    """The ĐẾN stamp: its receiving body (line above), "ĐẾN", "Số", "Ngày", "Chuyển" lines."""
    seen = 0
    texts = ls.texts
    for k in range(stop):
        t = texts[k]
        if not t:
            continue
        seen += 1
        if seen > 20:
            return None
        # STAMP holds a capital "Đ": the check skips the regex on the other lines
        if "Đ" in t and STAMP.match(t) and "ĐẾN" in [*t.upper().split()[0:3], t.split("\t")[0].strip()]:
            a = k
            j = a - 1
            while j >= 0 and not texts[j]:
                j -= 1
            if j >= 0 and _mostly_upper(texts[j]) and not NATIONAL.match(texts[j]) and not find_number_line(texts[j]):
                a = j
            b = j = k + 1
            while j < stop and j - k <= 8:
                if re.match(r"^[\W_]{0,3}(Số|Ngày|Chuy[ểếe]n|Lưu|Giờ|Người)\b", texts[j], re.IGNORECASE):
                    b = j + 1
                elif texts[j]:
                    break
                j += 1
            return a, b
    return None


def parse_layout(doc: Document) -> Layout:
    ls = line_table(doc.text)
    copies = _copy_starts(ls)
    end = copies[0] if copies else len(ls)
    lay = Layout(ls, end)
    lay.copies = list(zip(copies, [*copies[1:], len(ls)][: len(copies)], strict=True))
    lay.stamp = _find_stamp(ls, end)
    in_stamp = set(range(*lay.stamp)) if lay.stamp else set()
    head_stop = min(end, 60)
    crawl_title = " ".join(str(doc.meta.get("title") or "").split())
    for i in range(head_stop):
        ln = ls[i]
        if i in in_stamp or ln.blank or (i < 3 and crawl_title and ln.text == crawl_title):
            continue  # a web page's own title line is not part of the document
        if lay.body is not None:
            break
        if NATIONAL.match(ln.text):
            lay.national.append(i)
        elif lay.number is None and find_number_line(ln.text) and lay.type_line is None:
            lay.number = i
            if not lay.subject and _VV.search(ln.text):  # "Số: 12/UBND-VP V/v …" from a flattened table
                lay.subject = [i]
        elif lay.place_date is None and PLACE_DATE.match(ln.text) and lay.type_line is None:
            lay.place_date = i
        elif MARK.match(ln.text):
            lay.marks.append(i)
        elif lay.type_line is None and ln.upper and _type_line(ln.text):
            lay.type_line = i
        elif lay.type_line is None and ln.upper and not is_rule(ln) and lay.number is None and not lay.national:
            lay.issuer.append(i)
        elif lay.type_line is None and ln.upper and not is_rule(ln) and lay.number is None and lay.issuer:
            # two-column text layers give the issuer lines after the national title at times
            if lay.issuer and i - lay.issuer[-1] <= 3 and lay.national and i - lay.national[-1] <= 3:
                lay.issuer.append(i)
        elif ln.text.startswith(("V/v", "v/v", "V/V")) and lay.type_line is None:
            lay.subject = _continue(ls.texts, i, end)
        elif KINH_GUI.match(ln.text):
            lay.kinh_gui = _list_lines(ls.texts, i, end)
        elif lay.type_line is not None and i > lay.type_line:
            _after_type(lay, ln)
    if lay.body is None:
        lay.body = next(
            (k for k in _matching(ls.texts, BODY_START.match, lay.type_line or 0, end) if k not in in_stamp), None
        )
    _find_signature(lay)
    noi = next(_matching(ls.texts, NOI_NHAN.match, lay.body or 0, end), None)
    if noi is not None:
        lay.recipients = _list_lines(ls.texts, noi, end)
    return lay


def _after_type(lay: Layout, ln: Line) -> None:
    """Lines after the type name: "CỦA …" (Party), the trích yếu, then the body."""
    if lay.subject and (lay.subject[-1] < ln.index - 1 or BODY_START.match(ln.text)):
        lay.body = ln.index
        return
    if BODY_START.match(ln.text) or (lay.subject and is_rule(ln)):
        lay.body = ln.index
        return
    if is_rule(ln):
        return
    if not lay.subject and lay.of_line is None and ln.upper and ln.text.upper().startswith("CỦA "):
        lay.of_line = ln.index
        return
    if lay.subject and ln.upper and not lay.lines[lay.subject[0]].upper:
        lay.body = ln.index  # the enacting body under a sentence-case subject: "THỦ TƯỚNG CHÍNH PHỦ"
        return
    if lay.subject and ln.upper and (_position(ln.text) or _is_agency(ln.text)):
        lay.body = ln.index  # "VỀ VIỆC …" then the enacting body "CHÍNH PHỦ"
        return
    lay.subject.append(ln.index)


def _continue(texts: Sequence[str], i: int, stop: int) -> list[int]:
    """Line ``i`` and the lines that continue it without a blank line (at most 4); ``texts`` are the lines'
    texts."""
    out = [i]
    j = i + 1
    while (
        j < stop
        and len(out) < 4
        and texts[j]
        and not (
            NATIONAL.match(texts[j]) or PLACE_DATE.match(texts[j]) or KINH_GUI.match(texts[j]) or is_upper(texts[j])
        )
    ):
        out.append(j)
        j += 1
    return out


def _list_lines(texts: Sequence[str], i: int, stop: int) -> list[int]:
    """A "Nơi nhận:" / "Kính gửi:" line and its items ("- …"), ending at the first other line (``texts``
    are the lines' texts)."""
    out = [i]
    inline = bool(re.sub(r"^[\W_]{0,3}\w+\s+\w+\s*:?", "", texts[i]).strip(" -;,."))
    j = i + 1
    while j < stop:
        t = texts[j]
        lone = len(out) == 1 and not inline and 0 < len(t) < 120 and not t.endswith(":") and not t.isupper()
        if t.startswith(("-", "+", "•", "–")) or (lone and not _authority(t)):
            out.append(j)
        elif t and not (out and texts[out[-1]].endswith((",", "và")) and not t.isupper()):
            break
        elif t:
            out.append(j)
        j += 1
    return out


@cache
def _positions() -> tuple[str, ...]:
    return tuple(sorted((p.upper() for p in load("signature.json")["positions"]), key=len, reverse=True))


@cache
def _position_re() -> re.Pattern[str]:
    """The position titles, longest first, each followed by a space or the end."""
    return re.compile("(?:" + "|".join(re.escape(p) for p in _positions()) + r")(?= |\Z)")


@lru_cache(maxsize=8192)
def _position(text: str) -> str | None:
    """The position title that starts an upper-case line ("PHÓ THỦ TƯỚNG" → "PHÓ THỦ TƯỚNG")."""
    m = _position_re().match(" ".join(text.split()).upper())
    return m.group(0) if m else None


@cache
def _ranks() -> tuple[str, ...]:
    return tuple(sorted(load("signature.json")["ranks"], key=len, reverse=True))


@lru_cache(maxsize=8192)
def _name_part(text: str) -> tuple[str | None, str] | None:
    """(rank, name) when ``text`` is a signer's name line ("Đã ký: **Hồ Thị Cẩm Đào**")."""
    t = SIGNED.sub("", text.replace("*", "").strip()).strip(" .")
    rank = None
    for r in _ranks():
        if t.startswith(r + " "):
            rank, t = r, t[len(r) :].strip()
            break
    if t.isupper() and (_position(t) or _authority(t) or recase(t) != t.title()):
        return None
    if t.isupper() and len(t) > 4:
        t = t.title()
    return (rank, t) if is_person_name(t) else None


def _split_upper_prefix(text: str) -> tuple[str, str]:
    """("CHỦ TỊCH", "Nguyễn Ngọc Hai") of a table cell flattened onto one line."""
    words = text.split()
    k = 0
    while k < len(words) and (words[k].isupper() or not any(c.isalpha() for c in words[k])):
        k += 1
    return " ".join(words[:k]), " ".join(words[k:])


_FIRST_WORD = re.compile(r"\S+")


def _has_upper_prefix(text: str) -> bool:
    """Whether :func:`_split_upper_prefix` finds a prefix: the first word is in capitals or has no letter."""
    m = _FIRST_WORD.search(text)  # not ``split``: that would copy the rest of a long line
    return m is not None and (m[0].isupper() or not any(c.isalpha() for c in m[0]))


_HEAD2 = itemgetter(slice(0, 2))  # a text's first two characters


@cache
def _signature_initials() -> frozenset[str]:
    """First letters (upper case) of the position titles and of the authorities ("TM.", "KT.", "Q.")."""
    return frozenset({p[0] for p in _positions()} | set("TKQ"))


@lru_cache(maxsize=4096)
def _may_open_signature(head: str) -> bool:
    """Whether a line that starts with the two characters ``head`` can open a signature block.

    It must start with an authority (T, K or Q, then no small letter) or with a position title in
    capitals; either way its first letter is not small, maps to the initial of a title or authority
    in capitals, and its second character is not a small letter (the first word is in capitals)."""
    c = head[:1]
    return bool(c) and not c.islower() and c.upper()[:1] in _signature_initials() and not head[1:2].islower()


def _opens_signature(t: str) -> bool:
    """The line (text ``t``) starts a signature block: an authority, or a position title on a line (or
    first word) in capitals."""
    if not _may_open_signature(t[:2]):
        return False
    return bool(_authority(t)) or ((is_upper(t) or _has_upper_prefix(t)) and _position(t) is not None)


def _opens_signature_plain(ln: Line) -> bool:
    """:func:`_opens_signature` as first written (the oracle of the tests)."""
    if not ln.upper and not _authority(ln.text) and not (_has_upper_prefix(ln.text) and _position(ln.text)):
        return False
    return bool(_authority(ln.text) or _position(ln.text))


def _find_signature(lay: Layout) -> None:
    ls, start = lay.lines, (lay.body if lay.body is not None else 0)
    texts = ls.texts
    for k in _matching(texts, _may_open_signature, start, lay.end, _HEAD2):
        if not _opens_signature(texts[k]):
            continue
        ln = ls[k]
        block = [ln.index]
        j = ln.index + 1
        after = _split_upper_prefix(ln.text)[1]
        found = _name_part(after) if after else None
        while not found and j < lay.end and j - ln.index <= 8:
            t = texts[j]
            if not t or SIGNED.fullmatch(t) or t.startswith(("(", "[")):
                j += 1
                continue
            if is_upper(t) or _authority(t):
                block.append(j)
            else:
                prefix, rest = _split_upper_prefix(t)
                cand = _name_part(rest if prefix and _position(prefix) else t)
                if cand:
                    block.append(j)
                    found = cand
                    break
                if not NOI_NHAN.match(t) and not t.startswith("-"):
                    break
            j += 1
        if found:
            lay.signature = block
            return
    # OCR may lose the authority and position under a red seal: a lone name line near the end
    seen = 0
    for k in range(lay.end - 1, start - 1, -1):  # the last 12 lines with text, last first
        if not texts[k]:
            continue
        ln = ls[k]
        if not ln.text.startswith(("-", "+", "(")) and _name_part(ln.text) and ln.text == ln.text.strip("*"):
            lay.signature = [ln.index]
            return
        seen += 1
        if seen == 12:
            return


# -- fields -------------------------------------------------------------------------------------


def _ev(doc: Document, a: int, b: int, method: str, confidence: float = 0.95, repair: str | None = None) -> Evidence:
    page = doc.pages[0].number if len(doc.pages) == 1 else doc.page_at(a)  # page_at, without its search
    pc = doc.pages[page - 1].confidence if doc.pages and page - 1 < len(doc.pages) else None
    conf = confidence * (pc if pc is not None else 1.0)
    if repair:
        conf *= 0.9
    return Evidence((a, b), page, conf, method, repair)


@dataclass
class Header:
    """Fields of the header parser, with evidence per field (record names)."""

    regime: str = "unknown"
    doc_type: DocType | None = None
    number: str | None = None
    symbol: str | None = None
    number_symbol: str | None = None
    issuer: Issuer | None = None
    place: str | None = None
    issue_date: DateValue | None = None
    subject: str | None = None
    signer: Signer | None = None
    recipients: list[str] = field(default_factory=list)
    marks: Marks = field(default_factory=Marks)
    received: Received | None = None
    copies: list[Copy] = field(default_factory=list)
    evidence: dict[str, Evidence] = field(default_factory=dict)
    zones: list[Zone] = field(default_factory=list)


def _number(doc: Document, ln: Line, h: Header, method: str = "header.number") -> NumberSymbol | None:
    hit = find_number_line(ln.text)
    if not hit:
        return None
    m, ns = hit
    a, b = ln.start + m.start("num"), ln.start + m.end("sym")
    unreadable = any(r.startswith("number unreadable") for r in ns.repairs)
    h.symbol = ns.symbol
    h.number = None if unreadable else ns.number
    h.number_symbol = None if unreadable else ns.number_symbol
    ev = _ev(doc, a, b, method, 0.97, "; ".join(ns.repairs) or None)
    h.evidence["symbol"] = ev
    if not unreadable:
        h.evidence["number_symbol"] = ev
    return ns


def _place_date(doc: Document, ln: Line) -> tuple[str | None, DateValue | None, Evidence, Evidence | None]:
    m = PLACE_DATE.search(ln.text)
    assert m
    place = " ".join(m["place"].split()).strip(" .")
    iso = _date(m["d"], m["m"], m["y"]) if m["d"].isdigit() and m["m"].isdigit() else None
    pev = _ev(doc, ln.start + m.start("place"), ln.start + m.end("place"), "header.place_date")
    dev = _ev(doc, ln.start + m.start("d") - 5, ln.start + m.end("y"), "header.place_date") if iso else None
    return place or None, DateValue(iso) if iso else None, pev, dev


def _issuer(doc: Document, lay: Layout, h: Header) -> None:
    ls = lay.lines
    block = [i for i in lay.issuer if ls[i].text != "*" and not is_rule(ls[i]) and syllable_ratio(ls[i].text) >= 0.7]
    if block:
        texts = [" ".join(ls[i].text.split()) for i in block]
        groups: list[str] = []
        for t in texts:
            joins = groups and (
                re.match(r"^(TỈNH|THÀNH PHỐ|HUYỆN|QUẬN|XÃ|PHƯỜNG|THỊ XÃ|THỊ TRẤN|VÀ|VIỆT NAM|TRUNG ƯƠNG)\b", t)
                or groups[-1].endswith((",", " VÀ", "-"))
            )
            if joins:
                groups[-1] = f"{groups[-1]} {t}"
            else:
                groups.append(t)
        name = recase(groups[-1])
        parent = recase(groups[-2]) if len(groups) > 1 else None
        a, b = ls[block[0]].start, ls[block[-1]].end
        h.issuer = Issuer(canonical_agency(name), canonical_agency(parent) if parent else None, _abbr(h))
        h.evidence["issuer"] = _ev(doc, a, b, "header.issuer_block")
        return
    if lay.of_line is None and h.symbol:
        code = _abbr(h)
        name = load("agencies.json")["symbol_codes"].get(re.sub(r"\d+$", "", code or ""))
        if name and "{" not in name:
            ev = h.evidence.get("symbol")
            h.issuer = Issuer(name, None, code)
            if ev:
                h.evidence["issuer"] = Evidence(ev.span, ev.page, ev.confidence * 0.85, "header.symbol_issuer_code")
            return
    if lay.of_line is not None:
        ln = ls[lay.of_line]
        name = recase(ln.text[4:].strip())
        method = "header.type_of_line"
        completed = _with_locality(doc, name, h)
        if completed != name:
            method += "+locality"
        h.issuer = Issuer(completed, None, _abbr(h))
        h.evidence["issuer"] = _ev(doc, ln.start + 4, ln.end, method, 0.9 if completed != name else 0.95)


def _abbr(h: Header) -> str | None:
    return NumberSymbol("0", h.symbol, False, None).issuer_code if h.symbol else None


def _with_locality(doc: Document, name: str, h: Header) -> str:
    """ "Ban Thường vụ Tỉnh ủy" + the province the copy block or the body names most."""
    if not LOCALITY_SUFFIX.search(name):
        return name
    provinces = set(place_names())
    found: Counter[str] = Counter()
    for c in h.copies:
        if c.issuer and c.issuer.parent:
            m = re.search(r"tỉnh\s+(.+)$", c.issuer.parent)
            if m and m[1] in provinces:
                found[m[1]] += 10
    for m in re.finditer(r"\btỉnh\s+((?:" + UPPER + r"\w*\s?){1,3})", doc.text):
        cand = m[1].strip()
        while cand and cand not in provinces:
            cand = cand.rsplit(" ", 1)[0] if " " in cand else ""
        if cand:
            found[cand] += 1
    if not found:
        return name
    return f"{name} {found.most_common(1)[0][0]}"


@cache
def _agency_index() -> dict[str, str]:
    try:
        data = load("agencies.json")
    except FileNotFoundError:
        return {}
    out: dict[str, str] = {}
    for a in data.get("agencies", []):
        for n in [a["name"], *a.get("aliases", [])]:
            out[name_key(n)] = a["name"]
    return out


def _is_agency(text: str) -> bool:
    return name_key(recase(" ".join(text.split()))) in _agency_index()


def canonical_agency(name: str | None) -> str:
    """The gazetteer's name for ``name`` when it holds it (case-insensitive), else ``name``."""
    if not name:
        return ""
    return _agency_index().get(name_key(name), name)


def _signer(doc: Document, lay: Layout, idx: list[int], method: str) -> tuple[Signer | None, Evidence | None]:
    if not idx:
        return None, None
    ls = lay.lines
    authority = on_behalf = position = None
    name: tuple[str | None, str] | None = None
    for i in idx:
        t = ls[i].text
        prefix, rest = _split_upper_prefix(t)
        auth = _authority(t)
        if auth:
            upper_rest = _split_upper_prefix(auth[1])[0]
            if authority is None:
                authority, on_behalf = auth[0], recase(upper_rest)
            else:
                position = recase(upper_rest)
            tail = _split_upper_prefix(auth[1])[1]
            name = _name_part(tail) if tail else name
            # "KT. CHỦ TỊCH PHÓ CHỦ TỊCH" flattened onto one line
            pos = _trailing_position(upper_rest)
            if pos and pos != upper_rest:
                on_behalf = recase(upper_rest[: -len(pos)].strip()) if authority == auth[0] else on_behalf
                position = recase(pos)
        elif ls[i].upper:
            position = recase(" ".join(t.split()))
        elif prefix and _position(prefix):
            position = recase(prefix)
            name = _name_part(rest)
        else:
            name = _name_part(t)
    if name is None:
        return None, None
    if position is None and on_behalf and authority in ("KT.", "K/T", "TL.", "T/L"):
        position = None
    a, b = ls[idx[0]].start, ls[idx[-1]].end
    return Signer(name[1], position, authority, on_behalf, name[0]), _ev(doc, a, b, method)


def _trailing_position(upper: str) -> str | None:
    for p in _positions():
        if upper.endswith(" " + p) or upper == p:
            return p
    return None


def _items(lay: Layout, idx: list[int]) -> list[str]:
    out: list[str] = []
    for i in idx[1:] if idx else []:
        t = lay.lines[i].text.lstrip("-+•– ").strip().rstrip(";,.").strip()
        if t.endswith("./"):
            t = t[:-2]
        if t:
            out.append(t)
    first = lay.lines[idx[0]].text if idx else ""
    inline = re.sub(r"^[\W_]{0,3}(?:N[ơo]i\s+nh[ậa]n|K[íi]nh\s+g[ửu]i)\s*:?", "", first, flags=re.IGNORECASE).strip(
        " -;,."
    )
    return ([inline] if inline else []) + out


def _stamp(doc: Document, lay: Layout) -> tuple[Received | None, Evidence | None]:
    if not lay.stamp:
        return None, None
    ls = lay.lines
    a, b = lay.stamp
    by = None
    text = "\n".join(ls[i].text for i in range(a, b))
    first = ls[a].text
    if _mostly_upper(first) and not STAMP.match(first):
        by = canonical_agency(recase(first.upper()))
    num = re.search(r"Số\s*[:.]?\s*(\d{1,6})\b", text)
    dm = NUMERIC_DATE.search(text)
    iso = _date(dm["d"], dm["m"], dm["y"]) if dm else None
    if num is None and iso is None and by is None:
        return None, None
    return Received(by, num[1] if num else None, iso), _ev(doc, ls[a].start, ls[b - 1].end, "header.stamp", 0.9)


def _copy(doc: Document, lay: Layout, a: int, b: int) -> Copy:
    ls = lay.lines
    issuer_lines: list[str] = []
    number_symbol = place = iso = None
    form = "SAO Y"
    signer_idx: list[int] = []
    recipients: list[int] = []
    i = a
    while i < b:
        ln = ls[i]
        t = ln.text
        if not t or t == "*" or is_rule(ln):
            i += 1
            continue
        hit = find_number_line(t)
        if hit and number_symbol is None:
            number_symbol = hit[1].number_symbol
        elif (m := COPY_FORM.match(t)) is not None:
            form = m["form"].upper()
        elif PLACE_DATE.match(t) and place is None:
            pl, dv, _, _ = _place_date(doc, ln)
            place, iso = pl, dv.value if dv else None
        elif NOI_NHAN.match(t):
            recipients = _list_lines(ls.texts, i, b)
            i = recipients[-1] + 1
            continue
        elif _authority(t) or (ln.upper and number_symbol is not None):
            signer_idx = [j for j in range(i, b) if ls[j].text]
            break
        elif ln.upper and number_symbol is None:
            issuer_lines.append(" ".join(t.split()))
        i += 1
    issuer = None
    if issuer_lines:
        issuer = Issuer(recase(issuer_lines[-1]), recase(issuer_lines[-2]) if len(issuer_lines) > 1 else None)
    signer, _ = _signer(doc, lay, _trim_signature(lay, signer_idx), "copy.signature")
    return Copy(form, number_symbol, issuer, place, iso, signer, _items(lay, recipients))


def _trim_signature(lay: Layout, idx: list[int]) -> list[int]:
    out: list[int] = []
    for i in idx:
        out.append(i)
        if _name_part(lay.lines[i].text):
            break
    return out


def _regime(h: Header, lay: Layout, ns: NumberSymbol | None) -> str:
    ls = lay.lines
    national = " ".join(ls[i].text.upper() for i in lay.national)
    party_signals = (
        "ĐẢNG CỘNG SẢN" in national
        or (ns is not None and ns.party and bool(PARTY_CODES.search(ns.symbol)))
        or (h.signer is not None and (h.signer.authority or "").count("/") == 1)
        or (h.issuer is not None and bool(re.search(r"(ủy|Đảng)\b", h.issuer.name)) and "Ủy ban" not in h.issuer.name)
    )
    if party_signals:
        return "party"
    if (ns is not None and ns.year) or (h.doc_type is not None and h.doc_type.name in LEGAL_TYPES):
        return "legal-normative"
    return "state"


def _is_administrative(lay: Layout) -> bool:
    signals = [
        bool(lay.national),
        lay.number is not None,
        lay.place_date is not None,
        lay.type_line is not None,
        lay.type_line is not None and (lay.of_line is not None or bool(lay.subject)),
        lay.stamp is not None,
        bool(lay.signature),
        bool(lay.recipients),
        bool(lay.copies),
    ]
    return sum(signals) >= 2


def _first_line(text: str, limit: int = 2000) -> Line | None:
    """The first non-blank line of ``text[:limit]``, as ``lines(text[:limit])`` cuts it.

    Taken from the (cached) lines of the whole text, which :func:`parse_layout` cuts anyway: a line
    that ends within ``limit`` reads the same in the prefix. Only a first line running past
    ``limit`` is cut from the prefix itself."""
    ls = line_table(text)
    k = next(compress(range(len(ls)), ls.texts), None)
    first = None if k is None else ls[k]
    if first is None or first.end <= limit:
        return first
    return next((ln for ln in lines(text[:limit]) if ln.text), None)


def _press(doc: Document, h: Header) -> bool:
    first = _first_line(doc.text)
    if first is None:
        return False
    m = PRESS_DATE.match(first.text)
    if m is None and doc.source is not None and doc.source.format == "html":
        h.regime = "press"
        h.doc_type = DocType("Bài báo", None)
        h.subject = first.text
        h.evidence["subject"] = _ev(doc, first.start, first.end, "press.headline", 0.8)
        published = str(doc.meta.get("date") or "")
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", published):
            h.issue_date = DateValue(published)
            h.evidence["issue_date"] = Evidence((0, 0), 1, 0.9, "press.metadata")
        _press_place(doc, h)
        return True
    if m is None:
        return False
    h.regime = "press"
    h.doc_type = DocType("Bài báo", None)
    value = m["date"]
    precision = {10: "day", 7: "month", 4: "year"}[len(value)]
    h.issue_date = DateValue(value, precision)
    h.evidence["issue_date"] = _ev(doc, first.start + m.start("date"), first.start + m.end("date"), "press.dateline")
    h.subject = m["title"].strip()
    h.evidence["subject"] = _ev(doc, first.start + m.start("title"), first.end, "press.headline")
    _press_place(doc, h)
    return True


def press_zones(doc: Document) -> list[Zone]:
    """A press article's zones: its headline (first line), photo captions, body paragraphs.

    A caption is a short one-sentence paragraph standing between two long ones ("Công chức tư pháp
    thị trấn Liễu Đề (Nghĩa Hưng) hướng dẫn người dân …"), or one that credits a photo ("Ảnh: …")."""
    paras = [ln for ln in lines(doc.text) if ln.text]
    zones: list[Zone] = []
    for k, ln in enumerate(paras):
        words = len(ln.text.split())
        if k == 0:
            kind = "headline"
        elif re.search(r"\((?:Ảnh|Ảnh minh họa)[^)]*\)\s*$|^Ảnh\s*:", ln.text) or (
            0 < k < len(paras) - 1
            and words <= 30
            and ln.text.count(". ") == 0
            and len(paras[k - 1].text.split()) > 40
            and len(paras[k + 1].text.split()) > 40
        ):
            kind = "caption"
        else:
            kind = "body"
        zones.append(Zone(kind, ln.start, ln.end, ln.index, ln.index))
    return zones


def _press_place(doc: Document, h: Header) -> None:
    """The province an article is about: the one it names most often (at least twice)."""
    counts: Counter[str] = Counter()
    spans: dict[str, tuple[int, int]] = {}
    for p in place_names():
        for m in re.finditer(rf"\b{re.escape(p)}\b", doc.text):
            counts[p] += 1
            spans.setdefault(p, m.span())
    if counts:
        best, n = counts.most_common(1)[0]
        if n >= 2:
            h.place = best
            h.evidence["place"] = _ev(doc, *spans[best], "press.most_named_province", 0.7)


def extract_header(doc: Document) -> Header:
    """Header, signature, copy and stamp fields of ``doc`` (see ``../shared/spec/record.md``)."""
    h = Header()
    if _press(doc, h):
        h.zones = press_zones(doc)
        return h
    lay = parse_layout(doc)
    h.zones = lay.zones
    ls = lay.lines
    for a, b in lay.copies:
        h.copies.append(_copy(doc, lay, a, b))
    if not _is_administrative(lay):
        return h
    ns = _number(doc, ls[lay.number], h) if lay.number is not None else None
    if lay.place_date is not None:
        place, dv, pev, dev = _place_date(doc, ls[lay.place_date])
        h.place, h.issue_date = place, dv
        h.evidence["place"] = pev
        if dev:
            h.evidence["issue_date"] = dev
    if lay.type_line is not None:
        ln = ls[lay.type_line]
        hit = _type_line(ln.text)
        assert hit
        name, rest = hit
        h.doc_type = DocType(name, None)
        h.evidence["doc_type"] = _ev(doc, ln.start, ln.start + len(name), "header.type_name")
        if rest and not lay.subject:
            h.subject = rest
            h.evidence["subject"] = _ev(doc, ln.end - len(rest), ln.end, "header.subject")
    if lay.subject:
        first, last = ls[lay.subject[0]], ls[lay.subject[-1]]
        text = " ".join(ls[i].text for i in lay.subject)
        method = "header.subject"
        bar = text.find("|")
        if 0 <= bar < 30 and doc.text_origin in ("ocr", "mixed"):  # a stamp's box edge ran into the line
            text = text[bar + 1 :].strip()
            first = Line(
                first.index, first.start + (len(first.text) - len(first.text[bar + 1 :].lstrip())), first.end, ""
            )
            method = "header.subject+ocr_box_edge"
        vv = _VV.search(text)
        if vv and (vv.start() == 0 or lay.number == lay.subject[0]):
            text = text[vv.end() :]
            first = Line(first.index, first.start + vv.end(), first.end, "")
            method = "header.subject_vv"
            if h.doc_type is None:
                h.doc_type = DocType("Công văn", None)
                h.evidence["doc_type"] = _ev(doc, first.start, first.start + 3, "header.vv", 0.9)
        h.subject = text
        h.evidence["subject"] = _ev(doc, first.start, last.end, method)
    h.signer, sev = _signer(doc, lay, lay.signature, "header.signature")
    if sev:
        h.evidence["signer"] = sev
    h.marks = _marks(lay)
    _issuer(doc, lay, h)
    h.regime = _regime(h, lay, ns)
    _complete_type(doc, h, ns)
    h.recipients = _items(lay, lay.kinh_gui) + _items(lay, lay.recipients)
    if lay.recipients or lay.kinh_gui:
        idx = lay.kinh_gui or lay.recipients
        h.evidence["recipients"] = _ev(doc, ls[idx[0]].start, ls[idx[-1]].end, "header.recipients")
    h.received, rev = _stamp(doc, lay)
    if rev:
        h.evidence["received"] = rev
    return h


def _complete_type(doc: Document, h: Header, ns: NumberSymbol | None) -> None:
    code = ns.type_code if ns else None
    if code == "VBHN" and h.doc_type is not None and h.doc_type.name != "Văn bản hợp nhất":
        h.doc_type = None  # a consolidated text prints the type of the text it consolidates
    if h.doc_type is None and code:
        name = type_of_code(code, h.regime)
        if name:
            h.doc_type = DocType(name, code)
            ev = h.evidence.get("number_symbol") or h.evidence.get("symbol")
            if ev:
                h.evidence["doc_type"] = Evidence(ev.span, ev.page, ev.confidence * 0.95, "header.symbol_type_code")
    elif h.doc_type is None and ns is not None and h.regime in ("state", "party"):
        h.doc_type = DocType("Công văn", None)
        ev = h.evidence.get("symbol")
        if ev:
            h.evidence["doc_type"] = Evidence(ev.span, ev.page, ev.confidence * 0.85, "header.symbol_without_type")
    elif h.doc_type is not None and h.doc_type.code is None:
        h.doc_type = DocType(h.doc_type.name, code or code_of_type(h.doc_type.name, h.regime))


def _marks(lay: Layout) -> Marks:
    urgency = secrecy = None
    for i in lay.marks:
        t = " ".join(lay.lines[i].text.upper().split()).replace("HOẢ", "HỎA")
        if "MẬT" in t:
            secrecy = t
        else:
            urgency = t
    return Marks(urgency, secrecy)

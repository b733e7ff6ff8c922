"""Assigned responsibilities: who leads, who cooperates, what, by when, reporting to whom.

Units are the numbered and lettered items and the sentences with assignment cues ("… chủ trì,
phối hợp với …", "Giao …", "Đề nghị …", "… có trách nhiệm …", "Điều 3. … chịu trách nhiệm thi
hành …") inside the parts that carry out a document ("Tổ chức thực hiện", "Trách nhiệm của …"),
or anywhere for the explicit ones — except inside an article titled otherwise ("Thẩm quyền giải
quyết tố cáo", "Trình tự …"), where only execution clauses and "nếu có vướng mắc … phản ánh về X"
count: such articles state procedure, not work. A line is cut into sentences and clauses ("…; thường xuyên
kiểm tra, đôn đốc …"); each clause gets its subject (named before its first action verb, carried
over from the clause before, or inherited from a heading such as "2. Bộ Tài chính có trách
nhiệm:"), a role from its verbs (chủ trì → lead, phối hợp → cooperate, tham mưu → advise, theo
dõi / đôn đốc / kiểm tra → monitor, otherwise execute), the bodies it directs ("chỉ đạo X lập …",
"Giao X chủ trì …"), its partners ("phối hợp với X") and the bodies reported to ("báo cáo về X").
Consecutive clauses with the same assignees make one unit. Cues and verbs are data
(``responsibility_cues.json``); no subject is ever invented.

Wordings recognised besides (round 3 of issue #7, by class): an introduction "X yêu cầu Y, Z:"
governs the items below it also in a document with articles; a named body's duty ("Bộ X có trách
nhiệm quản lý …", "Hàng quý, UBND … có trách nhiệm tổng hợp …") and the items under "X có trách
nhiệm:" count outside a procedure article; articles titled "Tổ chức thi hành", "Hiệu lực …",
"Trách nhiệm …" are not procedure; a condition closed by "thì" comes before the subject; the agent of
a passive "… do X chủ trì / quyết định và chịu trách nhiệm …" does the work; "có trách nhiệm thi
hành" is an execution clause. Not assignments: the enacting formula ("Bộ trưởng Bộ X ban hành Thông
tư …"), the quoted text of an article amending another document, lower-case verbs that look like
bodies ("thanh tra", "các trường hợp").

Cost: one pass over the lines of the body; the clause analysis only runs on lines that hold an
assignment cue or lie in a carrying-out part, and every pattern is compiled once. No word
segmenter is used: the cue words are matched at word boundaries of the normalised text.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from itertools import pairwise
from typing import Any

import ahocorasick

from docproc.data import load
from docproc.document import Document
from docproc.scan import at_word_start, finditer_at, top_level_alternation

_W = r"\wÀ-ỹ"
_NUMBERING = re.compile(
    r"(?:(?P<article>Điều\s+\d+[a-z]?)\.?|(?P<num>\d{1,2}(?:\.\d{1,2})*)[.)]|(?P<letter>[a-zđ])\)|(?P<dash>[-–+•]))\s*"
)
_LINE = re.compile(r"[ \t\r]*([^\n\f]*[^\s])")  # a line without its surrounding white space
_CHAPTER = re.compile(r"(?:Chương|CHƯƠNG|Mục|MỤC|Phần|PHẦN)\s")
_PART = re.compile(r"[A-ZĐ]\.\s+\S")  # "D. TỔ CHỨC THỰC HIỆN", "C. MỘT SỐ NỘI DUNG …"
_SENTENCE = re.compile(r"(?<=[^A-ZĐ.\s][.])\s+(?=[A-ZĐÀ-Ỹ])")
_CLAUSE = re.compile(r";\s*")
_SEP = re.compile(r",\s*|;\s*|\s+và\s+|\s+cùng\s+")
_SPACE_WORD = re.compile(r"\s+")


@dataclass
class Assignee:
    name: str
    role: str
    span: tuple[int, int]
    inherited: bool = False
    rule: str = "subject"

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {"name": self.name, "role": self.role, "span": list(self.span), "rule": self.rule}
        if self.inherited:
            d["inherited"] = True
        return d


@dataclass
class Responsibility:
    item: str | None
    assignees: list[Assignee]
    action: str | None
    task: str
    deadline: str | None
    report_to: str | None
    span: tuple[int, int]
    page: int
    method: str = "responsibilities.rules"
    extra: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "item": self.item,
            "assignees": [a.to_dict() for a in self.assignees],
            "action": self.action,
            "task": self.task,
            "deadline": self.deadline,
            "report_to": self.report_to,
            "span": list(self.span),
            "page": self.page,
            "method": self.method,
        }


def _capitalisable(ws: Sequence[str]) -> str:
    """An alternation where each word may start with a capital ("[Tt]ổ chức")."""
    return "|".join(f"[{w[0].upper()}{w[0].lower()}]{re.escape(w[1:])}" for w in sorted(set(ws), key=len, reverse=True))


def _words_at_start(ws: Sequence[str]) -> str:
    """:func:`_capitalisable` words that start a word (``(?<![…])(?:[Tt]ổ chức|…)``), longest
    first, written by :func:`docproc.scan.at_word_start` so the regex engine skips ahead in C."""
    words = sorted(set(ws), key=len, reverse=True)
    return at_word_start(((w[0].upper() + w[0].lower(), re.escape(w[1:])) for w in words), _W)


def _words_by_letter(ws: Sequence[str]) -> str:
    """The same matches as :func:`_words_at_start` (each word at a word start, its first letter in
    either case, longest first), written as one branch per first letter that opens with that
    letter (``T(?<![…].)(?:ổ chức|…)|t(?<![…].)(?:ổ chức|…)|…``): the regex engine skips to those
    letters in C and rejects the other branches on their first letter, where the look-behinds of
    :func:`docproc.scan.at_word_start` are tried one after the other."""
    words = sorted(set(ws), key=len, reverse=True)
    groups: dict[str, list[str]] = {}
    for w in words:
        for c in dict.fromkeys((w[0].upper(), w[0].lower())):
            if len(c) != 1:
                return _words_at_start(ws)
            groups.setdefault(c, []).append(re.escape(w[1:]))
    return "(?:" + "|".join(f"{re.escape(c)}(?<![{_W}].)(?:{'|'.join(rests)})" for c, rests in groups.items()) + ")"


def _heads_by_letter(capitalised: Sequence[str], exact: Sequence[str]) -> str | None:
    """An alternation of the words ``capitalised`` (first letter in either case, as
    :func:`_capitalisable`) and ``exact`` (as written), one branch per first character that opens
    with it, so the regex engine rejects the other branches at once. The alternatives are not in
    the order of ``_capitalisable(capitalised) + "|" + exact``: only for a yes/no test or a
    search for any of them. None when a first letter has no one-character other case."""
    words = set(exact)
    for w in capitalised:
        for c in (w[:1].upper(), w[:1].lower()):
            if len(c) != 1:
                return None
            words.add(c + w[1:])
    if "" in words:
        return None
    groups: dict[str, list[str]] = {}
    for w in sorted(words, key=len, reverse=True):
        groups.setdefault(w[0], []).append(re.escape(w[1:]))
    return "|".join(f"{re.escape(c)}(?:{'|'.join(rests)})" for c, rests in groups.items())


@dataclass(frozen=True)
class _Cues:
    verb: re.Pattern[str]
    strong: re.Pattern[str]  # a line with one of these assigns work anywhere in the body …
    strong_hint: re.Pattern[str] | None  # literals every ``strong`` match holds (None: not known)
    strong_literals: tuple[str, ...] | None  # … those literals
    letter_literals: tuple[str, ...] | None  # literals every ``letter`` match holds (None: not known)
    execution: re.Pattern[str]  # … but in an article about something else only one with these
    letter: re.Pattern[str]  # strong cues of a letter without articles ("Bộ Xây dựng đề nghị Bộ Tài chính …")
    anywhere: tuple[str, ...]  # a block without any of these words or of ``headings`` assigns no work
    letter_anywhere: tuple[str, ...]  # … in a letter, of these either
    headings: tuple[str, ...]  # … or of these at the start of a line
    unit: re.Pattern[str]
    roles: dict[str, str]  # cue → role
    directing: frozenset[str]
    requesting: frozenset[str]  # directing verbs of a request: the body asking is no assignee
    request_intro: re.Pattern[str]  # "… đề nghị X thực hiện như sau:"
    helping: frozenset[str]
    monitor_lead_ins: frozenset[str]
    generic: re.Pattern[str]  # a common noun for bodies ("cơ quan", "đơn vị", "địa phương")
    collective: re.Pattern[str]  # "các" and such a noun
    noun_start: dict[str, re.Pattern[str]]  # verb → nouns that start with a verb ("giao dịch", "tổ chức tín dụng")
    generic_end: re.Pattern[str]  # a name ending with such a noun ("Công an đơn vị")
    adverbial: re.Pattern[str]  # a clause opening with one of these names its subject after it
    not_verb: dict[str, re.Pattern[str]]  # verb → the words before it that make it a noun ("quá trình")
    duty: frozenset[str]  # "có trách nhiệm", "chịu trách nhiệm"
    subject_cue: re.Pattern[str]
    compound: re.Pattern[str]
    compound_at: dict[str, tuple[int, ...]] | None  # separator → its offsets in the fixed groups it comes first in
    compound_len: int  # the longest fixed group
    section: re.Pattern[str]
    line_start: re.Pattern[str]  # ``section``, a chapter, a part or a title word at a line's start (see _quiet)
    intro: re.Pattern[str]
    intro_ends: tuple[str, ...]  # ``intro`` on a line without line break that ends with a non-space: a suffix test
    request_intro_ends: tuple[str, ...]  # … and ``request_intro``
    agent: re.Pattern[str]  # only for a yes/no test (``match`` at a name's start)
    head: re.Pattern[str]  # any agent head: a line without one names no body
    not_agent: re.Pattern[str]
    np_stop: re.Pattern[str]
    label: re.Pattern[str]
    report: re.Pattern[str]
    report_prep: frozenset[str]
    salutation: re.Pattern[str]
    open_title: re.Pattern[str]  # an article titled so that its assignment cues still count ("Hiệu lực thi hành …")
    duty_not_subject: re.Pattern[str]  # subjects whose "có trách nhiệm …" is no assignment ("Cá nhân", "Doanh nghiệp")


def _not_verbs(phrases: Sequence[str], verbs: Sequence[str]) -> dict[str, re.Pattern[str]]:
    """For each verb that ends one of ``phrases`` ("quá trình", "theo quy định"), a pattern of the
    words before it, anchored at the end of the text before the verb."""
    before: dict[str, list[str]] = {}
    for ph in phrases:
        verb = max((v for v in verbs if ph.lower().endswith(" " + v)), key=len)
        before.setdefault(verb, []).append(ph[: -len(verb)].rstrip())
    return {
        v: re.compile(rf"(?<![{_W}])(?:{'|'.join(re.escape(w) for w in ws)})\s+$", re.IGNORECASE)
        for v, ws in before.items()
    }


def _verb_nouns(phrases: Sequence[str], verbs: Sequence[str]) -> dict[str, re.Pattern[str]]:
    """For each verb that starts one of ``phrases`` ("giao dịch", "tổ chức tín dụng"), a pattern
    of those phrases, matched where the verb is."""
    after: dict[str, list[str]] = {}
    for ph in phrases:
        verb = max((v for v in verbs if ph.lower().startswith(v + " ")), key=len)
        after.setdefault(verb, []).append(ph)
    return {
        v: re.compile(rf"(?:{'|'.join(re.escape(w) for w in ws)})(?![{_W}])", re.IGNORECASE) for v, ws in after.items()
    }


def _required_literal(pattern: str) -> str | None:
    """A literal every match of the regex ``pattern`` holds ("chủ trì", "có trách nhiệm " for
    "có trách nhiệm (?:tổ chức )?thi hành"), or None when the pattern is not simple enough to tell:
    a top-level "|", a character class, no literal before its first special character."""
    if "[" in pattern or top_level_alternation(pattern):
        return None
    body = pattern.removeprefix("^")
    m = re.match(r"[^()\[\].{}?*+\\|^$]*", body)
    lit = m.group(0) if m else ""
    if body[len(lit) : len(lit) + 1] in ("?", "*", "{"):
        lit = lit[:-1]  # the last character is optional
    return lit or None


def _hint_literals(patterns: Sequence[str]) -> tuple[str, ...] | None:
    """Literals one of which every match of any of ``patterns`` holds, longest first, or None when
    some pattern has no such literal."""
    lits = [_required_literal(p) for p in patterns]
    if any(lit is None for lit in lits):
        return None
    return tuple(sorted({lit for lit in lits if lit}, key=len, reverse=True))


def _hint(patterns: Sequence[str]) -> re.Pattern[str] | None:
    """A pattern of literals one of which every match of any of ``patterns`` holds (a cheap test
    before the full search), or None when some pattern has no such literal."""
    return _hint_pattern(_hint_literals(patterns))


def _hint_pattern(lits: tuple[str, ...] | None) -> re.Pattern[str] | None:
    return None if lits is None else re.compile("|".join(re.escape(lit) for lit in lits))


def _literal(pattern: str) -> str:
    """The literal text a cue pattern starts with ("chịu trách nhiệm (?:tổ chức )?…" → "chịu trách nhiệm ")."""
    return re.split(r"[(\[.{?*+\\|]", pattern.removeprefix("^"), maxsplit=1)[0]


_COMPOUND_SEPS = (", ", " - ")  # characters without other case: IGNORECASE matches them as written


def _separator_offsets(groups: Sequence[str]) -> dict[str, tuple[int, ...]] | None:
    """For each of ``_COMPOUND_SEPS``, the offsets at which it is the first separator of one of
    the fixed ``groups`` ("cơ quan, đơn vị" → ", " at 6); None when a group holds none."""
    at: dict[str, set[int]] = {sep: set() for sep in _COMPOUND_SEPS}
    for g in groups:
        found = [(i, sep) for sep in _COMPOUND_SEPS if (i := g.find(sep)) >= 0]
        if not found:
            return None
        i, sep = min(found)
        at[sep].add(i)
    return {sep: tuple(sorted(offs)) for sep, offs in at.items() if offs}


@cache
def _cues() -> _Cues:
    d = load("responsibility_cues.json")
    role_cues = [c for cs in d["roles"].values() for c in cs]
    verbs = [*d["verbs"], *role_cues, *d["directing"], *d["helping"]]
    proper = set(d["proper_heads"])  # "Thanh tra", "Trường": a body only when capitalised ("thanh tra" is a verb)
    heads = _capitalisable([h for h in d["agent_heads"] if h not in proper]) + "|" + "|".join(map(re.escape, proper))
    fast_heads = _heads_by_letter([h for h in d["agent_heads"] if h not in proper], sorted(proper)) or heads
    keep = d["np_stop_exceptions"]
    stops = []
    for w in sorted(set(d["np_stops"]), key=len, reverse=True):
        tails = [k[len(w) :] for k in keep if k.startswith(w + " ")]
        stops.append(re.escape(w) + (f"(?!{'|'.join(re.escape(t) for t in tails)})" if tails else ""))
    about = sorted({*d["about_topics"], *verbs}, key=len, reverse=True)  # "Bộ trưởng về tình hình", "… về tổ chức …"
    stops.append(rf"về (?:{'|'.join(map(re.escape, about))})")
    section = r"(?:(?:[A-ZĐ]|[IVX]+)\.\s+)?(?:" + "|".join(re.escape(s) for s in d["sections"]) + ")"
    strong_literals = _hint_literals([*d["strong_cues"], *d["execution_cues"]])
    return _Cues(
        verb=re.compile(rf"{_words_by_letter(verbs)}(?![{_W}])"),
        strong=re.compile("|".join([*d["strong_cues"], *d["execution_cues"]])),
        strong_hint=_hint_pattern(strong_literals),
        strong_literals=strong_literals,
        letter_literals=_hint_literals(d["letter_cues"]),
        execution=re.compile("|".join(d["execution_cues"])),
        letter=re.compile("|".join(d["letter_cues"])),
        anywhere=tuple(sorted({_literal(c) for c in [*d["strong_cues"], *d["execution_cues"]]} | {*d["intros"]})),
        letter_anywhere=tuple(sorted({_literal(c) for c in d["letter_cues"]} | {*d["request_intros"]})),
        headings=tuple(sorted({*d["sections"], *(x.upper() for x in d["sections"])})),
        unit=re.compile("|".join(re.escape(c) for c in d["unit_cues"])),
        roles={c: role for role, cs in d["roles"].items() for c in cs},
        directing=frozenset(d["directing"]),
        requesting=frozenset(d["requesting"]),
        request_intro=re.compile(r"(?:" + "|".join(re.escape(s) for s in d["request_intros"]) + r")\s*$"),
        helping=frozenset(d["helping"]),
        monitor_lead_ins=frozenset(d["monitor_lead_ins"]),
        not_verb=_not_verbs(d["not_verbs"], verbs),
        generic=re.compile(
            rf"(?!{'|'.join(map(re.escape, d['distinct_bodies']))})"
            rf"(?:{'|'.join(map(re.escape, d['generic_nouns']))})(?![{_W}])"
        ),
        noun_start=_verb_nouns(d["verb_nouns"], verbs),
        generic_end=re.compile(rf"(?<=\s)(?:{'|'.join(map(re.escape, d['generic_nouns']))})$"),
        collective=re.compile(
            rf"(?:\S+\s+)*?(?:các|những|Các|Những)\s+(?:{'|'.join(map(re.escape, d['generic_nouns']))}|Bộ|bộ)(?![{_W}])"
        ),
        adverbial=re.compile(rf"(?:{_capitalisable(d['adverbials'])})(?![{_W}])"),
        duty=frozenset(d["duty"]),
        subject_cue=re.compile(r"(?:" + _capitalisable(d["subject_cues"]) + r")\s+(?:cho\s+)?"),
        compound=re.compile(rf"{_words_at_start(d['compounds'])}(?![{_W}])", re.IGNORECASE),
        compound_at=_separator_offsets(d["compounds"]),
        compound_len=max(map(len, d["compounds"]), default=0),
        section=re.compile(section, re.IGNORECASE),
        line_start=re.compile(
            rf"(?i:{section})|" + "|".join([_CHAPTER.pattern, _PART.pattern, *map(re.escape, _TITLE_WORDS)])
        ),
        intro=re.compile(r"(?:" + "|".join(re.escape(s) for s in d["intros"]) + r")\s*$"),
        intro_ends=tuple(d["intros"]),
        request_intro_ends=tuple(d["request_intros"]),
        agent=re.compile(
            r"(?:(?:tất cả |toàn thể )?(?:các|những|Các|Những|Tất cả các|Toàn thể)\s+)?(?:"
            + fast_heads
            + rf")(?![{_W}])"
        ),
        head=re.compile(fast_heads),
        not_agent=re.compile(r"(?:" + "|".join(re.escape(s) for s in d["not_agents"]) + rf")(?![{_W}])"),
        np_stop=re.compile(rf"(?<![{_W}])(?:{'|'.join(stops)})(?![{_W}])"),
        label=re.compile(r"(?:" + "|".join(re.escape(s) for s in d["labels"]) + r")\s*(?::|,|$)"),
        report=re.compile(rf"{_words_at_start(d['report_verbs'])}(?![{_W}])"),
        report_prep=frozenset(d["report_preps"]),
        salutation=re.compile(r"(?:Các ông \(bà\)|Các ông, bà|Ông \(bà\)|Ông, bà)\s*:?\s*"),
        open_title=re.compile("|".join(map(re.escape, d["open_titles"])), re.IGNORECASE),
        duty_not_subject=re.compile(
            rf"(?:(?:các|những|mọi)\s+)?(?:{'|'.join(map(re.escape, d['duty_not_subjects']))})(?![{_W}])", re.IGNORECASE
        ),
    )


def find_responsibilities(
    doc: Document,
    zones: Sequence[Any] = (),
    organizations: Sequence[tuple[int, int]] = (),
    deadlines: Sequence[tuple[tuple[int, int], str]] = (),
) -> list[Responsibility]:
    """The assignments of ``doc`` in text order. ``zones`` bound the body (header parser);
    ``organizations`` are spans never cut inside a name; ``deadlines`` are (span, text) of
    deadline and recurring dates (dates extractor)."""
    cues = _cues()
    text = doc.text
    lo, hi = _body(zones, len(text))
    letter = _ARTICLE.search(text, lo, hi) is None
    blocks, literals = _triggers(text, _blocks(text, lo, hi), cues, letter)
    if not blocks:
        return []
    scan = _Scan(
        doc,
        cues,
        _OrgIndex(text, organizations),
        sorted((z.start, z.end) for z in zones if z.kind in ("signature", "recipients", "stamp")),
        sorted(deadlines),
        letter,
        literals,
    )
    out: list[Responsibility] = []
    for a, b, last in blocks:
        out += scan.block(a, b, last)
    return out


_BLOCK = re.compile(r"\n[ \t]*(?:Điều\s+\d|Chương\s|CHƯƠNG\s|Mục\s|MỤC\s|Phần\s|PHẦN\s|[A-ZĐ]\.\s+[^a-zà-ỹ\n]*\n)")
_IDLE = 40
_ARTICLE = re.compile(r"\n[ \t]*Điều\s+\d")
_TITLE_WORDS = ("Trách nhiệm", "Nhiệm vụ")  # a heading that starts so names its subject ("Trách nhiệm của Bộ …")
_LINE_PREFIX = re.compile(r"\s*(?:(?:[A-ZĐ]|[IVX]+|\d{1,2})[.)]\s*|Điều\s+\d+[a-z]?\.?\s*)?")


def _blocks(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """The body cut before each article, chapter and lettered part: the state of the line scan
    (carrying-out part, headings, numbering) never crosses these lines, so a block without any
    cue is skipped whole."""
    starts = [lo, *(m.start() + 1 for m in _BLOCK.finditer(text, lo, hi) if m.start() >= lo)]
    return list(zip(starts, [*starts[1:], hi], strict=True))


_ANYWHERE, _LINE_START, _STRONG_LITERAL, _LETTER_LITERAL = 0, 1, 2, 3  # where a trigger word counts


@cache
def _trigger_words(letter: bool) -> Any:
    """An Aho–Corasick automaton of the words :func:`_triggers` looks for: each word gives its
    length, itself and where it counts (0 anywhere, 1 at a line start; 2 and 3 are no triggers:
    literals of the strong and the letter cues, whose places :func:`_cue_literals` keeps); None when
    a word is empty (every position would be a hit: the plain search handles that)."""
    cues = _cues()
    wheres: dict[str, set[int]] = {}
    for w in [*cues.anywhere, *(cues.letter_anywhere if letter else ())]:
        wheres.setdefault(w, set()).add(_ANYWHERE)
    for w in cues.headings:
        wheres.setdefault(w, set()).add(_LINE_START)
    for w in cues.strong_literals or ():
        wheres.setdefault(w, set()).add(_STRONG_LITERAL)
    for w in (cues.letter_literals or ()) if letter else ():
        wheres.setdefault(w, set()).add(_LETTER_LITERAL)
    if "" in wheres:
        return None
    auto = ahocorasick.Automaton()
    for w, where in wheres.items():
        auto.add_word(w, (len(w), w, tuple(sorted(where))))
    auto.make_automaton()
    return auto


class _Places:
    """Where a few literals occur in a text, as sorted (start, end) spans: :meth:`within` tells
    whether one lies inside a line, so a cue pattern needs no search on a line without one."""

    def __init__(self, spans: Sequence[tuple[int, int]]) -> None:
        self.spans = sorted(spans)
        self.starts = [a for a, _ in self.spans]

    def within(self, a: int, b: int) -> bool:
        """Whether an occurrence lies inside ``[a, b)``."""
        spans, k = self.spans, bisect_left(self.starts, a)
        while k < len(spans) and spans[k][0] < b:
            if spans[k][1] <= b:
                return True
            k += 1
        return False


@dataclass(frozen=True)
class _CueLiterals:
    """The places of the literals of the strong cues and of a letter's cues in the body (None: a
    cue has no known literal, or the letter cues do not count: search every line)."""

    strong: _Places | None
    letter: _Places | None


def _triggers(
    text: str, blocks: list[tuple[int, int]], cues: _Cues, letter: bool
) -> tuple[list[tuple[int, int, int]], _CueLiterals]:
    """The blocks holding an assignment cue or a carrying-out heading at a line start, with their
    last hit, and the places of the cue literals: every word found in one pass over the text
    (Aho–Corasick), each hit placed in its block. The same as :func:`_triggered_plain` and
    :func:`_cue_literals_plain`."""
    auto = _trigger_words(letter)
    if auto is None or not blocks:
        return _triggered_plain(text, blocks, cues, letter), _cue_literals_plain(text, blocks, cues, letter)
    lo, hi = blocks[0][0], blocks[-1][1]
    starts = [a for a, _ in blocks]
    hits = _asking_hits(text, lo, hi, starts, cues)
    strong: list[tuple[int, int]] = []
    letter_cues: list[tuple[int, int]] = []
    for end, (n, word, wheres) in auto.iter(text, lo, hi):
        i = end - n + 1
        for where in wheres:
            if where == _STRONG_LITERAL:
                strong.append((i, end + 1))
            elif where == _LETTER_LITERAL:
                letter_cues.append((i, end + 1))
            elif (
                where == _ANYWHERE and (word != "có trách nhiệm " or _duty_hit(text, i, n, blocks, starts, cues))
            ) or (where == _LINE_START and _LINE_PREFIX.fullmatch(text, text.rfind("\n", 0, i) + 1, i)):
                k = bisect_right(starts, i) - 1
                hits[k] = max(hits.get(k, i), i)
    found = _CueLiterals(
        _Places(strong) if cues.strong_literals is not None else None,
        _Places(letter_cues) if letter and cues.letter_literals is not None else None,
    )
    return [(*blocks[k], last) for k, last in sorted(hits.items())], found


def _cue_literals_plain(text: str, blocks: list[tuple[int, int]], cues: _Cues, letter: bool) -> _CueLiterals:
    """The places of the cue literals of :func:`_triggers` by one ``str.find`` search per literal."""
    lo, hi = (blocks[0][0], blocks[-1][1]) if blocks else (0, 0)

    def places(words: Sequence[str]) -> _Places:
        found: list[tuple[int, int]] = []
        for w in words:
            i = text.find(w, lo, hi)
            while i >= 0:
                found.append((i, i + len(w)))
                i = text.find(w, i + 1, hi)
        return _Places(found)

    return _CueLiterals(
        None if cues.strong_literals is None else places(cues.strong_literals),
        places(cues.letter_literals) if letter and cues.letter_literals is not None else None,
    )


def _asking_hits(text: str, lo: int, hi: int, starts: list[int], cues: _Cues) -> dict[int, int]:
    """Block → last line start of an introduction asking bodies for the items below ("… yêu cầu
    Chính phủ, Thủ tướng Chính phủ …:")."""
    hits: dict[int, int] = {}
    for m in _COLON_END.finditer(text, lo, hi):
        a = text.rfind("\n", lo, m.start()) + 1
        line = text[a : m.start()]
        if (" yêu cầu " in line or " đề nghị " in line or " giao " in line) and _asks(
            _line_body(text, a, m.end()), cues
        ):
            k = bisect_right(starts, a) - 1
            hits[k] = max(hits.get(k, a), a)
    return hits


def _triggered_plain(text: str, blocks: list[tuple[int, int]], cues: _Cues, letter: bool) -> list[tuple[int, int, int]]:
    """The blocks of :func:`_triggers` by one ``str.find`` search over the text per word."""
    if not blocks:
        return []
    lo, hi = blocks[0][0], blocks[-1][1]
    starts = [a for a, _ in blocks]
    hits = _asking_hits(text, lo, hi, starts, cues)
    words = [*cues.anywhere, *(cues.letter_anywhere if letter else ())]
    checks = [*((w, 0) for w in words), *((w, 1) for w in cues.headings)]
    for word, where in checks:
        i = text.find(word, lo, hi)
        while i >= 0:
            if (where == 0 and (word != "có trách nhiệm " or _duty_hit(text, i, len(word), blocks, starts, cues))) or (
                where == 1 and _LINE_PREFIX.fullmatch(text, text.rfind("\n", 0, i) + 1, i)
            ):
                k = bisect_right(starts, i) - 1
                hits[k] = max(hits.get(k, i), i)
            i = text.find(word, i + 1, hi)
    return [(*blocks[k], last) for k, last in sorted(hits.items())]


def _line_body(text: str, a: int, b: int) -> str:
    """The line ``text[a:b]`` without its white space and numbering."""
    line = text[a:b].strip()
    num = _NUMBERING.match(line)
    return line[num.end() :] if num else line


def _duty_hit(text: str, i: int, n: int, blocks: list[tuple[int, int]], starts: list[int], cues: _Cues) -> bool:
    """A "có trách nhiệm " at ``i`` that may assign work: an execution clause, or a duty of a named
    body outside an article of procedure (see :func:`_duty_line`)."""
    if cues.execution.match(text, i):
        return True
    a = blocks[bisect_right(starts, i) - 1][0]
    e = text.find("\n", a)
    first = text[a:e].strip()
    if first.startswith("Điều"):
        title = _line_body(text, a, e)
        sec = cues.section.match(title)
        if (
            _titled(title)
            and not cues.open_title.match(title)
            and not (sec and len(title) < 160 and _carrying_out(title, sec.end(), cues))
        ):
            return False
    return _duty_follows(text, i, n, cues)


def _duty_then(text: str, i: int, cues: _Cues) -> bool:
    """What follows "có trách nhiệm " at ``i`` makes it a duty: a verb, "thi hành", an adverbial
    ("có trách nhiệm căn cứ vào … để xác định …") or ":" ending a heading."""
    return (
        cues.verb.match(text, i) is not None
        or text.startswith(("thi hành", ":"), i)
        or cues.adverbial.match(text, i) is not None
    )


def _duty_follows(text: str, i: int, n: int, cues: _Cues) -> bool:
    """Whether "có trách nhiệm " at ``i`` (``n`` characters) may give a body a duty: a verb
    follows (not "có trách nhiệm về …") and a body is named before it on the line, at its start
    or after a comma or "thì" ("Khi phát hiện … thì Bộ Công an có trách nhiệm …")."""
    if not _duty_then(text, i + n, cues):
        return False
    pre = _line_body(text, text.rfind("\n", 0, i) + 1, i)
    return any(_agentive(pre[m.end() :], cues) for m in _NAMED_AT.finditer(pre))


_NAMED_AT = re.compile(r"^|,\s*|\sthì\s+|\s(?=các\s)")


_COLON_END = re.compile(r":[ \t]*$", re.MULTILINE)


@dataclass
class _Scan:
    """The line scan of one document's blocks."""

    doc: Document
    cues: _Cues
    org: _OrgIndex
    skip: list[tuple[int, int]]
    due: list[tuple[tuple[int, int], str]]
    letter: bool  # a letter or directive: no articles
    literals: _CueLiterals = _CueLiterals(None, None)  # where the cue literals are (None: search each line)
    due_starts: list[int] = field(default_factory=list)  # where the ``due`` spans start

    def __post_init__(self) -> None:
        self.due_starts = [a for (a, _), _ in self.due]

    def block(self, lo: int, hi: int, last_cue: int) -> list[Responsibility]:
        """Units of the lines in ``[lo, hi)``; the scan stops when it is past the block's last cue
        and has found nothing for ``_IDLE`` lines (tables and annexes after a final article)."""
        doc, cues, org = self.doc, self.cues, self.org
        text = doc.text
        out: list[Responsibility] = []
        context: list[tuple[int, list[_Name]]] = []  # (level, subjects) of headings
        numbering: list[tuple[int, str]] = []
        active = False  # in a part that carries out the document: numbered items assign work
        procedural = False  # in an article titled otherwise ("Thẩm quyền giải quyết tố cáo"): rules, not assignments
        by_intro = False  # under "… yêu cầu:": an item without a subject is listed too (with nobody)
        amending = False  # in an article amending another document: its quoted text assigns nothing here
        skip = [(a, b) for a, b in self.skip if a < hi and b > lo]
        idle = 0
        for m in _LINE.finditer(text, lo, hi):
            start, end = m.span(1)
            idle += 1
            if idle > _IDLE and start > last_cue:
                break
            if end - start < 2 or (skip and any(a <= start < b for a, b in skip)):
                continue
            line = m.group(1)
            num = _NUMBERING.match(line)
            level = _level(num)
            if level is not None:
                while context and context[-1][0] >= level:
                    context.pop()
                while numbering and numbering[-1][0] >= level:
                    numbering.pop()
                if (label := _label(num)) is not None:
                    numbering.append((level, label))
            base = start + (num.end() if num else 0)
            body = text[base:end]
            if (
                not active
                and level != 0
                and _quiet(line, body, level, cues)
                and not self._may_assign(body, base, end, procedural)
            ):
                continue  # a line outside a carrying-out part that changes no state and holds no cue
            if (
                len(body) < 160
                and not body.endswith(";")  # "e) Giải pháp và tổ chức thực hiện;" is an item of a list
                and (sec := cues.section.match(body))
                and _carrying_out(body, sec.end(), cues)
            ):
                active, by_intro, procedural = True, False, False
            elif level == 0 and (dh := _DIRECTING_HEAD.match(body)) and _agentive(dh["np"], cues):
                active, by_intro, procedural = True, False, False  # "Điều 2. Giao Giám đốc Sở …": items below
            elif level == 0 or _CHAPTER.match(line) or (_PART.match(line) and line.isupper()):
                active = by_intro = False  # a new article or part that is not about carrying out
                procedural = level == 0 and _titled(body) and not cues.open_title.match(body)
                amending = level == 0 and _AMENDING.match(body) is not None
            if amending:
                continue  # "Điều 8. Sửa đổi, bổ sung Điều 20 như sau: “…”": the text of another document
            if line.endswith(":") and (
                line.endswith(cues.intro_ends)
                or (self.letter and line.endswith(cues.request_intro_ends))
                or _asks(body, cues)
            ):
                intro = _intro_subject(body, base, org, cues)
                if not intro and not line.endswith(cues.intro_ends):
                    continue  # "… như sau:" that asks nobody
                active = by_intro = True
                if intro:
                    # an unnumbered introduction governs the numbered items after it
                    context.append((level if level is not None else (-1 if self.letter else 0), intro))
                continue
            if cues.label.match(body) or (
                level is None
                and " ban hành " in body
                and _enacting(body, base, org, cues)
                and _ARTICLE.search(text, 0, start) is None
            ):
                continue  # "Cơ quan chủ trì: …" — a table's label; "Bộ trưởng Bộ Tư pháp ban hành Thông tư …"
            heading = _heading(body, base, level, org, cues)
            if heading:
                context.append((level if level is not None else 9, heading))
                idle = 0
                if not procedural and body.endswith(":") and _DUTY_HEAD.search(body):
                    active = True  # "Các cơ quan chủ quản … có trách nhiệm:": the items below are its duties
                continue
            inherited = context[-1][1] if context and (level is None or level > context[-1][0]) else []
            strong = (
                (self._may_hold(self.literals.strong, cues.strong_hint, body, base, end) and cues.strong.search(body))
                or (
                    self.letter
                    and self._may_hold(self.literals.letter, None, body, base, end)
                    and cues.letter.search(body)
                )
            ) and (not procedural or cues.execution.search(body))
            strong = strong or (not procedural and "trách nhiệm" in body and _duty_line(body, base, org, cues))
            is_unit = bool(strong) or (
                active
                and (bool(cues.unit.search(body)) or bool(inherited) or level is not None or _agentive(body, cues))
            )
            if not is_unit or len(body) < 12:
                continue
            if (
                not inherited
                and not (by_intro and level is not None)
                and cues.head.search(body) is None
                and org.mask.find(1, base, end + 1) < 0
            ):
                continue  # every name of a unit is an inherited one, an organisation or starts with a head: none here
            item = ".".join(lbl for _, lbl in numbering) or None
            units = _line_units(doc, body, base, inherited, org, cues)
            for i, resp in enumerate(units):
                resp.item = item
                k = bisect_left(self.due_starts, resp.span[0])
                resp.deadline = self.due[k][1] if k < len(self.due) and self.due[k][0][0] < resp.span[1] else None
                if resp.assignees or (by_intro and level is not None and i == 0):
                    out.append(resp)
                    idle = 0
        return out

    def _may_assign(self, body: str, base: int, end: int, procedural: bool) -> bool:
        """Whether the line ``body`` (``text[base:end]``) may hold a strong cue, a letter's cue or
        a duty (see :meth:`block`): the literals of a cue or "trách nhiệm" are in it."""
        return (
            (not procedural and "trách nhiệm" in body)
            or self._may_hold(self.literals.strong, self.cues.strong_hint, body, base, end)
            or (self.letter and self._may_hold(self.literals.letter, None, body, base, end))
        )

    @staticmethod
    def _may_hold(places: _Places | None, hint: re.Pattern[str] | None, body: str, base: int, end: int) -> bool:
        """Whether the line ``body`` (``text[base:end]``) holds one of the literals at ``places``
        (known from the trigger pass) or, without them, of the pattern ``hint``: a cue can only
        match such a line. True when neither is known."""
        if places is not None:
            return places.within(base, end)
        return hint is None or hint.search(body) is not None


_ENACTING = re.compile(r"\sban hành\s+(?:Thông tư|Nghị định|Quyết định|Nghị quyết|Chỉ thị)(?![\wÀ-ỹ])(?!\s+này)")


def _enacting(body: str, base: int, org: _OrgIndex, cues: _Cues) -> bool:
    """The enacting formula ("Theo đề nghị của Vụ trưởng Vụ Pháp chế; Bộ trưởng Bộ Tư pháp ban
    hành Thông tư …"): the issuer, named right before "ban hành" after the last ";", enacts the
    document itself and is given no work."""
    m = _ENACTING.search(body, 0, 400)
    if m is None:
        return False
    cut = body.rfind(";", 0, m.start()) + 1
    pre = body[cut : m.start()].strip()
    return _agentive(pre, cues) and _first_verb(pre, 0, base + cut, org, cues) is None


_AMENDING = re.compile(r"(?:Sửa đổi|Bổ sung|Thay thế|Bãi bỏ)(?![\wÀ-ỹ])")
_DUTY_HEAD = re.compile(r"\s(?:có|chịu) trách nhiệm\s*:$")
_DUTY = re.compile(r"\s(?:có|chịu) trách nhiệm\s*")


def _duty_line(body: str, base: int, org: _OrgIndex, cues: _Cues) -> bool:
    """A sentence giving a named body a duty anywhere in the body ("Bộ Công an có trách nhiệm
    quản lý nhà nước …", "Hàng quý, Ủy ban nhân dân huyện … có trách nhiệm tổng hợp …"): the
    subject names a body (not a private person or enterprise, see ``duty_not_subjects``), no verb
    comes before the duty, and a verb right after it (not "chịu trách nhiệm về …", a liability)."""
    m = _DUTY.search(body, 0, 300)
    if m is None or not _duty_then(body, m.end(), cues):
        return False
    pre = body[: m.start()]
    if _first_verb(pre, 0, base, org, cues) is not None:
        return False
    subjects = _subject_of(pre, base, org, cues)
    return bool(subjects) and not any(cues.duty_not_subject.match(n.name) for n in subjects)


def _quiet(line: str, body: str, level: int | None, cues: _Cues) -> bool:
    """Whether ``line`` (``body`` without its numbering at ``level``, not an article's) changes
    nothing in the state of the line scan but its numbering: not a section heading, a chapter or
    a part, no introduction and no heading (see :func:`_heading`: it ends with ":", starts with
    "Trách nhiệm", "Nhiệm vụ", or is a short numbered line naming a body). Only its cues may then
    make it a unit."""
    if line.endswith(":") or cues.line_start.match(line) is not None:
        return False
    if level is None:
        return True
    return cues.line_start.match(body) is None and (len(body) >= 90 or cues.agent.match(body) is None)


def _titled(body: str) -> bool:
    """An article line that is a title ("Thẩm quyền giải quyết tố cáo"), not a sentence ("Điều 3.
    Chánh Văn phòng … chịu trách nhiệm thi hành Quyết định này.")."""
    return 0 < len(body) < 300 and not body.endswith((".", ";", ":", "./."))


_PART_LABEL = re.compile(r"^(?:(?:[A-ZĐ]|[IVX]+)\.\s+)")


def _carrying_out(body: str, end: int, cues: _Cues) -> bool:
    """A section heading that starts a part carrying out the document; "Trách nhiệm của X" only
    when X is a body ("Trách nhiệm của người giải quyết khiếu nại" is a rule of procedure)."""
    head = _PART_LABEL.sub("", body[:end]).strip().lower()
    if head not in ("trách nhiệm của", "trách nhiệm", "nhiệm vụ của", "trách nhiệm của các"):
        return True
    rest = body[end:].strip(" :")
    return not rest or rest.lower().startswith("thi hành") or _agentive(rest, cues)


# -- names -----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Name:
    name: str
    span: tuple[int, int]  # in Document.text
    inherited: bool = False


class _OrgIndex:
    """Organisation spans as a mask over the text: a list separator inside a name is not a cut.
    One per document, so it also keeps what :func:`_first_verb` found (a pure function of its
    arguments and this mask), as the clauses of a line ask for the same verbs again."""

    def __init__(self, text: str, spans: Sequence[tuple[int, int]]) -> None:
        mask = bytearray(len(text) + 1)
        for a, b in spans:
            mask[a:b] = b"\x01" * (b - a)
        self.mask = mask
        self.verbs: dict[tuple[str, int, int, bool], re.Match[str] | None] = {}

    def at(self, pos: int) -> bool:
        return bool(self.mask[pos])

    def end(self, pos: int) -> int:
        """End of the name covering ``pos`` (``pos`` when none does)."""
        mask = self.mask
        while mask[pos]:
            pos += 1
        return pos


def _agentive(np: str, cues: _Cues) -> bool:
    """``np`` starts with the name of a body or an office ("Bộ …", "các cơ quan …", "Chủ tịch …")."""
    return bool(cues.agent.match(np)) and not cues.not_agent.match(np)


def _split(np: str, at: int, org: _OrgIndex, cues: _Cues, rule: str = "subject", strict: bool = False) -> list[_Name]:
    """A list of bodies ("A, B và C") as names with spans; ``at`` is the offset of ``np`` in the
    document. Fixed groups ("các sở, ban, ngành") and organisation names are not cut, a separator
    only cuts before another body ("Lao động - Thương binh và Xã hội" stays whole), and a shared
    head keeps the head on its first element ("Giám đốc các sở: Giáo dục và Đào tạo, Tài chính").
    A ";" always ends an element ("Chánh Văn phòng UBND tỉnh; Giám đốc Sở: A, B; Chủ tịch …")."""
    if ";" in np:
        out: list[_Name] = []
        start = 0
        for part in np.split(";"):
            skip = len(part) - len(part.lstrip())
            if part.strip():
                out += _split(part.strip(), at + start + skip, org, cues, rule, strict)
            start += len(part) + 1
        return out
    if ":" in np:
        colon = np.index(":")
        after = np[colon + 1 :].lstrip()
        if _agentive(after, cues) and _agentive(np, cues):
            # "Thủ trưởng các cơ quan, đơn vị thuộc Bộ: Văn phòng Bộ, các Vụ …": the list only
            # explains the head
            return _split(np[:colon].rstrip(), at, org, cues, rule)
        cut = np.rfind(",", 0, colon)
        head = np[:colon] if cut < 0 else np[cut + 1 : colon].lstrip()
        if cut > 0:  # the shared head further on: "A, Giám đốc các sở: B, C, D"
            rest = np[cut + 1 :]
            skip = len(rest) - len(rest.lstrip())
            return _split(np[:cut], at, org, cues) + _split(rest.lstrip(), at + cut + 1 + skip, org, cues)
        if 3 <= len(head) <= 60 and _agentive(head, cues):
            out = []
            start = 0
            for m in [*_SEP.finditer(np, colon + 1), None]:
                stop = m.start() if m else len(np)
                chunk = np[start:stop].strip()
                if m is not None and m.group(0).strip() == "và" and not _agentive(np[m.end() :], cues):
                    continue  # "Lao động - Thương binh và Xã hội"
                if chunk:
                    off = start + np[start:stop].index(chunk)
                    out.append(_Name(chunk, (at + off, at + off + len(chunk))))
                start = m.end() if m else len(np)
            return out
    protected = bytearray(len(np) + 1)
    for c in _compounds(np, cues):
        protected[c.start() : c.end()] = b"\x01" * (c.end() - c.start())
    cuts: list[tuple[int, int]] = []
    start = last = 0  # the name so far starts at ``start``, its last element at ``last``
    for m in _SEP.finditer(np):
        if protected[m.start()]:
            continue
        nxt = np[m.end() :]
        if m.group(0).startswith(",") and (
            _shared_article(np[start : m.start()], last > start, np[last : m.start()], nxt, cues)
            or (cues.generic_end.search(np, last, m.start()) and cues.generic.match(nxt))
        ):  # "Công an đơn vị, địa phương": a generic noun goes on a name ending with one
            last = m.end()
            continue  # "các Bộ, cơ quan trung ương có liên quan": one group
        inside = org.at(at + m.start()) and org.at(at + m.start() - 1)
        if inside and m.group(0).strip() != ",":
            continue  # "Chánh Văn phòng Hội đồng nhân dân và Ủy ban nhân dân thành phố"
        if not (_agentive(nxt, cues) or (org.at(at + m.end()) and not inside)):
            continue  # the list goes on only with another body
        cuts.append((start, m.start()))
        start = last = m.end()
    cuts.append((start, len(np)))
    names: list[_Name] = []
    for a, b in cuts:
        chunk = np[a:b]
        stripped = chunk.strip(" :,")
        if len(stripped) < 2:
            continue
        off = a + chunk.index(stripped)
        sal = cues.salutation.match(stripped)
        if sal:
            off += sal.end()
            stripped = stripped[sal.end() :]
        if "/" in stripped:  # "Cục Tài chính/Bộ Quốc phòng": the unit of that ministry
            stripped = stripped[: stripped.index("/")].rstrip()
        if not stripped or len(stripped.split()) > 24 or not (_agentive(stripped, cues) or org.at(at + off)):
            if strict:
                return []
            continue  # not a body or an office: "Căn cứ …", "Học kỳ II …"
        names.append(_Name(stripped, (at + off, at + off + len(stripped)), False))
    return names


def _shared_article(name: str, more: bool, element: str, nxt: str, cues: _Cues) -> bool:
    """Whether ``nxt`` goes on a group under one "các" ("các Bộ, cơ quan trung ương", "các tổ
    chức, cá nhân liên quan"): the name so far opens with "các X" and its elements are bare
    generic nouns (``element`` the last of them when there are ``more``), and ``nxt`` is another
    one (not "các …", not a proper name)."""
    if not cues.generic.match(nxt):
        return False
    if more:
        return cues.generic.fullmatch(element.strip()) is not None
    return cues.collective.fullmatch(name.strip()) is not None


def _cut_np(np: str, cues: _Cues) -> str:
    """The subject without what follows it: "Bộ X trong phạm vi …" → "Bộ X"."""
    for stop in cues.np_stop.finditer(np, 1):
        before = np[: stop.start()].split()
        if before and before[-1][:1].isupper() and len(before) > 1 and not stop.group(0).startswith("về "):
            continue  # "Tổng cục Hậu cần - Kỹ thuật": a word of a name
        return np[: stop.start()].rstrip(" ,:;")
    return _DANGLING.sub("", np.rstrip(" ,:;"))


_DANGLING = re.compile(r"\s+(?:về|và|hoặc)$")  # "các Bộ, cơ quan liên quan về" before a verb: the topic follows


_SUBJECT_AT = re.compile(r",\s*|\s+(?=các\s)|\s+thì\s+")


def _subject_of(pre: str, at: int, org: _OrgIndex, cues: _Cues) -> list[_Name]:
    """The bodies named before a clause's verb. The subject may follow an adverbial ("Căn cứ …,
    theo chức năng, nhiệm vụ, các Bộ, ngành …", "Trong quá trình thực hiện, nếu có vướng mắc,
    các cơ quan …"): it starts at the first comma after which the rest names a body."""
    pre_s = pre.lstrip(" ,:")
    at += len(pre) - len(pre_s)
    sal = cues.salutation.match(pre_s)
    if sal:
        pre_s, at = pre_s[sal.end() :], at + sal.end()
    if not pre_s:
        return []
    strict = False
    if not _agentive(pre_s, cues) and not org.at(at):
        for m in _SUBJECT_AT.finditer(pre_s):
            rest = pre_s[m.end() :]
            if m.group(0).strip() == "thì" and cues.verb.match(rest):
                continue  # "… thì tổ chức thẩm định": a predicate without subject
            if _agentive(rest, cues):
                pre_s, at, strict = rest, at + m.end(), True
                break
        else:
            return []
    np = _cut_np(pre_s, cues)
    if not np or len(np) > 400 or (strict and len(np) > 200):
        return []
    return _split(np, at, org, cues, strict=strict)


def _np_after(body: str, pos: int, org: _OrgIndex, base: int, cues: _Cues) -> tuple[list[_Name], int]:
    """The bodies named at ``pos`` up to the next verb (or bracket / clause end), and that end."""
    while pos < len(body) and body[pos] == " ":
        pos += 1
    if pos >= len(body) or not (_agentive(body[pos:], cues) or org.at(base + pos)):
        return [], pos
    v = _first_verb(body, pos, base, org, cues, after_np=True)
    end = v.start() if v else len(body)
    bracket = body.find("(", pos, end)
    if bracket >= 0:
        end = bracket
    np = _cut_np(body[pos:end], cues)
    return _split(np, base + pos, org, cues, "object"), end


_ASKS = re.compile(r"(?P<who>[^:;.]{3,120}?)\s+(?:yêu cầu|đề nghị|giao)\s+(?P<np>[^:;]+?)\s*:\s*$")


def _asks(body: str, cues: _Cues) -> bool:
    """An introduction where a body asks other bodies for the items below ("Ủy ban thường vụ
    Quốc hội yêu cầu Chính phủ, Thủ tướng Chính phủ …:"), in a document with articles too."""
    if "yêu cầu" not in body and "đề nghị" not in body and "giao" not in body:
        return False  # every match holds one
    m = _ASKS.match(body)
    return m is not None and _agentive(m["who"], cues) and _agentive(m["np"], cues)


_ASKED = re.compile(r"(?:yêu cầu|đề nghị|giao)\s+(?P<np>[^:]+?)\s*:\s*$")


def _intro_subject(body: str, base: int, org: _OrgIndex, cues: _Cues) -> list[_Name]:
    """The body an introduction addresses: "Thủ tướng Chính phủ yêu cầu Chủ tịch Ủy ban nhân dân
    các tỉnh …:" → "Chủ tịch Ủy ban nhân dân các tỉnh …"."""
    m = _ASKED.search(body)
    if not m or not _agentive(m["np"], cues):
        return []
    np = m["np"]
    verb = _first_verb(np, 0, base + m.start("np"), org, cues, after_np=True)
    if verb is not None:  # "đề nghị Sở Lao động … thực hiện như sau:"
        np = np[: verb.start()].rstrip(" ,")
    np = _cut_np(np, cues)  # "… yêu cầu Chính phủ, Thủ tướng Chính phủ tập trung thực hiện …:"
    return [_Name(n.name, n.span, True) for n in _split(np, base + m.start("np"), org, cues)]


_HEADING = re.compile(
    r"(?:(?:Trách nhiệm|Nhiệm vụ)(?: của)?\s+)?(?P<np>.+?)(?P<duty>\s+(?:có|chịu)\s+trách\s+nhiệm)?\s*(?P<colon>:)?\s*$"
)
_TITLE = re.compile(r"(?:Trách nhiệm|Nhiệm vụ)(?: của)?\s")
_DIRECTING_WORDS = ("Chỉ đạo", "Giao", "Yêu cầu", "Đề nghị")  # every match of _DIRECTING_HEAD starts with one
_DIRECTING_HEAD = re.compile(
    r"(?:Chỉ đạo|Giao|Yêu cầu|Đề nghị)\s+(?P<np>[^:()]+?)\s*(?:\([^)]*\))?\s*(?P<colon>:)?\s*$"
)


def _heading(body: str, base: int, level: int | None, org: _OrgIndex, cues: _Cues) -> list[_Name]:
    """The subject a heading names for the items under it: "2. Bộ Tài chính:", "Ủy ban nhân dân
    cấp tỉnh có trách nhiệm:", "Điều 16. Trách nhim của Bộ Tư pháp", "1. Tổng cục Chính trị",
    "c) Chỉ đạo Cục Chính sách - Xã hội (…):"."""
    if len(body) > 240 or body.endswith((".", ";")):
        return []
    if not (
        body.endswith(":") or level == 0 or (level is not None and len(body) < 90) or body.startswith(_TITLE_WORDS)
    ):
        return []  # a heading ends with ":", is an article's title or a short numbered line
    directing = _DIRECTING_HEAD.match(body) if body.startswith(_DIRECTING_WORDS) else None
    if directing and (directing["colon"] or level == 0) and _agentive(directing["np"], cues):
        if not directing["colon"] and _first_verb(directing["np"], 0, base + directing.start("np"), org, cues):
            return []
        return [_Name(n.name, n.span, True) for n in _split(directing["np"], base + directing.start("np"), org, cues)]
    if not body.startswith(_TITLE_WORDS) and cues.agent.match(body) is None:
        return []  # the subject below starts the line and names no body (an agent match of it is one of the line)
    m = _HEADING.match(body)
    if not m:
        return []
    np = m["np"].strip()
    titled = bool(_TITLE.match(body))
    if not (m["colon"] or titled or (level is not None and len(np) < 80)):
        return []
    if not _agentive(np, cues) and not (titled and org.at(base + m.start("np"))):
        return []
    if not (m["duty"] or titled) and _first_verb(np, 0, base + m.start("np"), org, cues):
        return []  # "1. Sở Tài chính chủ trì …:" is an assignment, not a heading
    np = _cut_np(np, cues) if not (m["duty"] or titled) else np
    if ";" in np:  # "Trách nhiệm của các Bộ, ngành, địa phương; Ủy ban …": the items name them
        return []
    return [_Name(n.name, n.span, True) for n in _split(np, base + m.start("np"), org, cues)]


# -- verbs and roles -----------------------------------------------------------------------------

_NOUN_BEFORE = re.compile(r"(?:các|những|mọi|một số|của|và|việc|chế độ|được)\s+$", re.IGNORECASE)


def _first_verb(
    body: str, start: int, base: int, org: _OrgIndex, cues: _Cues, after_np: bool = False
) -> re.Match[str] | None:
    """The first action verb from ``start``: not inside an organisation's name or a fixed group
    ("cấp ủy, tổ chức đảng"), not a noun after "các", "những", "việc", and not capitalised
    inside a sentence ("Bộ Tổng Tham mưu")."""
    key = (body, start, base, after_np)
    try:
        return org.verbs[key]
    except KeyError:
        found = org.verbs[key] = _first_verb_uncached(body, start, base, org, cues, after_np)
        return found


def _first_verb_uncached(
    body: str, start: int, base: int, org: _OrgIndex, cues: _Cues, after_np: bool
) -> re.Match[str] | None:
    fixed: tuple[tuple[int, ...], tuple[int, ...]] | None = None
    mask, not_verb, noun_start_of = org.mask, cues.not_verb, cues.noun_start
    for v in cues.verb.finditer(body, start):
        at = v.start()
        if mask[base + at]:
            continue  # inside an organisation's name
        word = v.group(0)
        if word[0].isupper() and (at > start or after_np) and not body.endswith(": ", 0, at):
            continue  # capitalised inside a sentence
        if _NOUN_BEFORE.search(body, max(0, at - 12), at):
            continue
        low = word.lower()
        noun = not_verb.get(low)
        if noun is not None and noun.search(body, max(0, at - 16), at):
            continue
        noun_start = noun_start_of.get(low)
        if noun_start is not None and noun_start.match(body, at):
            continue  # "KBNN nơi đơn vị giao dịch", "tổ chức tín dụng": a noun that starts with a verb
        if fixed is None:
            if not _near_separator(body, at, cues):
                return v  # no fixed group can hold the verb
            fixed = _compound_spans(body)
        k = bisect_right(fixed[0], at) - 1  # the groups do not overlap: only the last one starting before may hold it
        if k >= 0 and at < fixed[1][k]:
            continue
        return v
    return None


def _near_separator(body: str, at: int, cues: _Cues) -> bool:
    """Whether a fixed group could cover ``at``: one holds its first separator and is at most
    ``compound_len`` characters long, so that separator lies within that many characters of ``at``."""
    seps = cues.compound_at
    if seps is None:
        return True
    lo, hi = max(0, at - cues.compound_len), at + cues.compound_len + 3
    return any(body.find(sep, lo, hi) >= 0 for sep in seps)


@lru_cache(maxsize=256)
def _compound_spans(body: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """Starts and ends of the fixed groups in ``body``, in text order."""
    spans = [c.span() for c in _compounds(body, _cues())]
    return tuple(a for a, _ in spans), tuple(b for _, b in spans)


def _compounds(body: str, cues: _Cues) -> Iterator[re.Match[str]]:
    """``cues.compound.finditer(body)``, tried only where a fixed group can begin: its first
    separator (", ", " - ") is in ``body`` that many characters further on (IGNORECASE matches one
    character with one, and these separators only as written). The same matches."""
    at = cues.compound_at
    if at is None:
        return cues.compound.finditer(body)
    starts: set[int] = set()
    for sep, offsets in at.items():
        q = body.find(sep)
        while q >= 0:
            starts.update(q - h for h in offsets if q >= h)
            q = body.find(sep, q + 1)
    if not starts:
        return iter(())
    return finditer_at(cues.compound, body, sorted(starts))


_CHAIN_SEP = re.compile(r",\s*|\s+và\s+|\s+")


def _chain(body: str, verb: re.Match[str], cues: _Cues) -> tuple[list[str], int]:
    """The verbs joined to ``verb`` by ", ", " và " or a space ("theo dõi, đôn đốc"), lower-cased,
    and where the chain ends."""
    out = [verb.group(0).lower()]
    end = verb.end()
    while True:
        m = _CHAIN_SEP.match(body, end)
        nxt = cues.verb.match(body, m.end()) if m else None
        if not nxt:
            return out, end
        out.append(nxt.group(0).lower())
        end = nxt.end()


def _role(chain: list[str], cues: _Cues) -> str:
    """Role of a clause from its verbs: the first cue's role; a monitoring verb after lead-ins
    ("tổ chức kiểm tra", "hướng dẫn, kiểm tra", "chỉ đạo, kiểm tra") makes it ``monitor``."""
    for v in chain:
        role = cues.roles.get(v)
        if role == "monitor":
            return role
        if v not in cues.monitor_lead_ins:
            break
    return cues.roles.get(chain[0], "execute") if chain[0] not in cues.duty else "execute"


# -- clauses and units ---------------------------------------------------------------------------


@dataclass
class _Clause:
    start: int  # offsets in the line's body
    end: int
    assignees: list[Assignee]
    action: str | None
    report_to: str | None
    subjects: list[_Name]


def _line_units(
    doc: Document, body: str, base: int, inherited: list[_Name], org: _OrgIndex, cues: _Cues
) -> list[Responsibility]:
    """The units of one line: its clauses, consecutive ones with the same assignees merged."""
    clauses: list[_Clause] = []
    subjects = inherited
    for s, e in _merged(body, _pieces(body), base, org, cues):
        c = _clause(body, s, e, base, subjects, org, cues)
        subjects = c.subjects or subjects
        clauses.append(c)
    units: list[Responsibility] = []
    prev_key: frozenset[tuple[str, str]] | None = None
    for c in clauses:
        key = frozenset((a.name.casefold(), a.role) for a in c.assignees)
        if units and not c.subjects and _CONTINUING.match(body, c.start):
            # "…; đồng thời tham mưu …": the same subject goes on with the same task; only the
            # bodies the clause names (partners, reported to) join the unit
            named = {a.name.casefold() for a in units[-1].assignees}
            c.assignees, key = [a for a in c.assignees if a.name.casefold() not in named], prev_key or key
        elif units and not c.subjects:
            # a clause of the same subject: a new unit only when the role changes ("…; thường
            # xuyên kiểm tra, đôn đốc …"); otherwise its bodies (reported to, directed) join the unit
            named = {a.name.casefold() for a in units[-1].assignees}
            extra = [a for a in c.assignees if a.name.casefold() not in named or a.role == "report_to"]
            if all(a.role in ("execute", "report_to") or a.name.casefold() not in named for a in c.assignees):
                c.assignees, key = extra, prev_key or key
        if units and (key == prev_key or not c.assignees):
            u = units[-1]
            u.assignees = _dedupe(u.assignees + c.assignees)
            u.task = body[u.span[0] - base : c.end].strip()
            u.span = (u.span[0], base + c.end)
            u.report_to = u.report_to or c.report_to
            continue
        prev_key = key
        units.append(
            Responsibility(
                item=None,
                assignees=_dedupe(c.assignees),
                action=c.action,
                task=body[c.start : c.end],
                deadline=None,
                report_to=c.report_to,
                span=(base + c.start, base + c.end),
                page=doc.page_at(base + c.start),
            )
        )
    for u in units:  # the task is the text of the span, white space included
        u.task = doc.text[u.span[0] : u.span[1]]
    return units


_CONTINUING = re.compile(r"(?:đồng thời|Đồng thời)(?![\wÀ-ỹ])")


# where a line is cut: "(", ")", ";" and the space after a sentence's full stop (at the stop, so
# the pattern opens with a character class; the cut is at the end of the match, as with
# r"[();]|(?<=[^A-ZĐ.\s][.])\s+(?=[A-ZĐÀ-Ỹ])")
_PIECE_CUT = re.compile(r"[();.](?:(?<=[();])|(?<=[^A-ZĐ.\s]\.)\s+(?=[A-ZĐÀ-Ỹ]))")


def _pieces(body: str) -> list[tuple[int, int]]:
    """Sentences and ";" clauses of a line as (start, end), white space trimmed."""
    cuts = [0]
    depth = 0
    for m in _PIECE_CUT.finditer(body):
        ch = m.group(0)
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth = max(0, depth - 1)
        elif depth == 0:
            cuts.append(m.end())
    cuts.append(len(body))
    out: list[tuple[int, int]] = []
    for a, b in pairwise(cuts):
        piece = body[a:b]
        s = a + len(piece) - len(piece.lstrip())
        e = a + len(piece.rstrip())
        if e - s >= 3:
            out.append((s, e))
    return out


_VAI_TRO = re.compile(
    r"(?:Phát huy|Tăng cường|Nâng cao|Đề cao)\s+(?:vai trò|trách nhiệm)[^;.]*?\s+của\s+(?P<np>.+?)"
    r"(?=\s+(?:để|nhằm|trong|về|đối với)\s|,\s+(?:sự|nhất là|đặc biệt)\s|[;.]|$)"
)
_LAST_PARTNER = re.compile(r"phối hợp(?:\s+với)?\s+(?!.*phối hợp)")


def _merged(body: str, pieces: list[tuple[int, int]], base: int, org: _OrgIndex, cues: _Cues) -> list[tuple[int, int]]:
    """Pieces joined when a ";" only separates list items: a piece without a verb ("Chánh Văn
    phòng …; Chủ tịch … chịu trách nhiệm …"), or one that ends on its partners ("Chủ trì, phối
    hợp với A; B hướng dẫn …")."""
    out: list[tuple[int, int]] = []
    pending: int | None = None
    for s, e in pieces:
        if pending is not None:
            s = pending
            pending = None
        seg = body[:e]
        partner = _LAST_PARTNER.search(seg, s)
        open_list = _first_verb(seg, s, base, org, cues) is None or (
            partner is not None and _first_verb(seg, partner.end(), base, org, cues, after_np=True) is None
        )
        if open_list and e < len(body) and body[e - 1] == ";":
            pending = s
            continue
        out.append((s, e))
    if pending is not None:
        out.append((pending, len(body.rstrip())))
    return out


_DUTY_WORD = re.compile(r"\s(?:có|chịu) trách nhiệm(?![{_W}])".replace("{_W}", _W))
_LEADS = re.compile(r"chủ trì|phối hợp|tham mưu|;")


def _clause(body: str, s: int, e: int, base: int, carried: list[_Name], org: _OrgIndex, cues: _Cues) -> _Clause:
    """Who does what in ``body[s:e]``: its own subject or the carried one, their role, directed
    bodies, partners and bodies reported to."""
    text = body[:e]
    assignees: list[Assignee] = []
    subjects: list[_Name] = []
    pos = s
    cue = cues.subject_cue.match(text, s)
    if cue:  # "Giao Sở X …", "Đề nghị các Bộ …": the issuer gives the work, the bodies named do it
        named, pos = _np_after(text, cue.end(), org, base, cues)
        subjects = named
    verb = _first_verb(text, pos, base, org, cues)
    if verb and not cue:
        duty = _DUTY_WORD.search(text, s) if text.find(" trách nhiệm", s) >= 0 else None  # a literal of every match
        if duty and duty.start() > verb.start():  # "Cơ quan, tổ chức … đánh giá … có trách nhiệm"
            pre = text[s : duty.start()]
            if _agentive(pre, cues) and not _LEADS.search(pre):
                verb = cues.verb.match(text, duty.start() + 1)
        if verb is not None:
            subjects = _subject_of(text[s : verb.start()], base + s, org, cues)
        if verb is not None and not subjects and cues.adverbial.match(text, s):
            verb, subjects = _after_adverbial(text, s, verb, base, org, cues)
    elif not verb and not cue:
        subjects = _subject_of(text[s:], base + s, org, cues) if cues.unit.search(text, s) else []
    if (
        not cue
        and text.find(" do ", s) >= 0
        and (not subjects or (verb is not None and _DO.search(text, s, verb.start())))
    ):
        by = _passive(text, s, base, org, cues)
        if by is not None and (not subjects or (verb is not None and by[0].start() == verb.start())):
            verb, subjects = by  # "… do Bộ Tư pháp chủ trì xây dựng": the agent after "do" does the work
    own = bool(subjects)
    vai_tro = _VAI_TRO.match(text, s) if not own and not carried else None
    if vai_tro:  # "Phát huy vai trò … của người đứng đầu …": the bodies whose role is raised
        subjects, own = _split(vai_tro["np"], base + vai_tro.start("np"), org, cues), True
    if not subjects:
        subjects = carried
    if verb is None:
        rule = "directed" if cue else "subject"
        assignees += [_assignee(n, "execute", rule) for n in subjects if own]
        return _Clause(s, e, assignees, None, _reports(text, s, base, org, cues, assignees), subjects if own else [])
    action, _ = _analyse(text, verb, base, subjects, org, cues, assignees, top=not cue)
    report_to = _reports(text, s, base, org, cues, assignees)
    return _Clause(s, e, assignees, action, report_to, subjects if own else [])


_DO = re.compile(r"(?<![\wÀ-ỹ])do\s+")


def _passive(text: str, s: int, base: int, org: _OrgIndex, cues: _Cues) -> tuple[re.Match[str], list[_Name]] | None:
    """The agent of a passive clause ("Quy chế … do Bộ Tư pháp chủ trì xây dựng", "… do Bộ trưởng
    Bộ Quốc phòng, Bộ trưởng Bộ Công an quyết định và chịu trách nhiệm thực hiện"): the bodies
    after "do" with the verb right after them, when it leads or takes responsibility (a noun
    qualified by "do X ban hành / quản lý / cung cấp" names no assignment)."""
    for m in _DO.finditer(text, s):
        named, stop = _np_after(text, m.end(), org, base, cues)
        if not named:
            continue
        verb = _first_verb(text, stop, base, org, cues, after_np=True)
        if verb is None or text[named[-1].span[1] - base : verb.start()].strip():
            continue
        chain = _chain(text, verb, cues)[0]
        if "chủ trì" in chain or any(v in cues.duty for v in chain):  # not "… do Ủy ban nhân dân cấp tỉnh ban hành"
            return verb, named
    return None


def _after_adverbial(
    text: str, s: int, verb: re.Match[str], base: int, org: _OrgIndex, cues: _Cues
) -> tuple[re.Match[str], list[_Name]]:
    """The verb and subject of a clause that opens with an adverbial holding verbs of its own
    ("Căn cứ quy định tại …, theo chức năng, nhiệm vụ, các Bộ, ngành … xây dựng …"): the first
    verb with a body named right before it, after a comma. A verb right after a comma is the
    predicate of a subject left out ("Căn cứ …, chủ trì xây dựng …"); without either, the first verb."""
    nxt = _first_verb(text, verb.end(), base, org, cues)
    while nxt is not None:
        pre = text[s : nxt.start()].rstrip()
        if pre.endswith(","):
            return nxt, []
        subjects = _subject_of(pre, base + s, org, cues)
        if subjects:
            return nxt, subjects
        nxt = _first_verb(text, nxt.end(), base, org, cues)
    return verb, []


def _assignee(n: _Name, role: str, rule: str) -> Assignee:
    return Assignee(n.name, role, n.span, n.inherited, "heading" if n.inherited else rule)


_COOP = re.compile(r",?\s*(?:và\s+)?phối hợp(?:\s+với)?\s+")
_WITH = re.compile(r"\s*(?:với\s+)?")
_CHO = re.compile(r"\s+cho\s+")


def _with_partners(text: str, at: int, base: int, org: _OrgIndex, cues: _Cues, out: list[Assignee], action: str) -> str:
    """The partners named at ``at`` ("… phối hợp với A, B") appended to ``out`` as cooperating; the
    action is then the verb phrase after them, when there is one (its directed bodies appended too)."""
    partners, stop = _np_after(text, at, org, base, cues)
    out += [_assignee(n, "cooperate", "partner") for n in partners]
    nxt = _first_verb(text, stop, base, org, cues)
    if nxt:
        action = text[nxt.start() : _chain(text, nxt, cues)[1]]
        _secondary(text, nxt.end(), base, org, cues, out)
    return action


def _analyse(
    text: str,
    verb: re.Match[str],
    base: int,
    subjects: list[_Name],
    org: _OrgIndex,
    cues: _Cues,
    out: list[Assignee],
    top: bool = True,
) -> tuple[str | None, int]:
    """Roles from the verb phrase at ``verb`` for ``subjects`` (appended to ``out``); returns the
    action and where the phrase ends."""
    chain, end = _chain(text, verb, cues)
    first = chain[0]
    if first in cues.duty and len(chain) > 1 and "thi hành" not in text[verb.end() : verb.end() + 12]:
        nxt = cues.verb.match(text, verb.end() + len(text[verb.end() :]) - len(text[verb.end() :].lstrip(" ,")))
        if nxt:  # "có trách nhiệm chủ trì, phối hợp …", "chịu trách nhiệm chỉ đạo …"
            return _analyse(text, nxt, base, subjects, org, cues, out, top)
    rule = "subject" if top else "directed"
    action = text[verb.start() : end]
    if text.startswith(("chịu trách nhiệm thi hành", "có trách nhiệm thi hành"), verb.start()):
        action = text[verb.start() : verb.start() + len(first) + 9]
    if first == "chủ trì":
        out += [_assignee(n, "lead", rule) for n in subjects]
        coop = _COOP.match(text, verb.end())
        if coop:
            return _with_partners(text, coop.end(), base, org, cues, out, action), end
        _secondary(text, verb.end(), base, org, cues, out)  # "chủ trì, hướng dẫn Công an đơn vị … lập dự toán"
        return action, end
    if first == "phối hợp":
        out += [_assignee(n, "cooperate", rule) for n in subjects]
        partner = _WITH.match(text, verb.end())
        return _with_partners(text, partner.end() if partner else verb.end(), base, org, cues, out, action), end
    if first in cues.helping:  # "Giúp Ban Chỉ đạo … hướng dẫn, theo dõi": the help is the task
        helped, stop = _np_after(text, verb.end(), org, base, cues)
        nxt = _first_verb(text, stop, base, org, cues) if helped else None
        if nxt:
            return _analyse(text, nxt, base, subjects, org, cues, out, top)
    last = chain[-1]
    if last in cues.directing:  # "chỉ đạo X lập …", "hướng dẫn các cơ sở phối hợp …"
        directed, stop = _np_after(text, end + (1 if text[end : end + 1] == " " else 0), org, base, cues)
        cho = _CHO.match(text, end)
        if not directed and cho:
            directed, stop = _np_after(text, cho.end(), org, base, cues)
        if directed:
            if last not in cues.requesting:  # who asks ("Bộ Xây dựng đề nghị Bộ Tài chính …") is given no work
                out += [_assignee(n, cues.roles.get(last, "execute"), rule) for n in subjects]
            nxt = _first_verb(text, stop, base, org, cues)
            if nxt:
                _analyse(text, nxt, base, directed, org, cues, out, top=False)
            else:
                out += [_assignee(n, "execute", "directed") for n in directed]
            return action, end
    out += [_assignee(n, _role(chain, cues), rule) for n in subjects]
    _secondary(text, end, base, org, cues, out)
    return action, end


_SECONDARY_PLAIN = re.compile(r"(?<![\wÀ-ỹ])(?:phối hợp(?:\s+với)?|[Cc]hỉ đạo|yêu cầu|hướng dẫn)\s+")
# the same matches, written to open with one character class (see docproc.scan.at_word_start)
_SECONDARY = re.compile(
    at_word_start([("p", r"hối hợp(?:\s+với)?"), ("Cc", "hỉ đạo"), ("y", "êu cầu"), ("h", "ướng dẫn")], _W) + r"\s+"
)


_REPORTED_PURPOSE = re.compile(r"(?<![\wÀ-ỹ])(?:báo cáo|gửi|trình)\s[^;]*?\sđể\s")


def _secondary(text: str, pos: int, base: int, org: _OrgIndex, cues: _Cues, out: list[Assignee]) -> None:
    """Bodies named later in the clause: partners ("… phối hợp với Sở Xây dựng …") and bodies
    directed ("…, chỉ đạo các cơ quan liên quan phối hợp …")."""
    for m in _SECONDARY.finditer(text, pos):
        if _NOUN_BEFORE.search(text, max(0, m.start() - 12), m.start()) or org.at(base + m.start()):
            continue
        if _REPORTED_PURPOSE.search(text, max(0, pos - 40), m.start()):
            break  # "… báo cáo Ủy ban nhân dân cùng cấp để chỉ đạo các cơ quan …": the body reported to directs
        named, stop = _np_after(text, m.end(), org, base, cues)
        if not named:
            continue
        if m.group(0).startswith("phối hợp"):
            out += [_assignee(n, "cooperate", "partner") for n in named]
            continue
        nxt = _first_verb(text, stop, base, org, cues)
        if nxt:
            _analyse(text, nxt, base, named, org, cues, out, top=False)


_DE = re.compile(r"(?<![\wÀ-ỹ])để(?![\wÀ-ỹ])")
_DONE_BEFORE = re.compile(r"(?<![\wÀ-ỹ])đã\s+$")


def _reports(text: str, s: int, base: int, org: _OrgIndex, cues: _Cues, out: list[Assignee]) -> str | None:
    """Bodies reported to in ``text[s:]`` ("báo cáo về X", "gửi X và Y", "phản ánh về X"), added
    to ``out``; the first one is returned. A later report made "để tổng hợp, báo cáo …" by the
    body reported to is not the assignee's."""
    found: list[_Name] = []
    last_end = s
    for m in cues.report.finditer(text, s):
        if _NOUN_BEFORE.search(text, max(0, m.start() - 12), m.start()) or org.at(base + m.start()):
            continue
        if _DONE_BEFORE.search(text, max(0, m.start() - 8), m.start()):
            continue  # "… danh sách mà Ủy ban nhân dân các tỉnh đã báo cáo …": what was done, not a duty
        if found and _DE.search(text[last_end : m.start()]):
            break
        targets = _report_targets(text, m.end(), base, org, cues)
        if targets:
            found += targets
            last_end = targets[-1].span[1] - base
    out += [Assignee(n.name, "report_to", n.span, False, "report") for n in found]
    return found[0].name if found else None


def _report_targets(text: str, pos: int, base: int, org: _OrgIndex, cues: _Cues) -> list[_Name]:
    """The bodies right after a report verb or after "về / với / lên / cho / tới / đến" within a
    few words, with the ones joined to them by "và" / ","."""
    window = text[pos : pos + 120]
    stop = min([i for i in (window.find(";"), window.find("."), window.find("(")) if i >= 0], default=len(window))
    word = 0  # where the word before the space starts
    for m in _SPACE_WORD.finditer(window):
        k = m.start()
        if stop < k:  # ";", "." or "(" before the space
            return []
        if k == 0 or window[word:k] in cues.report_prep:  # no word yet, or the last word is a preposition
            names = _target_list(text, pos + m.end(), base, org, cues)
            if names:
                return names
        word = m.end()
    return []


def _report_targets_plain(text: str, pos: int, base: int, org: _OrgIndex, cues: _Cues) -> list[_Name]:
    """:func:`_report_targets` as first written (each space splits the window again)."""
    window = text[pos : pos + 120]
    for m in _SPACE_WORD.finditer(window):
        words = window[: m.start()].split()
        if any(c in window[: m.start()] for c in ";.("):
            return []
        if not words or words[-1] in cues.report_prep:
            names = _target_list(text, pos + m.end(), base, org, cues)
            if names:
                return names
    return []


_TARGET_END = re.compile(r"\s+(?:để|nhằm|trước|theo|trong|qua|kèm|xem|phê|thẩm định|là|đồng thời)\s|[,;.(:]|$")


def _target_list(text: str, at: int, base: int, org: _OrgIndex, cues: _Cues) -> list[_Name]:
    if not (_agentive(text[at:], cues) or org.at(base + at)):
        return []
    end = at
    for m in _TARGET_END.finditer(text[at:]):
        end = at + m.start()
        nxt = text[end:]
        if nxt.startswith(",") and _agentive(nxt[1:].lstrip(), cues):
            continue
        break
    v = _first_verb(text, at, base, org, cues, after_np=True)
    if v and v.start() < end:
        end = v.start()
    np = _cut_np(text[at:end], cues)
    names = _split(np, base + at, org, cues, "report")
    if not names and org.at(base + at):
        e = org.end(base + at) - base
        names = [_Name(text[at:e], (base + at, base + e))]
    return names


def _dedupe(items: list[Assignee]) -> list[Assignee]:
    seen: set[tuple[str, str]] = set()
    out: list[Assignee] = []
    for a in items:
        k = (a.name.casefold(), a.role)
        if k not in seen:
            seen.add(k)
            out.append(a)
    return out


def _body(zones: Sequence[Any], n: int) -> tuple[int, int]:
    lo, hi = 0, n
    for z in zones:
        if z.kind == "body":
            lo = z.start
        if z.kind == "copy" and z.start > lo:  # annexes after the signature still assign work
            hi = min(hi, z.start)
    return lo, hi


_LEVELS = {"article": 0, "letter": 4, "dash": 5}


def _level(m: re.Match[str] | None) -> int | None:
    if m is None:
        return None
    kind = m.lastgroup  # the one group of ``_NUMBERING`` that took part in the match
    if kind == "num":
        return 1 + m["num"].count(".")
    return _LEVELS[kind or "dash"]


def _label(m: re.Match[str] | None) -> str | None:
    if m is None or m["dash"]:
        return None
    return m["article"] or m["num"] or m["letter"]


#: columns of the responsibilities table (``docproc responsibilities``): one row per (assignee, task)
TABLE_COLUMNS = ("path", "number_symbol", "item", "assignee", "role", "action", "deadline", "report_to", "task")


def responsibility_rows(record: dict[str, Any]) -> list[dict[str, Any]]:
    """One row per (assignee, task) of a record; a unit without assignee gives one row without one."""
    rows: list[dict[str, Any]] = []
    base = {"path": (record.get("source") or {}).get("path"), "number_symbol": record.get("number_symbol")}
    for unit in record.get("responsibilities") or []:
        common = {**base, **{k: unit.get(k) for k in ("item", "action", "deadline", "report_to", "task")}}
        people = unit.get("assignees") or [{}]
        rows += [{**common, "assignee": a.get("name"), "role": a.get("role")} for a in people]
    return [{c: r.get(c) for c in TABLE_COLUMNS} for r in rows]

"""Assigned responsibilities: who leads, who cooperates, what, by when, reporting to whom.

Units are the numbered and lettered items and the sentences with assignment cues ("… chủ trì,
phối hợp với …", "Giao …", "Đề nghị …", "… có trách nhiệm …", "Điều 3. … chịu trách nhiệm thi
hành …"). In each unit the subject before the first action verb is split into assignees (lists
split, fixed groups such as "cấp ủy, tổ chức đảng" kept whole, organisation names never cut); a
sub-item without a subject inherits the one of its heading ("2. Bộ Tài chính có trách nhiệm:"),
and otherwise gets no assignee. Cues and verbs are data (``responsibility_cues.json``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from docproc.data import load
from docproc.document import Document
from docproc.segment import lines

_NUMBERING = re.compile(
    r"^(?:(?P<article>Điều\s+\d+[a-z]?)\.?|(?P<num>\d{1,2}(?:\.\d{1,2})*)[.)]|(?P<letter>[a-zđ])\)|(?P<dash>[-–+•]))\s*"
)
_ROLE_ORDER = ("lead", "cooperate", "advise", "monitor", "execute")


@dataclass
class Assignee:
    name: str
    role: str
    span: tuple[int, int]
    inherited: bool = False

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {"name": self.name, "role": self.role, "span": list(self.span)}
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


@dataclass(frozen=True)
class _Cues:
    verb: re.Pattern[str]
    unit: re.Pattern[str]
    weak: re.Pattern[str]
    roles: dict[str, str]  # cue → role
    directing: frozenset[str]
    subject_cue: re.Pattern[str]
    compounds: tuple[str, ...]
    section: re.Pattern[str]
    intro: re.Pattern[str]
    agent: re.Pattern[str]
    np_stop: re.Pattern[str]


@cache
def _cues() -> _Cues:
    d = load("responsibility_cues.json")
    verbs = sorted({*d["verbs"], *[c for cs in d["roles"].values() for c in cs]}, key=len, reverse=True)
    alts = "|".join(f"[{v[0].upper()}{v[0]}]{re.escape(v[1:])}" for v in verbs)
    verb = re.compile(r"(?<![\wÀ-ỹ])(?:" + alts + r")(?![\wÀ-ỹ])")
    unit = re.compile("|".join(re.escape(c) for c in d["unit_cues"]))
    weak = re.compile("|".join(re.escape(c) for c in d["weak_cues"]))
    roles = {c: role for role, cs in d["roles"].items() for c in cs}
    subject_cue = re.compile(r"^(?:" + "|".join(re.escape(c) for c in d["subject_cues"]) + r")\s+")
    section = re.compile("|".join(re.escape(s) for s in d["sections"]))
    intro = re.compile(r"(?:" + "|".join(re.escape(s) for s in d["intros"]) + r")\s*$")
    compounds = tuple(sorted(d["compounds"], key=len, reverse=True))
    heads = sorted(d["agent_heads"], key=len, reverse=True)
    agent = re.compile(
        r"^(?:(?:tất cả |toàn thể )?(?:các|những|Các|Những|Tất cả các|Toàn thể)\s+)?(?:"
        + "|".join(f"[{h[0].upper()}{h[0].lower()}]{re.escape(h[1:])}" for h in heads)
        + r")(?![\wÀ-ỹ])"
    )
    np_stop = re.compile(r"(?<![\wÀ-ỹ])(?:" + "|".join(re.escape(w) for w in d["np_stops"]) + r")(?![\wÀ-ỹ])")
    return _Cues(
        verb, unit, weak, roles, frozenset(d["directing"]), subject_cue, compounds, section, intro, agent, np_stop
    )


_VAI_TRO = re.compile(
    r"^(?:Phát huy|Tăng cường|Nâng cao|Đề cao)\s+(?:vai trò|trách nhiệm)[^;.]*?\s+của\s+(?P<np>.+?)"
    r"(?=\s+(?:để|nhằm|trong|về|đối với)\s|,\s+(?:sự|nhất là|đặc biệt)\s|[;.]|$)"
)
_REPORT = re.compile(r"(?<![\wÀ-ỹ])(?:báo cáo|gửi|phản ánh)(?![\wÀ-ỹ])")


def _report_target(body: str, pos: int, base: int, org_mask: bytearray) -> tuple[int, int] | None:
    """The body reported to: the first organisation within a few words after "báo cáo" that is
    either right after it or after "về / với / lên / cho / tới / đến"."""
    for m in re.finditer(r"\s+", body[pos : pos + 80]):
        at = pos + m.end()
        before = body[pos : pos + m.start()].split()
        if not before or before[-1] in ("về", "với", "lên", "cho", "tới", "đến"):
            org = _org_at(body, at, base, org_mask)
            if org:
                return org
        if any(c in body[pos : pos + m.start()] for c in ";."):
            return None
    return None


_HEADING_SUBJECT = re.compile(
    r"^(?:Trách nhiệm của\s+|Nhiệm vụ của\s+)?(?P<np>.+?)(?:\s+(?:có|chịu)\s+trách\s+nhiệm)?\s*(?P<colon>:)?\s*$"
)


def find_responsibilities(
    doc: Document,
    zones: Sequence[Any] = (),
    organizations: Sequence[tuple[int, int]] = (),
    deadlines: Sequence[tuple[tuple[int, int], str]] = (),
) -> list[Responsibility]:
    """The assignments of ``doc`` in text order. ``zones`` bound the body (header parser);
    ``organizations`` are spans never cut when splitting lists; ``deadlines`` are (span, text)
    of deadline and recurring dates (dates extractor)."""
    cues = _cues()
    text = doc.text
    lo, hi = _body(zones, len(text))
    org_mask = bytearray(len(text) + 1)
    for a, b in organizations:
        org_mask[a:b] = b"\x01" * (b - a)
    out: list[Responsibility] = []
    context: list[tuple[int, str, tuple[int, int]]] = []  # (level, subject, span) of headings
    numbering: list[tuple[int, str]] = []
    active = False  # after "Tổ chức thực hiện", "… yêu cầu:" — numbered items assign work
    by_intro = False  # "… yêu cầu:": even an item without a subject is listed (with no assignee)
    skip = [(z.start, z.end) for z in zones if z.kind in ("signature", "recipients", "stamp")]
    for ln in lines(text):
        if not ln.text or ln.start < lo or ln.end > hi or any(a <= ln.start < b for a, b in skip):
            continue
        m = _NUMBERING.match(ln.text)
        level = _level(m)
        label = _label(m)
        if level is not None:
            while context and context[-1][0] >= level:
                context.pop()
            while numbering and numbering[-1][0] >= level:
                numbering.pop()
            if label:
                numbering.append((level, label))
        elif level is None and ln.text[:1].isupper() and not cues.unit.search(ln.text):
            pass
        body_start = ln.start + (m.end() if m else 0)
        body = text[body_start : ln.end]
        if cues.section.search(ln.text) and len(ln.text) < 120:
            active, by_intro = True, False
        elif level == 0 or re.match(r"^(?:Chương|CHƯƠNG|Mục|MỤC|Phần|PHẦN)\s", ln.text):
            active = by_intro = False  # a new article or chapter that is not about carrying out
        if cues.intro.search(ln.text):
            active = by_intro = True
            continue
        head = _HEADING_SUBJECT.match(body)
        if (
            head
            and (head["colon"] or (level is not None and len(head["np"]) < 80 and not head["np"].endswith(".")))
            and not _first_verb(head["np"], 0, body_start, org_mask, cues)
            and len(head["np"]) < 160
            and _agentive(head["np"], cues)
        ):
            np = head["np"].strip()
            context.append((level if level is not None else 9, np, (body_start, body_start + len(np))))
            continue
        inherited = context[-1] if context and (level is None or level > context[-1][0]) else None
        # outside the sections that carry out the document, only explicit assignments count
        strong = bool(_ANYWHERE.search(body))
        is_unit = strong or (active and (bool(cues.unit.search(body)) or inherited is not None or level is not None))
        if not is_unit or len(body) < 12:
            continue
        resp = _unit(doc, body, body_start, inherited, org_mask, cues)
        resp.item = ".".join(lbl for _, lbl in numbering) or None
        resp.deadline = next((t for (a, b), t in deadlines if body_start <= a < ln.end), None)
        if resp.assignees or (by_intro and level is not None):
            out.append(resp)
    return out


def _agentive(np: str, cues: _Cues) -> bool:
    return bool(cues.agent.match(np.strip()))


def _body(zones: Sequence[Any], n: int) -> tuple[int, int]:
    lo, hi = 0, n
    for z in zones:
        if z.kind == "body":
            lo = z.start
        if z.kind == "copy" and z.start > lo:  # annexes after the signature still assign work
            hi = min(hi, z.start)
    return lo, hi


def _level(m: re.Match[str] | None) -> int | None:
    if m is None:
        return None
    if m["article"]:
        return 0
    if m["num"]:
        return 1 + m["num"].count(".")
    if m["letter"]:
        return 4
    return 5


def _label(m: re.Match[str] | None) -> str | None:
    if m is None or m["dash"]:
        return None
    return m["article"] or m["num"] or m["letter"]


_ANYWHERE = re.compile(r"chủ trì|^Giao |^Đề nghị|^Yêu cầu|chịu trách nhiệm thi hành|chịu trách nhiệm tổ chức thực hiện")
_NOUN_BEFORE = re.compile(r"(?:các|những|mọi|một số|của|và)\s+$", re.IGNORECASE)


def _first_verb(body: str, start: int, base: int, org_mask: bytearray, cues: _Cues) -> re.Match[str] | None:
    """The first action verb from ``start``: not inside an organisation's name or a fixed group
    ("cấp ủy, tổ chức đảng"), and not a noun after "các", "những" ("các tổ chức chính trị")."""
    fixed = _compound_mask(body, cues)
    for v in cues.verb.finditer(body, start):
        if (
            org_mask[base + v.start()]
            or fixed[v.start()]
            or _NOUN_BEFORE.search(body[max(0, v.start() - 12) : v.start()])
            or (v.group(0)[0].isupper() and v.start() > start)  # part of a name: "Bộ Tổng Tham mưu"
        ):
            continue
        return v
    return None


def _compound_mask(text: str, cues: _Cues) -> bytearray:
    mask = bytearray(len(text) + 1)
    low = text.lower()
    for comp in cues.compounds:
        for m in re.finditer(re.escape(comp.lower()), low):
            mask[m.start() : m.end()] = b"\x01" * (m.end() - m.start())
    return mask


def _unit(
    doc: Document,
    body: str,
    base: int,
    inherited: tuple[int, str, tuple[int, int]] | None,
    org_mask: bytearray,
    cues: _Cues,
) -> Responsibility:
    assignees: list[Assignee] = []
    subj_start = 0
    sc = cues.subject_cue.match(body)
    if sc:
        subj_start = sc.end()
    colon = re.match(r"^([^:;.]{3,150}):\s+", body[subj_start:])
    if colon and _agentive(colon.group(1), cues) and cues.verb.match(body, subj_start + colon.end()):
        # "2. Sở Tài chính, Kho bạc Nhà nước tỉnh: Thẩm định dự toán …"
        verb = cues.verb.match(body, subj_start + colon.end())
    else:
        verb = _first_verb(body, subj_start, base, org_mask, cues)
    subject = body[subj_start : verb.start() if verb else 0]
    stop = cues.np_stop.search(subject)
    while stop and org_mask[base + subj_start + stop.start()]:
        stop = cues.np_stop.search(subject, stop.end())
    if stop and stop.start() > 0:
        subject = subject[: stop.start()]
    subject = subject.strip(" ,:;")
    subject_at = subj_start + (len(body[subj_start:]) - len(body[subj_start:].lstrip(" ,:;")))
    first = verb.group(0).lower() if verb else ""
    if verb and first in ("có trách nhiệm", "chịu trách nhiệm"):
        nxt = cues.verb.match(body, verb.end() + 1)
        if nxt and nxt.group(0).lower() in cues.roles and nxt.group(0).lower() not in ("thực hiện",):
            verb, first = nxt, nxt.group(0).lower()  # "có trách nhiệm chủ trì, phối hợp …"
    if verb and verb.start() == subj_start == 0 and inherited is None:
        subject = ""
    role = cues.roles.get(first, "execute")
    if first in cues.directing:
        role = "lead"
    action = None
    rest_at = verb.end() if verb else len(body)
    named = _split(subject, subject_at, base, org_mask, cues) if subject and len(subject) < 300 else []
    if named:
        assignees += [Assignee(n, role, (base + a, base + b)) for n, a, b in named]
    elif (vt := _VAI_TRO.match(body)) and not inherited:
        assignees += [
            Assignee(n, "execute", (base + a, base + b))
            for n, a, b in _split(vt["np"], vt.start("np"), base, org_mask, cues)
        ]
    elif inherited is not None:  # no body named before the verb ("Hằng năm xây dựng …"): the heading's
        assignees.append(Assignee(inherited[1], role, inherited[2], inherited=True))
    if verb and first == "chủ trì":
        coop = re.match(r",?\s*(?:và\s+)?phối hợp(?:\s+với)?\s+", body[rest_at:])
        if coop:
            c_at = rest_at + coop.end()
            nxt = _first_verb(body, c_at, base, org_mask, cues)
            partners = body[c_at : nxt.start() if nxt else len(body)]
            assignees += [
                Assignee(n, "cooperate", (base + a, base + b))
                for n, a, b in _split(partners, c_at, base, org_mask, cues)
            ]
            verb = nxt
    elif verb and first == "phối hợp":
        partner = re.match(r"\s*(?:với\s+)?", body[rest_at:])
        p_at = rest_at + (partner.end() if partner else 0)
        nxt = _first_verb(body, p_at, base, org_mask, cues)
        partners = body[p_at : nxt.start() if nxt else len(body)]
        assignees += [
            Assignee(n, "cooperate", (base + a, base + b)) for n, a, b in _split(partners, p_at, base, org_mask, cues)
        ]
        verb = nxt
    elif verb and first in cues.directing:
        obj = _org_at(body, verb.end(), base, org_mask)
        if obj:
            assignees.append(Assignee(body[obj[0] : obj[1]], "execute", (base + obj[0], base + obj[1])))
    if verb is not None:
        action = _action(body, verb, cues)
    report_to = None
    for rm in _REPORT.finditer(body):
        org = _report_target(body, rm.end(), base, org_mask)
        if org:
            report_to = body[org[0] : org[1]]
            assignees.append(Assignee(report_to, "report_to", (base + org[0], base + org[1])))
            break
    return Responsibility(
        item=None,
        assignees=_dedupe(assignees),
        action=action,
        task=body.strip(),
        deadline=None,
        report_to=report_to,
        span=(base, base + len(body)),
        page=doc.page_at(base),
    )


def _action(body: str, verb: re.Match[str], cues: _Cues) -> str:
    """The verb phrase that starts at ``verb``: verbs joined by ", " or " và " ("theo dõi, đôn đốc")."""
    if body.startswith("chịu trách nhiệm thi hành", verb.start()):
        return "chịu trách nhiệm thi hành"
    end = verb.end()
    while True:
        m = re.match(r"(?:,\s*|\s+và\s+|\s+)", body[end:])
        nxt = cues.verb.match(body, end + m.end()) if m else None
        if not nxt:
            return body[verb.start() : end]
        end = nxt.end()


def _org_at(body: str, pos: int, base: int, org_mask: bytearray) -> tuple[int, int] | None:
    """The organisation name starting at ``pos`` (after spaces), as a span of ``body``."""
    while pos < len(body) and body[pos] == " ":
        pos += 1
    if pos >= len(body) or not org_mask[base + pos] or (pos > 0 and org_mask[base + pos - 1]):
        return None
    end = pos
    while end < len(body) and org_mask[base + end]:
        end += 1
    return pos, end


def _split(np: str, at: int, base: int, org_mask: bytearray, cues: _Cues) -> list[tuple[str, int, int]]:
    """A list of assignees ("A, B và C") as (name, start, end) in the unit's text; fixed groups
    and organisation names are not cut."""
    np_end = at + len(np)
    shared = re.match(r"^([^:;,]{3,60}):\s*", np)
    if not shared and ":" in np:  # the shared head further on: "A, Giám đốc các sở: B, C, D"
        cut = np.rfind(",", 0, np.index(":"))
        if cut > 0:
            return _split(np[:cut], at, base, org_mask, cues) + _split(
                np[cut + 1 :].lstrip(),
                at + cut + 1 + (len(np[cut + 1 :]) - len(np[cut + 1 :].lstrip())),
                base,
                org_mask,
                cues,
            )
    if shared and cues.agent.match(shared.group(1)):
        # a shared head: "Giám đốc các Sở: Giáo dục và Đào tạo, Tài chính, Nội vụ" — the list goes
        # by commas, and its items are the rest of each name
        items: list[tuple[str, int, int]] = []
        start = 0
        for m in [*re.finditer(r",\s*|;\s*", np), None]:
            end = m.start() if m else len(np)
            chunk = np[start:end].strip()
            if chunk:
                off = at + start + np[start:end].index(chunk)
                items.append((chunk, off, off + len(chunk)))
            start = m.end() if m else len(np)
        return items
    protected = _compound_mask(np, cues)
    for i in range(len(np)):
        if org_mask[base + at + i]:
            protected[i] = 1
    out: list[tuple[int, int]] = []
    start = 0
    for m in re.finditer(r",\s*|;\s*|\s+và\s+|\s+cùng\s+", np):
        if protected[m.start()]:
            continue
        nxt = np[m.end() :]
        if not (cues.agent.match(nxt) or org_mask[base + at + m.end()]):
            continue  # "Lao động - Thương binh và Xã hội": the list goes on only with another body
        out.append((start, m.start()))
        start = m.end()
    out.append((start, len(np)))
    names: list[tuple[str, int, int]] = []
    for a, b in out:
        chunk = np[a:b]
        stripped = chunk.strip(" :")
        if not stripped or len(stripped) < 3:
            continue
        off = a + chunk.index(stripped)
        stripped = re.sub(r"^(?:Các ông \(bà\)|Các ông, bà|Ông \(bà\))\s*:?\s*", "", stripped)
        off = at + off + (len(np[a:b].strip(" :")) - len(stripped))
        if len(stripped.split()) > 16 or not (cues.agent.match(stripped) or org_mask[base + off]):
            continue  # not a body or an office: "Căn cứ …", "Học kỳ II …"
        names.append((stripped, off, min(off + len(stripped), np_end)))
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

#!/usr/bin/env python3
"""Validate places.json and agencies.json (schema, unique keys, cross-references, examples).

Usage: python check_gazetteer.py [--corpus DIR ...] [-q]

Standard library only. Exits 1 when a problem is found, 0 otherwise. ``--corpus DIR`` also scans
``DIR/*.txt`` and ``DIR/*.md`` for document symbols and reports issuer codes missing from
``symbol_codes``. The small resolver below is a reference for what the ``examples`` mean: a
mention resolves to an agency (by name, alias or abbreviation) or fills a template, whose slot is
canonicalised with places.json.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parents[1] / "docproc" / "data"

# -- text helpers ------------------------------------------------------------------------------
_TONES = "\u0300\u0301\u0309\u0303\u0323"


def _with_tones(bases: str) -> str:
    return "".join(unicodedata.normalize("NFC", b + t) for b in bases for t in _TONES)


_NEW_STYLE = re.compile(rf"(?<![qQ])([oO][{_with_tones('aeAE')}]|[uU][{_with_tones('yY')}])(?![\w\u0300-\u036f])")


def _to_old(m: re.Match[str]) -> str:
    a, b = (unicodedata.normalize("NFD", c) for c in m.group(1))
    tone = next(ch for ch in a + b if ch in _TONES)
    return unicodedata.normalize("NFC", a.replace(tone, "") + tone + b.replace(tone, ""))


def old_style(text: str) -> str:
    """NFC, Đ look-alikes fixed, old-style tone placement (hoà -> hòa, uỷ -> ủy), spaces collapsed."""
    text = unicodedata.normalize("NFC", text).replace("\u00d0", "\u0110").replace("\u0189", "\u0110")
    text = _NEW_STYLE.sub(_to_old, text)
    return re.sub(r"\s+", " ", text).strip()


def key(text: str) -> str:
    return old_style(text).casefold()


def ascii_fold(text: str) -> str:
    text = text.replace("Đ", "D").replace("đ", "d")
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


def is_date(value: object) -> bool:
    if not isinstance(value, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return False
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return True


def in_force(entry: dict, day: str) -> bool:
    return (entry.get("valid_from") is None or entry["valid_from"] <= day) and (
        entry.get("valid_until") is None or entry["valid_until"] >= day
    )


class Report:
    def __init__(self) -> None:
        self.errors: list[str] = []

    def __call__(self, where: str, message: str) -> None:
        self.errors.append(f"{where}: {message}")


def check_name(err: Report, where: str, text: object, canonical: bool) -> None:
    if not isinstance(text, str) or not text.strip():
        err(where, f"not a non-empty string: {text!r}")
        return
    if text != text.strip() or "  " in text:
        err(where, f"stray whitespace in {text!r}")
    if not unicodedata.is_normalized("NFC", text):
        err(where, f"not NFC: {text!r}")
    if canonical and old_style(text) != unicodedata.normalize("NFC", text):
        err(where, f"canonical form must use old-style tone placement: {text!r} -> {old_style(text)!r}")


# -- places ----------------------------------------------------------------------------------
PLACE_KINDS = {"tỉnh", "thành phố"}
PLACE_KEYS = {"name", "kind", "full_name", "aliases", "valid_from", "valid_until", "merged_into", "merged_from", "note"}


def check_places(data: dict, err: Report) -> dict[str, dict]:
    for k in ("_doc", "provinces"):
        if k not in data:
            err("places.json", f"missing top-level key {k!r}")
    provinces = data.get("provinces", [])
    by_name: dict[str, dict] = {}
    seen_keys: dict[str, str] = {}
    for i, p in enumerate(provinces):
        where = f"places.json provinces[{i}]"
        if not isinstance(p, dict):
            err(where, "not an object")
            continue
        name = p.get("name")
        where = f"places.json {name!r}"
        for k in ("name", "kind", "full_name", "aliases", "valid_from", "valid_until", "merged_into", "merged_from"):
            if k not in p:
                err(where, f"missing key {k!r}")
        for k in set(p) - PLACE_KEYS:
            err(where, f"unknown key {k!r}")
        check_name(err, where, name, canonical=True)
        if not isinstance(name, str):
            continue
        if name in by_name:
            err(where, "duplicate name")
        by_name[name] = p
        if p.get("kind") not in PLACE_KINDS:
            err(where, f"kind must be one of {sorted(PLACE_KINDS)}")
        full = p.get("full_name")
        check_name(err, where + " full_name", full, canonical=True)
        if isinstance(full, str) and not full.casefold().endswith(" " + name.casefold()):
            err(where, f"full_name {full!r} does not end with the name")
        for k in ("valid_from", "valid_until"):
            if p.get(k) is not None and not is_date(p[k]):
                err(where, f"{k} is not a YYYY-MM-DD date: {p[k]!r}")
        aliases = p.get("aliases", [])
        if not isinstance(aliases, list):
            err(where, "aliases must be a list")
            aliases = []
        for a in aliases:
            check_name(err, where + " alias", a, canonical=False)
        if ascii_fold(name) != name and ascii_fold(name) not in aliases:
            err(where, f"missing ASCII alias {ascii_fold(name)!r}")
        if p.get("kind") == "thành phố" and not any(a.lower().startswith("tp") for a in aliases):
            err(where, "a city needs 'TP.' aliases")
        for form in [name, *aliases]:
            if not isinstance(form, str):
                continue
            k = key(form)
            if k in seen_keys and seen_keys[k] != name:
                err(where, f"alias {form!r} also names {seen_keys[k]!r}")
            seen_keys.setdefault(k, name)
    # cross references
    for name, p in by_name.items():
        where = f"places.json {name!r}"
        into = p.get("merged_into")
        if p.get("valid_until") is None:
            if into is not None:
                err(where, "merged_into set on a unit still in force")
        else:
            if into is None:
                err(where, "a unit that ended needs merged_into")
            elif into not in by_name:
                err(where, f"merged_into {into!r} is not an entry")
            else:
                target = by_name[into]
                if target.get("valid_until") is not None:
                    err(where, f"merged_into {into!r} is not in force")
                if name not in (target.get("merged_from") or []):
                    err(where, f"{into!r} does not list {name!r} in merged_from")
        mf = p.get("merged_from")
        if mf is not None:
            if not isinstance(mf, list) or not mf:
                err(where, "merged_from must be null or a non-empty list")
                continue
            if len(set(mf)) != len(mf):
                err(where, "duplicate in merged_from")
            for src in mf:
                if src not in by_name:
                    err(where, f"merged_from {src!r} is not an entry")
                elif src != name and by_name[src].get("merged_into") != name:
                    err(where, f"{src!r} does not point back with merged_into")
            if p.get("valid_from") is None and mf[0] != name:
                err(where, "a continuing unit lists itself first in merged_from")
    counts = {
        day: sum(in_force(p, day) for p in by_name.values())
        for day in ("2024-06-30", "2024-12-31", "2025-06-30", "2025-07-01")
    }
    for day, expected in (("2024-06-30", 63), ("2024-12-31", 63), ("2025-06-30", 63), ("2025-07-01", 34)):
        if counts[day] != expected:
            err("places.json", f"{counts[day]} units in force on {day}, expected {expected}")
    cities = sorted(n for n, p in by_name.items() if in_force(p, "2025-07-01") and p.get("kind") == "thành phố")
    if len(cities) != 6:
        err("places.json", f"expected 6 centrally-run cities from 2025-07-01, found {cities}")
    return by_name


# -- agencies --------------------------------------------------------------------------------
LEVELS = {"central", "provincial", "district", "commune"}
AGENCY_KEYS = {"name", "abbr", "level", "kind", "aliases", "parent", "valid_from", "valid_until", "successor", "note"}
TEMPLATE_KEYS = {"pattern", "abbr", "kind", "level", "aliases", "valid_from", "valid_until", "successor", "note"}
SLOT = re.compile(r"\{(place|place_name|body)\}")


def overlap(a: dict, b: dict) -> bool:
    lo = max(a.get("valid_from") or "0000-00-00", b.get("valid_from") or "0000-00-00")
    hi = min(a.get("valid_until") or "9999-12-31", b.get("valid_until") or "9999-12-31")
    return lo <= hi


def check_dates(err: Report, where: str, e: dict) -> None:
    for k in ("valid_from", "valid_until"):
        if e.get(k) is not None and not is_date(e[k]):
            err(where, f"{k} is not a YYYY-MM-DD date: {e[k]!r}")
    vf, vu = e.get("valid_from"), e.get("valid_until")
    if is_date(vf) and is_date(vu) and vf > vu:
        err(where, "valid_from after valid_until")
    if e.get("successor") is not None and vu is None:
        err(where, "successor given but valid_until is null")


def check_agencies(data: dict, err: Report) -> tuple[dict[str, dict], dict[str, dict]]:
    for k in ("_doc", "agencies", "templates", "symbol_codes", "examples"):
        if k not in data:
            err("agencies.json", f"missing top-level key {k!r}")
    by_name: dict[str, dict] = {}
    seen_forms: dict[str, str] = {}
    for i, e in enumerate(data.get("agencies", [])):
        name = e.get("name") if isinstance(e, dict) else None
        where = f"agencies.json agency {name!r}" if name else f"agencies.json agencies[{i}]"
        if not isinstance(e, dict):
            err(where, "not an object")
            continue
        for k in AGENCY_KEYS - {"note"} - set(e):
            err(where, f"missing key {k!r}")
        for k in set(e) - AGENCY_KEYS:
            err(where, f"unknown key {k!r}")
        check_name(err, where, name, canonical=True)
        if not isinstance(name, str):
            continue
        if name in by_name:
            err(where, "duplicate name")
        by_name[name] = e
        if e.get("level") not in LEVELS:
            err(where, f"level must be one of {sorted(LEVELS)}")
        if not isinstance(e.get("kind"), str) or not re.fullmatch(r"[a-z_]+", e.get("kind", "")):
            err(where, "kind must be a lower_snake_case string")
        for k in ("abbr", "aliases"):
            if not isinstance(e.get(k), list) or not all(isinstance(x, str) and x.strip() for x in e.get(k, [])):
                err(where, f"{k} must be a list of non-empty strings")
        for a in e.get("aliases", []):
            check_name(err, where + " alias", a, canonical=False)
        if len(set(e.get("abbr", []))) != len(e.get("abbr", [])):
            err(where, "duplicate abbr")
        check_dates(err, where, e)
        for form in [name, *e.get("aliases", [])]:
            if isinstance(form, str):
                k = key(form)
                if k in seen_forms and seen_forms[k] != name:
                    err(where, f"form {form!r} also names {seen_forms[k]!r}")
                seen_forms.setdefault(k, name)
    agencies = list(by_name.values())
    for e in agencies:
        where = f"agencies.json agency {e['name']!r}"
        for k in ("parent", "successor"):
            v = e.get(k)
            if v is not None and v not in by_name:
                err(where, f"{k} {v!r} is not an agency name")
            if v == e["name"]:
                err(where, f"{k} is itself")
        s = by_name.get(e.get("successor") or "")
        if s and s.get("valid_until") is not None and e.get("valid_until") and s["valid_until"] <= e["valid_until"]:
            err(where, f"successor {s['name']!r} ended before this body")
    # abbreviations: one meaning at a time
    for i, a in enumerate(agencies):
        for b in agencies[i + 1 :]:
            shared = set(a.get("abbr", [])) & set(b.get("abbr", []))
            if shared and overlap(a, b):
                err(
                    "agencies.json",
                    f"abbr {sorted(shared)} shared by {a['name']!r} and {b['name']!r} in overlapping periods",
                )
    # templates
    templates: dict[str, dict] = {}
    seen_tforms: dict[str, str] = {}
    for i, t in enumerate(data.get("templates", [])):
        pat = t.get("pattern") if isinstance(t, dict) else None
        where = f"agencies.json template {pat!r}" if pat else f"agencies.json templates[{i}]"
        if not isinstance(t, dict):
            err(where, "not an object")
            continue
        for k in {"pattern", "abbr", "kind", "level", "aliases"} - set(t):
            err(where, f"missing key {k!r}")
        for k in set(t) - TEMPLATE_KEYS:
            err(where, f"unknown key {k!r}")
        check_name(err, where, pat, canonical=True)
        if not isinstance(pat, str):
            continue
        if pat in templates:
            err(where, "duplicate pattern")
        templates[pat] = t
        slots = SLOT.findall(pat)
        if len(slots) != 1 or re.sub(SLOT, "", pat).count("{") or not pat.endswith("{" + slots[0] + "}"):
            err(where, "pattern needs exactly one slot ({place}, {place_name} or {body}) at its end")
        levels = str(t.get("level", "")).split("|")
        if not levels or not set(levels) <= LEVELS or len(set(levels)) != len(levels):
            err(where, f"level must be '|'-separated values of {sorted(LEVELS)}")
        if not isinstance(t.get("kind"), str) or not re.fullmatch(r"[a-z_]+", t.get("kind", "")):
            err(where, "kind must be a lower_snake_case string")
        for k in ("abbr", "aliases"):
            if not isinstance(t.get(k), list) or not all(isinstance(x, str) and x.strip() for x in t.get(k, [])):
                err(where, f"{k} must be a list of non-empty strings")
        for a in t.get("aliases", []):
            check_name(err, where + " alias", a, canonical=False)
            if SLOT.findall(a) != slots:
                err(where, f"alias {a!r} must carry the same slot as the pattern")
        check_dates(err, where, t)
        for form in [pat, *t.get("aliases", [])]:
            if isinstance(form, str):
                k = key(form)
                if k in seen_tforms and seen_tforms[k] != pat:
                    err(where, f"form {form!r} also belongs to template {seen_tforms[k]!r}")
                seen_tforms.setdefault(k, pat)
    for pat, t in templates.items():
        s = t.get("successor")
        if s is not None and s not in templates:
            err(f"agencies.json template {pat!r}", f"successor {s!r} is not a template pattern")
    # symbol codes
    codes = data.get("symbol_codes", {})
    if not isinstance(codes, dict):
        err("agencies.json", "symbol_codes must be an object")
        codes = {}
    folded: dict[str, str] = {}
    for code, target in codes.items():
        where = f"agencies.json symbol_codes[{code!r}]"
        check_name(err, where, code, canonical=False)
        if not re.fullmatch(r"[A-ZĐa-zđ&]+", code):
            err(where, "a code is letters (and '&') only; digits are stripped before lookup")
        other = folded.setdefault(code.casefold(), target)
        if other != target:
            err(where, f"differs only in case from a code that maps to {other!r}")
        if target in by_name:
            if code not in by_name[target].get("abbr", []):
                err(where, f"code is not in the abbr of {target!r}")
        elif target in templates:
            if code not in templates[target].get("abbr", []):
                err(where, f"code is not in the abbr of template {target!r}")
        else:
            err(where, f"{target!r} is neither an agency name nor a template pattern")
    for e in agencies:
        for a in e.get("abbr", []):
            if re.fullmatch(r"[A-ZĐa-zđ&]+", a) and a not in codes:
                err(f"agencies.json agency {e['name']!r}", f"abbr {a!r} missing from symbol_codes")
    for name in (
        "Quốc hội",
        "Ủy ban Thường vụ Quốc hội",
        "Chủ tịch nước",
        "Chính phủ",
        "Thủ tướng Chính phủ",
        "Tòa án nhân dân tối cao",
        "Viện kiểm sát nhân dân tối cao",
        "Kiểm toán nhà nước",
        "Ban Chấp hành Trung ương Đảng",
        "Bộ Chính trị",
        "Ban Bí thư",
        "Văn phòng Trung ương Đảng",
    ):
        if name not in by_name:
            err("agencies.json", f"required body {name!r} missing")
    ministries = [e for e in agencies if e.get("kind") == "ministry" and in_force(e, "2025-03-01")]
    level = [e for e in agencies if e.get("kind") == "ministry_level" and in_force(e, "2025-03-01")]
    if (len(ministries), len(level)) != (14, 3):
        err(
            "agencies.json",
            f"{len(ministries)} ministries and {len(level)} ministry-level bodies on 2025-03-01, expected 14 and 3",
        )
    ministries = [e for e in agencies if e.get("kind") == "ministry" and in_force(e, "2025-02-28")]
    level = [e for e in agencies if e.get("kind") == "ministry_level" and in_force(e, "2025-02-28")]
    if (len(ministries), len(level)) != (18, 4):
        err(
            "agencies.json",
            f"{len(ministries)} ministries and {len(level)} ministry-level bodies on 2025-02-28, expected 18 and 4",
        )
    return by_name, templates


# -- reference resolver ----------------------------------------------------------------------
KIND_WORDS = {  # written kind word -> canonical kind word (lower-case as after a body's name)
    "thành phố": "thành phố",
    "tp.": "thành phố",
    "tp": "thành phố",
    "tỉnh": "tỉnh",
    "huyện": "huyện",
    "quận": "quận",
    "thị xã": "thị xã",
    "tx.": "thị xã",
    "xã": "xã",
    "phường": "phường",
    "thị trấn": "thị trấn",
    "đặc khu": "đặc khu",
}


class Resolver:
    def __init__(
        self, places: dict[str, dict], agencies: dict[str, dict], templates: dict[str, dict], codes: dict[str, str]
    ):
        self.places: dict[str, dict] = {}
        for p in places.values():
            for form in (p["name"], p.get("full_name", ""), *p.get("aliases", [])):
                if form:
                    self.places.setdefault(key(form), p)
        self.agencies: dict[str, str] = {}
        for a in agencies.values():
            for form in (a["name"], *a.get("aliases", [])):
                self.agencies.setdefault(key(form), a["name"])
        self.abbr: dict[str, str] = {}
        for a in agencies.values():
            for ab in a.get("abbr", []):
                self.abbr.setdefault(ab, a["name"])
        self.codes = codes
        self.forms: list[tuple[int, re.Pattern[str], str, str]] = []
        for pat, t in templates.items():
            slot = SLOT.search(pat)
            name = slot.group(1) if slot else "place"
            for form in (pat, *t.get("aliases", [])):
                form = old_style(form)
                head = form.split("{")[0].rstrip()
                rx = re.compile(re.escape(head) + r"(?:\s+(?P<slot>.+))?", re.IGNORECASE)
                self.forms.append((len(head), rx, pat, name))
        self.forms.sort(key=lambda f: -f[0])

    def place(self, text: str, slot: str) -> str:
        p = self.places.get(key(text))
        if p:
            return p["name"] if slot == "place_name" else p["full_name"]
        if slot != "place":
            return text
        low = key(text)
        for word in sorted(KIND_WORDS, key=len, reverse=True):
            if low.startswith(word) and (len(low) == len(word) or low[len(word)] == " " or word.endswith(".")):
                rest = text[len(word) :].strip()
                p = self.places.get(key(rest))
                if p and KIND_WORDS[word] in ("tỉnh", "thành phố"):
                    return p["full_name"]
                return f"{KIND_WORDS[word]} {rest}"
        return text

    def resolve(self, text: str) -> str | None:
        text = old_style(text)
        if key(text) in self.agencies:
            return self.agencies[key(text)]
        if text in self.abbr:
            return self.abbr[text]
        code = re.sub(r"\d+$", "", text)
        target = self.codes.get(code) or next(
            (v for k, v in self.codes.items() if k.casefold() == code.casefold()), None
        )
        if target and "{" not in target:
            return target
        for _, rx, pat, slot in self.forms:
            m = rx.fullmatch(text)
            if m:
                value = m.group("slot")
                head = pat.split("{")[0].rstrip()
                return head if value is None else f"{head} {self.place(value, slot)}"
        p = self.places.get(key(text))
        return p["name"] if p else None


def check_examples(where: str, examples: object, resolve, err: Report, minimum: int) -> int:
    if not isinstance(examples, list):
        err(where, "examples must be a list")
        return 0
    if len(examples) < minimum:
        err(where, f"{len(examples)} examples, expected at least {minimum}")
    texts = set()
    for ex in examples:
        if not isinstance(ex, dict) or not isinstance(ex.get("text"), str) or not isinstance(ex.get("name"), str):
            err(where, f"bad example {ex!r}")
            continue
        if ex["text"] in texts:
            err(where, f"duplicate example text {ex['text']!r}")
        texts.add(ex["text"])
        check_name(err, f"{where} example {ex['text']!r}", ex["name"], canonical=True)
        got = resolve(ex["text"])
        if got != ex["name"]:
            err(where, f"example {ex['text']!r} resolves to {got!r}, expected {ex['name']!r}")
    return len(examples)


# -- corpus ----------------------------------------------------------------------------------
_STATE = re.compile(r"\b\d+/(?:\d{4}/)?([A-ZĐa-zđ&]+(?:-[A-ZĐa-zđ0-9&]+)*)")
_PARTY = re.compile(
    r"\b\d+-(?:NQ|QĐ|QĐi|QyĐ|CT|KL|QC|TT|HD|TB|BC|KH|CTr|ĐA|TTr|BS|CV|TC|TB)/([A-ZĐa-zđ&]+\d*)\b"
)  # Party type codes (HD 36)
TYPES = {
    "NĐ",
    "ND",
    "TT",
    "TTLT",
    "TTLB",
    "QĐ",
    "NQ",
    "CT",
    "PL",
    "VBHN",
    "TTr",
    "KH",
    "TB",
    "HD",
    "BC",
    "CĐ",
    "L",
    "SL",
    "SY",
    "TrS",
    "QyĐ",
    "CTr",
    "ĐA",
    "QC",
    "PA",
    "GM",
}
JOINT = {"TTLT", "TTLB"}


def corpus_codes(dirs: list[str], codes: dict[str, str]) -> dict[str, int]:
    """Issuer codes in the symbols of the documents in ``dirs`` (form numbers such as 'Mẫu số 01/QĐ-QLDA' skipped)."""
    known = {k.casefold() for k in codes}
    found: dict[str, int] = {}

    def add(code: str) -> None:
        if code and code[0].isupper():
            found[code] = found.get(code, 0) + 1

    for d in dirs:
        for path in sorted(Path(d).glob("*.txt")) + sorted(Path(d).glob("*.md")):
            text = unicodedata.normalize("NFC", path.read_text(encoding="utf-8", errors="replace"))
            for m in _STATE.finditer(text):
                if re.search(r"(mẫu|biểu)( mẫu)? số\s*$", text[max(0, m.start() - 20) : m.start()], re.IGNORECASE):
                    continue
                parts = [re.sub(r"\d+$", "", p) for p in m.group(1).split("-") if p]
                if not parts:
                    continue
                first = parts[0]
                if first in TYPES or first.upper() in {t.upper() for t in TYPES}:
                    if first.casefold() in known and len(parts) > 1 and parts[1].casefold() not in known:
                        continue  # 577/CT-THNVDT: issuer CT (Cục Thuế) with a unit code, not Chỉ thị
                    for c in parts[1:] if first in JOINT else parts[1:2]:
                        add(c)
                elif len(parts) == 1 and re.search(r"/\d{4}/", m.group(0)):
                    glued = next(
                        (t for t in sorted(TYPES, key=len, reverse=True) if first.startswith(t) and first != t), None
                    )
                    add(first[len(glued) :] if glued else first)  # laws 45/2019/QH14; OCR 'TTBTNMT'
            for m in _PARTY.finditer(text):
                if re.search(r"(mẫu|biểu)( mẫu)? số\s*$", text[max(0, m.start() - 20) : m.start()], re.IGNORECASE):
                    continue
                add(re.sub(r"\d+$", "", m.group(1)))
    return found


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "--corpus", action="append", default=[], help="directory of .txt/.md documents to scan for issuer codes"
    )
    ap.add_argument("-q", "--quiet", action="store_true")
    args = ap.parse_args(argv)
    err = Report()
    try:
        places_data = json.loads((HERE / "places.json").read_text(encoding="utf-8"))
        agencies_data = json.loads((HERE / "agencies.json").read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        print(f"cannot load: {exc}", file=sys.stderr)
        return 1
    places = check_places(places_data, err)
    agencies, templates = check_agencies(agencies_data, err)
    codes = agencies_data.get("symbol_codes", {}) if isinstance(agencies_data.get("symbol_codes"), dict) else {}
    resolver = Resolver(places, agencies, templates, codes)
    n_pex = check_examples("places.json", places_data.get("examples", []), resolver.resolve, err, 5)
    n_aex = check_examples("agencies.json", agencies_data.get("examples", []), resolver.resolve, err, 30)
    if args.corpus:
        for code, n in sorted(corpus_codes(args.corpus, codes).items(), key=lambda kv: -kv[1]):
            stripped = code[:-2] if code.endswith("ng") and code[:-2] in codes else code  # OCR: "NĐ-CPngày"
            if stripped not in codes and not any(k.casefold() == stripped.casefold() for k in codes):
                err("corpus", f"issuer code {code!r} ({n}x) is not in symbol_codes")
    for e in err.errors:
        print("ERROR", e, file=sys.stderr)
    if not args.quiet:
        current = sum(in_force(p, "2025-07-01") for p in places.values())
        print(f"places.json: {len(places)} provinces entries ({current} in force from 2025-07-01), {n_pex} examples")
        print(
            f"agencies.json: {len(agencies)} agencies, {len(templates)} templates, "
            f"{len(codes)} symbol codes, {n_aex} examples"
        )
        print("OK" if not err.errors else f"{len(err.errors)} problem(s)")
    return 1 if err.errors else 0


if __name__ == "__main__":
    sys.exit(main())

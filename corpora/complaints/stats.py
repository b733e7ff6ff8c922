"""Validate the complaint corpus and print its statistics (standard library only).

    python3 corpora/complaints/stats.py        # exits 1 if a check fails

Checks: every line of data/*.jsonl parses; required fields and types; ids unique and
well-formed; labels only from the 7 of shared/spec/violations.md, no repeats; style, domain
and region from their lists; every source_id points to an existing hand-written item;
splits.json covers every id exactly once and keeps each source with its variants.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from itertools import combinations
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE / "data"
SPLITS = HERE / "splits.json"

LABELS = [
    "nhung_nhieu",
    "hoi_lo",
    "cham_tre",
    "thai_do",
    "ky_luat_lao_dong",
    "ne_tranh_trach_nhiem",
    "lam_dung_quyen_han",
]
SHORT = {
    "nhung_nhieu": "NN",
    "hoi_lo": "HL",
    "cham_tre": "CT",
    "thai_do": "TD",
    "ky_luat_lao_dong": "KL",
    "ne_tranh_trach_nhiem": "NT",
    "lam_dung_quyen_han": "LQ",
}
STYLES = ["formal", "hotline", "social", "no_diacritics", "ocr_noisy", "indirect", "long_mixed", "press_quote"]
DOMAINS = [
    "land",
    "residence",
    "permits",
    "insurance",
    "school",
    "hospital",
    "police",
    "tax",
    "one_stop",
    "construction",
    "social_welfare",
    "other",
]
REGIONS = ["north", "central", "south", "unspecified"]
REQUIRED = {"id": str, "text": str, "labels": list, "style": str, "domain": str, "region": str}


def validate() -> tuple[list[dict], list[str]]:
    rows, errors = [], []
    for path in sorted(DATA.glob("*.jsonl")):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            where = f"{path.name}:{n}"
            try:
                r = json.loads(line)
            except json.JSONDecodeError as e:
                errors.append(f"{where}: not JSON ({e})")
                continue
            for k, t in REQUIRED.items():
                if not isinstance(r.get(k), t):
                    errors.append(f"{where}: field {k!r} missing or not {t.__name__}")
            if errors and errors[-1].startswith(where):
                continue
            if not re.fullmatch(r"c\d{5}", r["id"]):
                errors.append(f"{where}: bad id {r['id']!r}")
            if not r["text"].strip():
                errors.append(f"{where}: empty text")
            bad = [l for l in r["labels"] if l not in LABELS]
            if bad:
                errors.append(f"{where}: unknown labels {bad}")
            if len(set(r["labels"])) != len(r["labels"]):
                errors.append(f"{where}: repeated label")
            if r["style"] not in STYLES:
                errors.append(f"{where}: unknown style {r['style']!r}")
            if r["domain"] not in DOMAINS:
                errors.append(f"{where}: unknown domain {r['domain']!r}")
            if r["region"] not in REGIONS:
                errors.append(f"{where}: unknown region {r['region']!r}")
            r["_file"] = path.name
            rows.append(r)
    ids = Counter(r["id"] for r in rows)
    errors += [f"duplicate id {i}" for i, c in ids.items() if c > 1]
    by_id = {r["id"]: r for r in rows}
    for r in rows:
        s = r.get("source_id")
        if s is not None and (s not in by_id or "source_id" in by_id[s]):
            errors.append(f"{r['id']}: source_id {s!r} is not a hand-written item")
    if SPLITS.exists():
        splits = json.loads(SPLITS.read_text(encoding="utf-8"))
        seen = Counter(i for ids_ in splits.values() for i in ids_)
        errors += [f"splits: {i} listed {c} times" for i, c in seen.items() if c > 1]
        errors += [f"splits: {i} missing" for i in by_id if i not in seen]
        errors += [f"splits: unknown id {i}" for i in seen if i not in by_id]
        where = {i: s for s, ids_ in splits.items() for i in ids_}
        for r in rows:
            s = r.get("source_id")
            if s and s in where and r["id"] in where and where[s] != where[r["id"]]:
                errors.append(f"splits: {r['id']} not in the split of its source {s}")
    else:
        errors.append("splits.json missing")
    return rows, errors


def table(counter: Counter, keys: list[str], total: int) -> list[str]:
    return [f"| {k} | {counter[k]} | {counter[k] / total:.1%} |" for k in keys]


def main() -> int:
    rows, errors = validate()
    n = len(rows)
    out: list[str] = []
    p = out.append
    p(
        f"validation: {'OK' if not errors else f'{len(errors)} ERROR(S)'}"
        f" ({n} lines in {len(set(r['_file'] for r in rows))} files, {n} unique ids)"
    )
    for e in errors[:50]:
        p(f"  ERROR {e}")

    derived = [r for r in rows if "source_id" in r]
    deriv = Counter(r.get("derivation") for r in derived)
    p("")
    p(
        f"items: {n}; hand-written originals: {n - len(derived)}; variants: {len(derived)} "
        f"({len(derived) / n:.1%}) = " + ", ".join(f"{k} {v}" for k, v in sorted(deriv.items()))
    )
    none = sum(1 for r in rows if not r["labels"])
    p(f"no label: {none} ({none / n:.1%}); at least one label: {n - none}")
    card = Counter(len(r["labels"]) for r in rows)
    p("labels per text: " + ", ".join(f"{k}: {card[k]}" for k in sorted(card)))
    p(f"texts with 2+ labels: {sum(v for k, v in card.items() if k >= 2)}")
    lengths = sorted(len(r["text"]) for r in rows)
    p(f"text length (chars): min {lengths[0]}, median {lengths[len(lengths) // 2]}, max {lengths[-1]}")

    lab = Counter(l for r in rows for l in r["labels"])
    lab_orig = Counter(l for r in rows if "source_id" not in r for l in r["labels"])
    p("")
    p("| label | texts | share | of which hand-written originals |")
    p("|---|---|---|---|")
    for l in LABELS:
        p(f"| {l} | {lab[l]} | {lab[l] / n:.1%} | {lab_orig[l]} |")

    sty = Counter(r["style"] for r in rows)
    sty_orig = Counter(r["style"] for r in rows if "source_id" not in r)
    sty_none = Counter(r["style"] for r in rows if not r["labels"])
    p("")
    p("| style | texts | share | hand-written originals | no label |")
    p("|---|---|---|---|---|")
    for s in STYLES:
        p(f"| {s} | {sty[s]} | {sty[s] / n:.1%} | {sty_orig[s]} | {sty_none[s]} ({sty_none[s] / max(sty[s], 1):.0%}) |")

    dom = Counter(r["domain"] for r in rows)
    p("")
    p("| domain | texts | share |")
    p("|---|---|---|")
    out += table(dom, sorted(DOMAINS, key=lambda d: -dom[d]), n)

    reg = Counter(r["region"] for r in rows)
    p("")
    p("| region | texts | share |")
    p("|---|---|---|")
    out += table(reg, REGIONS, n)

    p("")
    p("label co-occurrence (texts carrying both; diagonal = texts with the label):")
    p("| | " + " | ".join(SHORT[l] for l in LABELS) + " |")
    p("|---|" + "---|" * len(LABELS))
    co = Counter()
    for r in rows:
        for a in r["labels"]:
            co[(a, a)] += 1
        for a, b in combinations(sorted(r["labels"]), 2):
            co[(a, b)] += 1
            co[(b, a)] += 1
    for a in LABELS:
        p(f"| {SHORT[a]} | " + " | ".join(str(co[(a, b)]) for b in LABELS) + " |")
    p("(" + ", ".join(f"{v} = {k}" for k, v in SHORT.items()) + ")")
    pairs = Counter()
    for r in rows:
        if len(r["labels"]) >= 2:
            pairs[" + ".join(SHORT[l] for l in r["labels"])] += 1
    p("most frequent label sets with 2+ labels: " + ", ".join(f"{k} ({v})" for k, v in pairs.most_common(8)))

    dom_lab = {d: Counter() for d in DOMAINS}
    for r in rows:
        for l in r["labels"] or ["(none)"]:
            dom_lab[r["domain"]][l] += 1
    p("")
    p("| domain | " + " | ".join(SHORT[l] for l in LABELS) + " | none |")
    p("|---|" + "---|" * (len(LABELS) + 1))
    for d in sorted(DOMAINS, key=lambda d: -dom[d]):
        p(f"| {d} | " + " | ".join(str(dom_lab[d][l]) for l in LABELS) + f" | {dom_lab[d]['(none)']} |")

    if SPLITS.exists():
        splits = json.loads(SPLITS.read_text(encoding="utf-8"))
        by_id = {r["id"]: r for r in rows}
        p("")
        p("| split | texts | share | no label | " + " | ".join(SHORT[l] for l in LABELS) + " |")
        p("|---|---|---|---|" + "---|" * len(LABELS))
        for s, ids in splits.items():
            c = Counter(l for i in ids for l in by_id[i]["labels"])
            nn = sum(1 for i in ids if not by_id[i]["labels"])
            p(
                f"| {s} | {len(ids)} | {len(ids) / n:.1%} | {nn} ({nn / len(ids):.0%}) | "
                + " | ".join(str(c[l]) for l in LABELS)
                + " |"
            )
        p("")
        p("| style | " + " | ".join(splits) + " |")
        p("|---|" + "---|" * len(splits))
        for st in STYLES:
            p(
                f"| {st} | "
                + " | ".join(str(sum(1 for i in ids if by_id[i]["style"] == st)) for ids in splits.values())
                + " |"
            )

    print("\n".join(out))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())

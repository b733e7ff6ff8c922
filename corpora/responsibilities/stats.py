#!/usr/bin/env python3
"""Validate and count the responsibilities gold set (standard library only).

Usage: python3 stats.py [gold.jsonl]
Checks, for every unit: `text`, every assignee `name`, `action`, `deadline` and `report_to` are
exact substrings of the document copy named by the line's `input` (docs/ for gold.jsonl,
test_docs/ for test_gold.jsonl); `action`, `deadline`, `report_to` and every
non-inherited name also occur inside the unit's own `text`; roles are valid; a non-null
`report_to` is also listed as an assignee with role report_to; the copy in docs/ is byte-identical
to the shared source (when the shared corpus is present).  Exits 1 on any violation.
"""

import collections
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SHARED = "/work/shared/data/admin_docs"
ROLES = ("lead", "cooperate", "execute", "monitor", "advise", "report_to")


def main(path):
    errors, docs = [], []
    with Path(path).open(encoding="utf-8") as f:
        for line in f:
            if line.strip():
                docs.append(json.loads(line))
    roles = collections.Counter()
    per_source = collections.Counter()
    units = inherited = with_deadline = with_report = with_action = 0
    seen = set()
    for d in docs:
        did = d["doc_id"]
        if did in seen:
            errors.append(f"{did}: duplicate doc_id")
        seen.add(did)
        raw = (HERE / d["input"]).read_bytes()
        content = raw.decode("utf-8")
        src = Path(SHARED) / d["source"]
        if src.exists() and src.read_bytes() != raw:
            errors.append(f"{did}: {d['input']} differs from {d['source']}")
        per_source[d["source"].split("/")[0]] += 1
        if not d["units"]:
            errors.append(f"{did}: no units")
        for i, u in enumerate(d["units"]):
            units += 1
            where = f"{did} unit {i} (item {u['item']})"
            t = u["text"]
            if t not in content:
                errors.append(f"{where}: text not in document")
            for a in u["assignees"]:
                roles[a["role"]] += 1
                if a["role"] not in ROLES:
                    errors.append(f"{where}: bad role {a['role']!r}")
                if a["name"] not in content:
                    errors.append(f"{where}: name not in document: {a['name']!r}")
                if a.get("inherited"):
                    inherited += 1
                elif a["name"] not in t:
                    errors.append(f"{where}: name not in unit text (and not marked inherited): {a['name']!r}")
            for k in ("action", "deadline", "report_to"):
                v = u.get(k)
                if v is None:
                    continue
                if v not in content:
                    errors.append(f"{where}: {k} not in document: {v!r}")
                elif v not in t:
                    errors.append(f"{where}: {k} not in unit text: {v!r}")
            if u.get("report_to") is not None and not any(
                a["name"] == u["report_to"] and a["role"] == "report_to" for a in u["assignees"]
            ):
                errors.append(f"{where}: report_to {u['report_to']!r} not listed as a report_to assignee")
            with_action += u.get("action") is not None
            with_deadline += u.get("deadline") is not None
            with_report += u.get("report_to") is not None
    pairs = sum(roles.values())
    print(f"documents: {len(docs)} ({', '.join(f'{k} {v}' for k, v in sorted(per_source.items()))})")
    print(f"units: {units}  (with action {with_action}, with deadline {with_deadline}, with report_to {with_report})")
    print(f"assignee pairs: {pairs}  (inherited from a heading: {inherited})")
    for r in ROLES:
        print(f"  {r:<10} {roles[r]}")
    if errors:
        print(f"\n{len(errors)} violation(s):")
        for e in errors:
            print("  " + e)
        return 1
    print("\nOK: all strings are exact substrings; all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else HERE / "gold.jsonl"))

"""Fixed train/dev/test split of the complaint corpus (standard library only, deterministic).

    python3 corpora/complaints/make_splits.py      # writes corpora/complaints/splits.json

* ~70/15/15 of the items, stratified by style (and, as a secondary goal, by label and by
  "no label");
* a hand-written text and every variant derived from it (items whose "source_id" points to
  it: no-diacritics and OCR-noise versions) form one group and always go to the same split,
  so that no test text has a near-copy in train;
* groups are visited in a seeded random order (largest first) and each goes to the split
  whose style/label counts are furthest below their targets.
"""

from __future__ import annotations

import json
import random
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE / "data"
OUT = HERE / "splits.json"

SEED = 13
RATIOS = {"train": 0.70, "dev": 0.15, "test": 0.15}
LABEL_WEIGHT = 0.5  # secondary goal, relative to style


def load() -> list[dict]:
    rows = []
    for path in sorted(DATA.glob("*.jsonl")):
        with open(path, encoding="utf-8") as fh:
            rows.extend(json.loads(line) for line in fh if line.strip())
    return rows


def features(item: dict) -> tuple[list[str], list[str]]:
    return [f"style:{item['style']}"], [f"label:{l}" for l in item["labels"]] or ["label:none"]


def make_splits(rows: list[dict]) -> dict[str, list[str]]:
    groups: dict[str, list[dict]] = defaultdict(list)
    for r in rows:
        groups[r.get("source_id") or r["id"]].append(r)

    totals: Counter = Counter()
    for r in rows:
        for f in sum(features(r), []):
            totals[f] += 1
    target = {s: {f: RATIOS[s] * n for f, n in totals.items()} for s in RATIOS}
    counts = {s: Counter() for s in RATIOS}
    sizes = Counter()
    n_total = len(rows)

    keys = sorted(groups)
    rng = random.Random(SEED)
    rng.shuffle(keys)
    keys.sort(key=lambda k: -len(groups[k]))  # stable: big groups first, random order within a size

    assignment: dict[str, str] = {}
    for k in keys:
        members = groups[k]
        best, best_score = None, None
        for s in RATIOS:
            score = 0.0
            for r in members:
                style_f, label_f = features(r)
                for f in style_f:
                    score += (target[s][f] - counts[s][f]) / max(target[s][f], 1.0)
                for f in label_f:
                    score += LABEL_WEIGHT * (target[s][f] - counts[s][f]) / max(target[s][f], 1.0)
            # overall size as a tie-breaker
            score += 0.1 * (RATIOS[s] * n_total - sizes[s]) / (RATIOS[s] * n_total)
            if best_score is None or score > best_score:
                best, best_score = s, score
        for r in members:
            assignment[r["id"]] = best
            for f in sum(features(r), []):
                counts[best][f] += 1
        sizes[best] += len(members)

    return {s: sorted(i for i, a in assignment.items() if a == s) for s in RATIOS}


def main() -> None:
    rows = load()
    splits = make_splits(rows)
    with open(OUT, "w", encoding="utf-8") as fh:
        json.dump(splits, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    by_id = {r["id"]: r for r in rows}
    print(f"{'split':6} {'n':>5} {'share':>6}")
    for s, ids in splits.items():
        print(f"{s:6} {len(ids):5d} {len(ids) / len(rows):6.1%}")
    styles = sorted({r["style"] for r in rows})
    print("\nper style (train/dev/test):")
    for st in styles:
        c = [sum(1 for i in splits[s] if by_id[i]["style"] == st) for s in RATIOS]
        print(f"  {st:14} {c[0]:4d} {c[1]:4d} {c[2]:4d}")
    print(f"\nwrote {OUT.relative_to(HERE.parent.parent)}")


if __name__ == "__main__":
    main()

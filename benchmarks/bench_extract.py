"""Extraction speed on the admin_docs texts: each extractor's MB/s and documents/s on one core.

    .venv/bin/python benchmarks/bench_extract.py [--repeat 3]

Reads every ``../shared/data/admin_docs`` text once (not timed), then times, in the same run,
the header parser, references, dates, organisations, the whole ``docproc.extract``, and reading
plus extracting each file (what a batch worker does); reports MB/s of normalised text and
documents/s (best of ``--repeat`` runs, CPU time of this process, so other load on the machine
counts less).

    .venv/bin/python benchmarks/bench_extract.py --underthesea

adds, in the same run, what underthesea would cost the responsibilities stage: POS tagging (and
word segmentation) of the assignment units it finds, and POS tagging of every line, against our
rule-based stage on the same documents.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
ADMIN = ROOT.parent / "shared" / "data" / "admin_docs"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--cold", choices=["full", "header+references"], help=argparse.SUPPRESS)
    ap.add_argument("--underthesea", action="store_true", help="also time underthesea on the same documents")
    args = ap.parse_args()
    if args.cold:
        cold(args.cold)
        return

    import docproc
    from docproc.extract import extract, extract_header, find_dates, find_organizations, find_references

    files = sorted(ADMIN.glob("vbpl/*.txt")) + sorted(ADMIN.glob("congbot/*.md"))
    t = time.process_time()
    docs = [docproc.read(f) for f in files]
    read_s = time.process_time() - t
    mb = sum(len(d.text.encode("utf-8")) for d in docs) / 1e6
    stages: list[tuple[str, Callable[[Any], Any]]] = [
        ("header", extract_header),
        ("references", find_references),
        ("dates", find_dates),
        ("organizations", find_organizations),
        ("responsibilities", _responsibilities_stage(docs)),
        ("full extract", extract),
    ]
    print(f"{len(docs)} documents, {mb:.1f} MB of text; read + normalise: {len(docs) / read_s:.1f} docs/s")
    print(f"{'stage':<16} {'MB/s':>7} {'docs/s':>8}")
    trio = 0.0
    for name, fn in stages:
        best = min(_time(fn, docs) for _ in range(args.repeat))
        if name in ("references", "dates", "organizations"):
            trio += best
        print(f"{name:<16} {mb / best:>7.2f} {len(docs) / best:>8.1f}")
    print(f"{'refs+dates+orgs':<16} {mb / trio:>7.2f} {len(docs) / trio:>8.1f}")
    from docproc.extract import extract_file

    best = min(_time(extract_file, files) for _ in range(args.repeat))
    print(f"{'read + extract':<16} {mb / best:>7.2f} {len(files) / best:>8.1f}   (files → records, one core)")
    for what in ("full", "header+references"):  # each in a fresh process: no cache has seen these texts
        subprocess.run([sys.executable, __file__, "--cold", what], check=True)
    adversarial()
    if args.underthesea:
        underthesea_cost(docs)


def underthesea_cost(docs: list[Any], sample: int = 40) -> None:
    """ms per document of our responsibilities stage vs underthesea's POS tagger and word
    segmenter on the assignment units the stage finds, and the tagger on every non-empty line
    (the first ``sample`` documents; CPU time)."""
    from underthesea import pos_tag, word_tokenize

    part = docs[:sample]
    stage = _responsibilities_stage(part)
    units = [r.task for d in part for r in stage(d) if r.task]
    lines = [ln for d in part for ln in d.text.splitlines() if ln.strip()]
    pos_tag("Sở Nội vụ chủ trì thực hiện.")  # load the model before timing
    ours = min(_time(stage, part) for _ in range(3))
    costs = {
        "rules (ours)": ours,
        "underthesea pos_tag, units": _time(pos_tag, units),
        "underthesea word_tokenize, units": _time(word_tokenize, units),
        "underthesea pos_tag, every line": _time(pos_tag, lines),
    }
    print(f"responsibilities on {len(part)} documents ({len(units)} units, {len(lines)} lines):")
    for name, spent in costs.items():
        ratio = "" if name.startswith("rules") else f"  ({spent / ours:.0f}× the rules)"
        print(f"  {name:<34} {spent * 1000 / len(part):>7.2f} ms/doc{ratio}")


def cold(what: str) -> None:
    """One pass over the admin_docs files, reading each, in a process whose tables, patterns and
    caches were warmed on other documents only (the responsibility corpora and the seeds): what a
    batch worker meets, as the best-of-N lines above let the extractors' caches see each text
    before."""
    import docproc
    from docproc.extract import extract_file, extract_header, find_references

    warm = sorted((ROOT / "corpora" / "responsibilities").glob("*docs/*")) + sorted(
        (ADMIN.parent / "seeds").glob("*.txt")
    )
    files = sorted(ADMIN.glob("vbpl/*.txt")) + sorted(ADMIN.glob("congbot/*.md"))

    def header_refs(path: Path) -> None:
        doc = docproc.read(path)
        extract_header(doc)
        find_references(doc)

    fn: Callable[[Path], Any] = extract_file if what == "full" else header_refs
    for p in warm:
        fn(p)
    spent = _time(fn, files)
    label = "read + extract" if what == "full" else "read+header+refs"
    print(f"{label:<16} {'':>7} {len(files) / spent:>8.1f}   (first pass, caches warmed on other documents)")


def adversarial() -> None:
    """1 MB of text built to make naive patterns backtrack: read, the three body extractors, and the
    whole extraction (after a warm-up, so table loading is not counted)."""
    from _common import generator

    import docproc
    from docproc.extract import extract, find_dates, find_organizations, find_references

    data = generator().adversarial_text().encode()
    extract(docproc.read(data[:20000]))  # warm-up: tables and patterns
    t = time.process_time()
    doc = docproc.read(data)
    t1 = time.process_time()
    for f in (find_references, find_dates, find_organizations):
        f(doc)
    t2 = time.process_time()
    extract(doc)
    t3 = time.process_time()
    print(
        f"adversarial {len(data) / 1e6:.2f} MB: read {t1 - t:.2f} s, references+dates+organisations "
        f"{t2 - t1:.2f} s, whole extract {t3 - t2:.2f} s"
    )


def _responsibilities_stage(docs: list[Any]) -> Callable[[Any], Any]:
    """``find_responsibilities`` with the inputs ``extract`` gives it (header zones, organisation
    spans, deadlines), computed once beforehand and not timed."""
    from docproc.extract import extract_header, find_dates, find_organizations, find_responsibilities

    inputs: dict[int, tuple[Any, Any, Any]] = {}
    for d in docs:
        h = extract_header(d)
        dates = find_dates(d, zones=h.zones)
        due = [(x.span, x.text) for x in dates if x.role == "deadline" or x.precision == "recurring"]
        inputs[id(d)] = (h.zones, [o.span for o in find_organizations(d)], due)

    def stage(d: Any) -> Any:
        zones, orgs, due = inputs[id(d)]
        return find_responsibilities(d, zones=zones, organizations=orgs, deadlines=due)

    return stage


def _time(fn: Callable[[Any], Any], docs: list[Any]) -> float:
    t = time.process_time()
    for d in docs:
        fn(d)
    return time.process_time() - t


if __name__ == "__main__":
    main()

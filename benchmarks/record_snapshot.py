"""Records of every text document we have, one JSON line each: the oracle for speed work.

    .venv/bin/python benchmarks/record_snapshot.py OUT.jsonl
    .venv/bin/python ../ref/benchmarks/record_snapshot.py REF.jsonl   # another checkout (git worktree)
    cmp OUT.jsonl REF.jsonl

A rewrite that only makes extraction faster must give byte-identical output: the records of the
admin_docs texts, the seeds, the text samples, the responsibility corpora (dev and test
documents) and the generated adversarial text. No OCR (scans are left out), so it runs in a
few seconds. The script uses the checkout it lives in (its path is printed).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "data"
sys.path[:0] = [str(ROOT), str(ROOT / "benchmarks")]
TEXT_SUFFIXES = {".txt", ".md", ".html", ".docx"}


def inputs() -> list[Path]:
    found = [
        *sorted((SHARED / "admin_docs").glob("*/*.txt")),
        *sorted((SHARED / "admin_docs").glob("*/*.md")),
        *sorted((SHARED / "seeds").glob("*.txt")),
        *sorted(p for p in (ROOT / "corpora" / "samples").iterdir() if p.suffix in TEXT_SUFFIXES),
        *sorted((ROOT / "corpora" / "responsibilities").glob("*docs/*")),
    ]
    return [p for p in found if p.is_file() and p.name != "README.md"]


def main() -> None:
    from _common import generator

    import docproc
    from docproc.extract import extract, extract_file

    print(f"docproc from {Path(docproc.__file__).parent}", file=sys.stderr)
    out = Path(sys.argv[1])
    with out.open("w", encoding="utf-8") as f:
        for p in inputs():
            rec = extract_file(p).to_dict()
            rec["source"]["path"] = str(p).replace(str(ROOT), "<checkout>")  # the same in every checkout
            f.write(json.dumps(rec, ensure_ascii=False, sort_keys=True) + "\n")
        rec = extract(docproc.read(generator().adversarial_text().encode())).to_dict()
        f.write(json.dumps(rec, ensure_ascii=False, sort_keys=True) + "\n")
    print(f"{len(inputs()) + 1} records → {out}", file=sys.stderr)


if __name__ == "__main__":
    main()

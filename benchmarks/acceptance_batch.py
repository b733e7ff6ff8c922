"""Issue 6 acceptance batch: real documents + seeds + generated scans + 100 malformed files.

    .venv/bin/python benchmarks/acceptance_batch.py [--workers 2] [--keep DIR]

Builds a folder with the shared admin documents (vbpl, congbot), the two seeds, two generated
scans (image PDFs of the seeds, OCR'd) and 100 malformed files (the 16 kinds of
``tests/test_bad_input.py`` — empty, corrupt, truncated, password-protected, an executable named
.pdf, binary junk named .txt, a 1,000-page PDF, a 20,000 × 20,000 image, a DOCX zip bomb … — with
several instances of each, plus random bytes under document names and PDFs cut at random
points), runs ``docproc.batch.run_batch`` on it and checks: one record per file, every malformed
file an error record naming the file and the problem, every real document ok. Prints the counts,
the error kinds and the time.
"""

from __future__ import annotations

import argparse
import random
import shutil
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from _common import generator, load_module

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "data"
sys.path.insert(0, str(ROOT))


def malformed(folder: Path, n: int = 100) -> list[Path]:
    cases = load_module("bad_input", ROOT / "tests" / "test_bad_input.py").CASES
    rng = random.Random(0)
    made: list[Path] = []
    kinds = list(cases.items())
    scratch = folder / ".scratch"
    scratch.mkdir(parents=True)
    cache: dict[str, bytes] = {}
    i = 0
    while len(made) < n:
        if i < len(kinds) * 5:
            case, (name, build, _, _) = kinds[i % len(kinds)]
            data = cache.setdefault(case, build(scratch))
            stem, suffix = name.rsplit(".", 1)
            path = folder / f"bad_{i:03d}_{stem}.{suffix}"
        elif i % 2:
            path = folder / f"bad_{i:03d}_random.{rng.choice(['pdf', 'docx', 'txt', 'jpg', 'tif'])}"
            data = rng.randbytes(rng.randint(10, 50_000))
        else:
            pdf = (SHARED / "scans").glob("*.jpg")  # a real file cut short, under a PDF name
            src = next(iter(sorted(pdf)))
            blob = src.read_bytes()
            path = folder / f"bad_{i:03d}_cut.pdf"
            data = b"%PDF-1.4\n" + blob[: rng.randint(100, 5000)]
        path.write_bytes(data)
        made.append(path)
        i += 1
    shutil.rmtree(scratch)
    return made


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--keep", type=Path, default=None, help="build the folder here and keep it")
    args = ap.parse_args()

    from docproc.batch import run_batch
    from docproc.evaluate import read_jsonl

    base = args.keep or Path(tempfile.mkdtemp(prefix="docproc-acceptance-"))
    good_dir, bad_dir = base / "in" / "good", base / "in" / "bad"
    good_dir.mkdir(parents=True, exist_ok=True)
    bad_dir.mkdir(parents=True, exist_ok=True)
    for sub in ("vbpl", "congbot"):
        shutil.copytree(SHARED / "admin_docs" / sub, good_dir / sub, dirs_exist_ok=True)
    for seed in sorted((SHARED / "seeds").glob("*.txt")):
        shutil.copy(seed, good_dir / seed.name)
    gen = generator()
    for seed in sorted((SHARED / "seeds").glob("*.txt")):
        text = seed.read_text(encoding="utf-8")
        first_page = "\n".join(gen.layout_lines(text)[0])
        gen.render_image_pdf(first_page, good_dir / f"scan_{seed.stem}.pdf", dpi=300, noisy=True, seed=1)
    bad = malformed(bad_dir)
    good = [p for p in good_dir.rglob("*") if p.is_file()]
    out = base / "out" / "records.jsonl"
    t = time.perf_counter()
    summary = run_batch([base / "in"], out, workers=args.workers, progress=False)
    seconds = time.perf_counter() - t
    records = {Path(r["source"]["path"]).resolve(): r for r in read_jsonl(out)}
    inputs = {p.resolve() for p in [*good, *bad]}
    print(summary)
    print(f"{len(good)} real documents + {len(bad)} malformed files = {len(inputs)} inputs; {len(records)} records")
    assert set(records) == inputs, "one record per input"
    bad_ok = [p for p in bad if records[p.resolve()]["status"] != "error"]
    good_err = [p for p in good if records[p.resolve()]["status"] == "error"]
    unnamed = [p for p in bad if p.name not in records[p.resolve()]["errors"][0]["message"]]
    kinds = Counter(records[p.resolve()]["errors"][0]["type"] for p in bad)
    print("error kinds of the malformed files:", dict(kinds.most_common()))
    print(f"malformed files not refused: {len(bad_ok)}; real documents that failed: {len(good_err)} {good_err[:3]}")
    print(f"error messages not naming their file: {len(unnamed)}")
    print(f"time {seconds:.1f} s on {args.workers} workers ({len(inputs) / seconds:.1f} files/s)")
    if not args.keep:
        shutil.rmtree(base)


if __name__ == "__main__":
    main()

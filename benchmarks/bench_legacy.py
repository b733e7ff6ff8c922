"""Throughput of the legacy font converters (TCVN3 / VNI → Unicode): prints MB/s.

    .venv/bin/python benchmarks/bench_legacy.py [--size 500000] [--repeat 5]

The sample is real Vietnamese text from ../shared/data (the vbpl documents) cut to ``--size``
characters, or the table examples repeated when shared/ is absent. It is encoded to each legacy
encoding with ``encode_legacy`` and then decoded, detected and fixed; MB are of the legacy text as
UTF-8. Unicode input (what most documents are) is timed through ``fix_legacy`` too.
"""

from __future__ import annotations

import argparse
import time
import unicodedata
from collections.abc import Callable
from functools import partial
from pathlib import Path

from docproc.data import load
from docproc.readers.legacy import ENCODINGS, decode_legacy, detect_legacy, encode_legacy, fix_legacy

SHARED = Path(__file__).resolve().parents[2] / "shared" / "data" / "admin_docs" / "vbpl"


def sample(size: int) -> tuple[str, str]:
    paths = sorted(SHARED.glob("*.txt")) if SHARED.is_dir() else []
    parts: list[str] = []
    total = 0
    for path in paths:
        parts.append(path.read_text(encoding="utf-8"))
        total += len(parts[-1])
        if total >= size:
            break
    if parts:
        source = f"{len(parts)} vbpl documents"
    else:
        examples = [ex["unicode"] for e in load("legacy_encodings.json")["encodings"].values() for ex in e["examples"]]
        parts = ["\n".join(examples)] * (size // len("\n".join(examples)) + 1)
        source = "table examples (shared/ absent)"
    return unicodedata.normalize("NFC", "\n".join(parts))[:size], source


def best_of(repeat: int, fn: Callable[[], object]) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--size", type=int, default=500_000, help="characters of text (default 500000)")
    parser.add_argument("--repeat", type=int, default=5, help="runs per measure; the best is kept")
    args = parser.parse_args()

    text, source = sample(args.size)
    print(f"sample: {len(text):,} characters from {source}")
    for encoding in ENCODINGS:
        legacy = encode_legacy(text, encoding, errors="replace")
        mb = len(legacy.encode("utf-8")) / 1e6
        for name, fn in (
            ("decode", partial(decode_legacy, legacy, encoding)),
            ("detect", partial(detect_legacy, legacy)),
            ("fix", partial(fix_legacy, legacy)),
        ):
            seconds = best_of(args.repeat, fn)
            print(f"{encoding:6} {name:7} {seconds * 1000:8.1f} ms  {mb / seconds:8.1f} MB/s")
    mb = len(text.encode("utf-8")) / 1e6
    seconds = best_of(args.repeat, partial(fix_legacy, text))
    print(f"{'unicode':6} {'fix':7} {seconds * 1000:8.1f} ms  {mb / seconds:8.1f} MB/s  (left unchanged)")


if __name__ == "__main__":
    main()

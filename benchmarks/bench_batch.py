"""Batch throughput and memory: ``run_batch`` over the admin_docs texts with 1 and 2 workers.

The ~253 texts of ``../shared/data/admin_docs`` are replicated to N files (each copy made unique
by a trailing line, so duplicate detection does not skip them). Reported, not asserted:
documents/s, documents/s per worker, the 2-vs-1 ratio, and the RSS of the parent and the
workers sampled over the run (psutil when installed, else /proc). For reference, the same
documents extracted in one process without the pool.

    .venv/bin/python benchmarks/bench_batch.py --files 2000 --workers 1,2
    .venv/bin/python benchmarks/bench_batch.py --files 1500 --pairs 5 --inline 0   # median 2-vs-1 ratio
"""

from __future__ import annotations

import argparse
import os
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from docproc.batch import BatchSummary, run_batch
from docproc.extract import extract_file

ADMIN = Path(__file__).resolve().parents[2] / "shared" / "data" / "admin_docs"


def replicate(folder: Path, n: int) -> list[Path]:
    sources = sorted(p for p in ADMIN.rglob("*") if p.suffix in (".txt", ".md"))
    if not sources:
        raise SystemExit(f"no texts under {ADMIN}")
    out = []
    for i in range(n):
        src = sources[i % len(sources)]
        dst = folder / f"{i:06d}{src.suffix}"
        dst.write_bytes(src.read_bytes() + f"\n\n<!-- bản {i} -->\n".encode())
        out.append(dst)
    return out


def _rss_proc(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


def _children_proc(pid: int) -> list[int]:
    kids: list[int] = []
    for d in Path("/proc").iterdir():
        if d.name.isdigit():
            try:
                ppid = int((d / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            if ppid == pid:
                kids += [int(d.name), *_children_proc(int(d.name))]
    return kids


def rss_sample() -> tuple[int, list[int]]:
    """RSS of this process and of each descendant, bytes."""
    try:
        import psutil

        me = psutil.Process()
        kids = []
        for c in me.children(recursive=True):
            try:
                kids.append(c.memory_info().rss)
            except psutil.Error:
                continue
        return me.memory_info().rss, kids
    except ImportError:
        pid = os.getpid()
        return _rss_proc(pid), [_rss_proc(k) for k in _children_proc(pid)]


@dataclass
class Run:
    workers: int
    summary: BatchSummary
    samples: list[tuple[float, int, list[int]]]


def run(paths: list[Path], workers: int, tasks_per_child: int, out_dir: Path) -> Run:
    samples: list[tuple[float, int, list[int]]] = []
    stop = threading.Event()
    t0 = time.monotonic()

    def sampler() -> None:
        while not stop.wait(0.5):
            parent, kids = rss_sample()
            samples.append((time.monotonic() - t0, parent, kids))

    th = threading.Thread(target=sampler, daemon=True)
    th.start()
    summary = run_batch(
        paths, out_dir / f"w{workers}.jsonl", workers=workers, progress=False, tasks_per_child=tasks_per_child
    )
    stop.set()
    th.join()
    return Run(workers, summary, samples)


def mb(n: float) -> str:
    return f"{n / 2**20:.0f}"


def report(res: Run) -> float:
    summary, samples, w = res.summary, res.samples, res.workers
    rate = summary.docs_per_s
    print(f"\nworkers={w}: {summary}")
    print(f"  {rate:.1f} docs/s, {rate / w:.1f} docs/s per worker")
    if samples:
        print("  t(s)  parent MB  workers MB (max single)")
        step = max(1, len(samples) // 8)
        for t, parent, kids in [*samples[::step], samples[-1]]:
            print(f"  {t:5.1f}  {mb(parent):>9}  {mb(sum(kids)):>10} ({mb(max(kids, default=0))})")
    return rate


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--files", type=int, default=2000)
    ap.add_argument("--workers", default="1,2")
    ap.add_argument("--tasks-per-child", type=int, default=500)
    ap.add_argument("--inline", type=int, default=253, help="documents extracted in-process for reference")
    ap.add_argument(
        "--pairs", type=int, default=1, help="1-vs-2-worker runs, order alternating; reports the median ratio"
    )
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "in"
        folder.mkdir()
        paths = replicate(folder, args.files)
        print(f"{len(paths)} files from {ADMIN}; {os.cpu_count()} CPUs")

        t = time.perf_counter()
        for p in paths[: args.inline]:
            extract_file(p, workers=1)
        inline = args.inline / (time.perf_counter() - t)
        print(f"in process, no pool: {inline:.1f} docs/s ({args.inline} documents)")

        if args.pairs > 1:
            pairs(paths, args.pairs, args.tasks_per_child, Path(tmp))
            return
        rates = {}
        for w in (int(x) for x in args.workers.split(",")):
            rates[w] = report(run(paths, w, args.tasks_per_child, Path(tmp)))
        if 1 in rates and 2 in rates:
            print(f"\n2 workers / 1 worker: {rates[2] / rates[1]:.2f}×")


def pairs(paths: list[Path], n: int, tasks_per_child: int, tmp: Path) -> None:
    """``n`` runs of 1 and of 2 workers, alternating which goes first (a shared machine's speed
    drifts); each pair's ratio and the median."""
    import statistics

    ratios = []
    for i in range(n):
        rate: dict[int, float] = {}
        for w in (1, 2) if i % 2 == 0 else (2, 1):
            rate[w] = run(paths, w, tasks_per_child, tmp).summary.docs_per_s
        ratios.append(rate[2] / rate[1])
        print(f"pair {i + 1}: 1 worker {rate[1]:.1f} docs/s, 2 workers {rate[2]:.1f} docs/s, {ratios[-1]:.2f}×")
    print(f"\n2 workers / 1 worker, median of {n}: {statistics.median(ratios):.2f}×")


if __name__ == "__main__":
    main()

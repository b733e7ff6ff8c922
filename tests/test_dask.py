"""The Dask engine gives the same records as the local engine (LocalCluster of 2 workers)."""

from __future__ import annotations

from pathlib import Path

from docproc.batch import run_batch
from docproc.evaluate import read_jsonl

SAMPLES = Path(__file__).resolve().parents[1] / "corpora" / "samples"


def test_dask_engine_equals_local_engine(tmp_path: Path) -> None:
    inputs = [p for p in sorted(SAMPLES.iterdir()) if p.suffix in (".txt", ".md", ".docx", ".html")]
    (tmp_path / "broken.pdf").write_bytes(b"%PDF-1.4 broken")
    inputs.append(tmp_path / "broken.pdf")
    local = run_batch(inputs, tmp_path / "local.jsonl", workers=2, progress=False)
    dask = run_batch(inputs, tmp_path / "dask.jsonl", workers=2, progress=False, engine="dask")
    a = {r["source"]["path"]: r for r in read_jsonl(tmp_path / "local.jsonl")}
    b = {r["source"]["path"]: r for r in read_jsonl(tmp_path / "dask.jsonl")}
    assert len(a) == len(inputs) and a == b
    assert (local.ok, local.errors) == (dask.ok, dask.errors) == (len(inputs) - 1, 1)

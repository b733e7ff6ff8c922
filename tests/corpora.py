"""The labelled complaint corpus, as the tests read it."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

COMPLAINTS = Path(__file__).resolve().parents[1] / "corpora" / "complaints"


def complaint_split(name: str) -> list[dict[str, Any]]:
    """The rows of the ``name`` split (train, dev or test) of ``corpora/complaints``."""
    ids = set(json.loads((COMPLAINTS / "splits.json").read_text(encoding="utf-8"))[name])
    files = sorted((COMPLAINTS / "data").glob("*.jsonl"))
    rows = [json.loads(x) for f in files for x in f.read_text("utf-8").splitlines()]
    return [r for r in rows if r["id"] in ids]

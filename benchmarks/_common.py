"""What the benchmark scripts share: the repository root, the shared data and the test-document
generator (``corpora/generate.py``) loaded as a module."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "data"
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def load_module(name: str, path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def generator() -> ModuleType:
    """``corpora/generate.py``: scans, PDFs and adversarial text of known content."""
    return load_module("generate", ROOT / "corpora" / "generate.py")

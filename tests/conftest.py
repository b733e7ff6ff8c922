"""Shared fixtures: the ``../shared`` data (skipped cleanly when absent) and small builders."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
CASES = Path(__file__).parent / "cases"


@pytest.fixture(scope="session")
def shared() -> Path:
    """``../shared/data``; tests that need it skip when it is not beside the repository."""
    data = SHARED / "data"
    if not data.is_dir():
        pytest.skip("../shared is not present")
    return data


@pytest.fixture(scope="session")
def generate() -> ModuleType:
    """The test-document generator ``corpora/generate.py`` as a module."""
    path = ROOT / "corpora" / "generate.py"
    spec = importlib.util.spec_from_file_location("docproc_generate", path)
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    sys.modules["docproc_generate"] = mod
    spec.loader.exec_module(mod)
    return mod

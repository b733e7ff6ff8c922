"""Knowledge as data: JSON tables with examples, loaded once and cached."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any


@cache
def load(name: str) -> Any:
    """Parsed content of ``docproc/data/<name>`` (a JSON file shipped with the package)."""
    with resources.files(__package__).joinpath(name).open("r", encoding="utf-8") as f:
        return json.load(f)

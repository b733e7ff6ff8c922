"""The keyword-rule baseline the trained complaint model is measured against."""

from __future__ import annotations

from collections.abc import Sequence

from docproc.data import load


def keyword_labels(texts: Sequence[str]) -> list[list[str]]:
    """Labels by keyword: a label for every label whose phrase the text contains."""
    from docproc.normalize import normalize_text

    table: dict[str, list[str]] = load("violation_keywords.json")["keywords"]
    out: list[list[str]] = []
    for text in texts:
        low = normalize_text(text).lower()
        out.append([lab for lab, words in table.items() if any(w in low for w in words)])
    return out

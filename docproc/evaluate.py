"""Scoring: character error rate of a text against a reference."""

from __future__ import annotations

import re
import unicodedata

_SPACE = re.compile(r"\s+")


def _canon(text: str) -> str:
    return _SPACE.sub(" ", unicodedata.normalize("NFC", text)).strip()


def cer(reference: str, hypothesis: str) -> float:
    """Character error rate: Levenshtein distance / reference length (rapidfuzz), after NFC
    and with every run of white space taken as one space, so line wrapping does not count.

    >>> cer("Ủy ban nhân dân", "Uy ban nhân dân")
    0.0667
    """
    from rapidfuzz.distance import Levenshtein

    ref, hyp = _canon(reference), _canon(hypothesis)
    if not ref:
        return 0.0 if not hyp else 1.0
    return round(Levenshtein.distance(ref, hyp) / len(ref), 4)

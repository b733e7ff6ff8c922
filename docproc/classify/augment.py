"""Training-text augmentation: copies of each text typed without diacritics (with chat
abbreviations) and with scan noise, so that the classifier sees the surface forms real input
has (see ``shared/spec/violations.md``: "texts come with and without diacritics, with typos,
OCR noise, slang and abbreviations").

Seeded and deterministic. A copy keeps its source's labels; ``augment`` also returns the index
of each copy's source, so cross-validation can keep a text and its copies in one fold.
"""

from __future__ import annotations

import random
import re
from collections.abc import Sequence
from typing import TypeVar

from docproc.vietnamese import fold_diacritics

T = TypeVar("T")

#: word → the short forms people type without diacritics
_CHAT = {
    "không": ("k", "ko", "khong", "hok"),
    "được": ("dc", "đc", "duoc"),
    "cán bộ": ("cb", "can bo"),
    "với": ("vs", "voi"),
    "gì": ("j", "gi"),
    "trước": ("trc", "truoc"),
    "người": ("ng", "nguoi"),
    "ủy ban nhân dân": ("ubnd",),
}
_CHAT_RE = re.compile(r"(?<!\w)(" + "|".join(map(re.escape, _CHAT)) + r")(?!\w)", re.IGNORECASE)

#: look-alike confusions of scanned text (source, replacement, chance per word that has it)
_SCAN = (
    ("m", "rn", 0.3),
    ("rn", "m", 0.9),
    ("l", "1", 0.15),
    ("đ", "d", 0.3),
    ("ư", "u", 0.2),
    ("ơ", "o", 0.2),
    ("ă", "a", 0.15),
    ("â", "a", 0.12),
    ("ê", "e", 0.12),
    ("e", "c", 0.05),
    ("h", "b", 0.03),
    ("n", "u", 0.03),
    ("o", "0", 0.03),
    (",", ".", 0.4),
)


def without_diacritics(text: str, rng: random.Random) -> str:
    """``text`` typed without marks, some words shortened, maybe lower-cased and on one line."""
    out = text
    if rng.random() < 0.6:
        out = _CHAT_RE.sub(lambda m: rng.choice(_CHAT[m.group().lower()]) if rng.random() < 0.5 else m.group(), out)
    out = fold_diacritics(out)
    if rng.random() < 0.5:
        out = out.lower()
    if rng.random() < 0.5:
        out = re.sub(r"\s*\n\s*", " ", out)
    return out


def scan_noise(text: str, rng: random.Random) -> str:
    """``text`` with OCR-like noise: lost tone marks, look-alike letters, split and joined words."""
    out: list[str] = []
    for w in re.split(r"( +)", text):
        if not w.strip():
            r = rng.random()
            out.append("" if r < 0.03 else "\n" if r < 0.05 else w)
            continue
        if rng.random() < 0.12:
            w = fold_diacritics(w)
        if rng.random() < 0.25:
            for src, dst, p in _SCAN:
                if src in w and rng.random() < p:
                    i = w.find(src)
                    w = w[:i] + dst + w[i + len(src) :]
        if len(w) > 3 and rng.random() < 0.04:
            k = rng.randint(1, len(w) - 1)
            w = w[:k] + " " + w[k:]
        out.append(w)
    return "".join(out)


def augment(texts: Sequence[str], labels: Sequence[T], seed: int = 0) -> tuple[list[str], list[T], list[int]]:
    """Per text, one copy without diacritics (unless it has none already) and two with scan
    noise: the copies, their labels and the index of the text each comes from."""
    rng = random.Random(seed)
    out_x: list[str] = []
    out_y: list[T] = []
    source: list[int] = []
    for i, (text, y) in enumerate(zip(texts, labels, strict=True)):
        copies = [scan_noise(text, rng), scan_noise(text, rng)]
        if fold_diacritics(text) != text:
            copies.insert(0, without_diacritics(text, rng))
        for c in copies:
            if c != text:
                out_x.append(c)
                out_y.append(y)
                source.append(i)
    return out_x, out_y, source

"""The document model: normalised text, pages as character ranges, and an offset map back to
the reader's raw text.

One coordinate system: every result of docproc carries character offsets into
``Document.text``; :meth:`Document.raw_span` takes them back to ``Document.raw_text``.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

Origin = Literal["text-layer", "ocr", "plain"]
Side = Literal["left", "right"]

#: pages are joined with a form feed in ``Document.text`` and ``Document.raw_text``
PAGE_BREAK = "\f"


@dataclass(frozen=True, slots=True)
class Span:
    """A character range ``[start, end)`` of ``Document.text`` on a 1-based ``page``."""

    start: int
    end: int
    page: int | None = None

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"invalid span [{self.start}, {self.end})")

    def __len__(self) -> int:
        return self.end - self.start

    def to_list(self) -> list[int]:
        return [self.start, self.end]


@dataclass(frozen=True, slots=True)
class Edit:
    """Replace ``text[start:end]`` by ``replacement``."""

    start: int
    end: int
    replacement: str


class OffsetMap:
    """A monotone map between positions of an edited text and of its source.

    Stored as segments: each segment is either *equal* (same characters, shifted) or
    *replaced* (one edit). Looking a position up is a binary search, so a document keeps
    one map per normalisation step at no real cost, and long texts with few edits stay cheap.
    """

    __slots__ = ("_equal", "_new", "_old", "new_length", "old_length")

    def __init__(
        self, new: Sequence[int], old: Sequence[int], equal: Sequence[bool], new_length: int, old_length: int
    ) -> None:
        self._new = list(new)
        self._old = list(old)
        self._equal = list(equal)
        self.new_length = new_length
        self.old_length = old_length

    @classmethod
    def identity(cls, length: int) -> OffsetMap:
        return cls([0], [0], [True], length, length)

    def is_identity(self) -> bool:
        return len(self._new) == 1 and self._equal[0] and self.new_length == self.old_length

    def _lookup(self, pos: int, src: list[int], dst: list[int], src_len: int, dst_len: int, side: Side) -> int:
        if not 0 <= pos <= src_len:
            raise IndexError(f"position {pos} outside [0, {src_len}]")
        if side == "right" and pos > 0:
            # an end position belongs to the segment holding the character before it
            i = bisect_left(src, pos) - 1
            if self._equal[i]:
                return dst[i] + (pos - src[i])
            return dst[i + 1] if i + 1 < len(dst) else dst_len
        i = bisect_right(src, pos) - 1
        if self._equal[i] or pos > src[i]:
            return dst[i] + (pos - src[i]) if self._equal[i] else dst[i]
        return dst[i]

    def to_old(self, pos: int, side: Side = "left") -> int:
        """Position in the source text of ``pos`` in the edited text."""
        return self._lookup(pos, self._new, self._old, self.new_length, self.old_length, side)

    def to_new(self, pos: int, side: Side = "left") -> int:
        """Position in the edited text of ``pos`` in the source text."""
        return self._lookup(pos, self._old, self._new, self.old_length, self.new_length, side)


def apply_edits(text: str, edits: Iterable[Edit]) -> tuple[str, OffsetMap]:
    """Apply sorted, non-overlapping edits; return the new text and its offset map."""
    pieces: list[str] = []
    new: list[int] = []
    old: list[int] = []
    equal: list[bool] = []
    cursor = 0
    out_len = 0
    for e in edits:
        if e.start < cursor or e.end < e.start:
            raise ValueError(f"edits overlap or are unsorted at {e.start}")
        if text[e.start : e.end] == e.replacement:
            continue
        if e.start > cursor:
            new.append(out_len)
            old.append(cursor)
            equal.append(True)
            pieces.append(text[cursor : e.start])
            out_len += e.start - cursor
        new.append(out_len)
        old.append(e.start)
        equal.append(False)
        pieces.append(e.replacement)
        out_len += len(e.replacement)
        cursor = e.end
    if not new:
        return text, OffsetMap.identity(len(text))
    if cursor < len(text):
        new.append(out_len)
        old.append(cursor)
        equal.append(True)
        pieces.append(text[cursor:])
        out_len += len(text) - cursor
    return "".join(pieces), OffsetMap(new, old, equal, out_len, len(text))


@dataclass(frozen=True, slots=True)
class Page:
    """One page: the characters ``[start, end)`` of ``Document.text``."""

    number: int
    start: int
    end: int
    origin: Origin
    #: mean OCR word confidence in [0, 1] for OCR pages, else ``None``
    confidence: float | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "number": self.number,
            "span": [self.start, self.end],
            "origin": self.origin,
            "confidence": self.confidence,
        }


@dataclass(frozen=True, slots=True)
class Source:
    """Where a document came from."""

    path: str | None
    sha256: str
    format: str
    size: int

    def to_dict(self) -> dict[str, Any]:
        return {"path": self.path, "sha256": self.sha256, "format": self.format, "size": self.size}


@dataclass(frozen=True)
class Document:
    """A read, normalised document.

    ``text`` is the normalised text; ``raw_text`` is what the reader produced (decoded, OCR'd
    or extracted; legacy font encodings already converted). ``steps`` names the normalisation
    steps applied, and ``maps`` holds one :class:`OffsetMap` per step, in order.
    """

    text: str
    pages: tuple[Page, ...]
    source: Source
    raw_text: str
    maps: tuple[OffsetMap, ...] = ()
    steps: tuple[str, ...] = ()
    meta: dict[str, Any] = field(default_factory=dict)

    # -- pages -----------------------------------------------------------------------------
    def page_at(self, offset: int) -> int:
        """1-based number of the page holding character ``offset``."""
        pages = self.pages
        if len(pages) == 1:  # most documents: no search (the extractors ask for every span)
            return pages[0].number
        if not pages:
            return 1
        # the page starts, kept with the pages they were taken from (``pages`` is set after
        # construction by the readers, so the cache checks it is still the same tuple)
        cached = self.__dict__.get("_page_starts")
        if cached is None or cached[0] is not pages:
            cached = (pages, [p.start for p in pages])
            self.__dict__["_page_starts"] = cached
        i = bisect_right(cached[1], offset) - 1
        return pages[max(i, 0)].number

    def span(self, start: int, end: int) -> Span:
        """A :class:`Span` of ``text[start:end]`` with its page."""
        return Span(start, end, self.page_at(start))

    def page_text(self, number: int) -> str:
        p = self.pages[number - 1]
        return self.text[p.start : p.end]

    @property
    def text_origin(self) -> str:
        """``text-layer``, ``ocr``, ``plain``, or ``mixed`` when pages differ."""
        origins = {p.origin for p in self.pages}
        if len(origins) == 1:
            return next(iter(origins))
        return "mixed" if origins else "plain"

    @property
    def ocr_confidence(self) -> float | None:
        """Mean OCR confidence over OCR pages, weighted by their length."""
        pages = [p for p in self.pages if p.origin == "ocr" and p.confidence is not None]
        if not pages:
            return None
        weights = [max(p.end - p.start, 1) for p in pages]
        total = sum(w * (p.confidence or 0.0) for w, p in zip(weights, pages, strict=True))
        return round(total / sum(weights), 4)

    # -- offsets ---------------------------------------------------------------------------
    def raw_offset(self, pos: int, side: Side = "left") -> int:
        """Position in ``raw_text`` of position ``pos`` of ``text``."""
        for m in reversed(self.maps):
            pos = m.to_old(pos, side)
        return pos

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """``[start, end)`` of ``text`` as a range of ``raw_text``."""
        return self.raw_offset(start, "left"), self.raw_offset(end, "right")

    def text_offset(self, raw_pos: int, side: Side = "left") -> int:
        """Position in ``text`` of position ``raw_pos`` of ``raw_text``."""
        for m in self.maps:
            raw_pos = m.to_new(raw_pos, side)
        return raw_pos

    # -- export ----------------------------------------------------------------------------
    def to_dict(self, include_text: bool = True) -> dict[str, Any]:
        d: dict[str, Any] = {
            "source": self.source.to_dict()
            | {"pages": len(self.pages), "text_origin": self.text_origin, "ocr_confidence": self.ocr_confidence},
            "pages": [p.to_dict() for p in self.pages],
            "normalization": list(self.steps),
            "meta": self.meta,
        }
        if include_text:
            d["text"] = self.text
        return d

    def __repr__(self) -> str:
        return (
            f"Document({self.source.path or '<bytes>'!r}, format={self.source.format!r}, "
            f"pages={len(self.pages)}, origin={self.text_origin!r}, chars={len(self.text)})"
        )

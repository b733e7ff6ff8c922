"""Zones of a document: the lines of its header, body, signature, Nơi nhận, copies and ĐẾN stamp.

``lines(text)`` cuts the normalised text into ``Line`` objects with character offsets;
``segment(doc)`` labels line ranges with zone kinds. Extractors read zones, never raw offsets, so
every value they find keeps its span in ``Document.text``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate
from operator import add, sub
from typing import overload

from docproc.document import Document

ZONE_KINDS = (
    "stamp",
    "national_title",
    "issuer",
    "marks",
    "number",
    "place_date",
    "type_name",
    "subject",
    "kinh_gui",
    "body",
    "signature",
    "recipients",
    "copy",
    "headline",
    "caption",
)


@dataclass(frozen=True, slots=True)
class Line:
    """One line of the text without its surrounding white space; ``start``/``end`` are offsets."""

    index: int
    start: int
    end: int
    text: str

    @property
    def blank(self) -> bool:
        return not self.text

    @property
    def upper(self) -> bool:
        """Printed in capitals (ignoring digits and punctuation)."""
        return is_upper(self.text)


def is_upper(text: str) -> bool:
    """:attr:`Line.upper` of a line's text (for loops over :attr:`LineTable.texts`)."""
    return text.isupper() and sum(map(str.isalpha, text[:8])) >= 2


@dataclass(frozen=True)
class Zone:
    kind: str
    start: int  # offsets in Document.text
    end: int
    first_line: int
    last_line: int

    def to_dict(self) -> dict[str, object]:
        return {"kind": self.kind, "span": [self.start, self.end]}


_CELL = re.compile(r"[^\t]+")


def lines(text: str) -> list[Line]:
    """The lines of ``text`` (split at newlines and page breaks), stripped, with offsets.

    A tab separates the cells of a row that OCR or a table put on one line (the ĐẾN stamp beside
    the type name): each cell is a line of its own, so headers read the same in every layout."""
    return line_table(text).to_list()


class LineTable(Sequence[Line]):
    """The lines of a text (as :func:`lines` cuts them), made on demand.

    ``texts`` holds every line's stripped text, cut in C (``split``, ``map``); a :class:`Line` is
    made when it is first asked for, and kept. The header parser reads the first lines and the
    signature of a long law, and scans the rest through ``texts``, so most lines never become
    objects. Offsets are worked out per line as lines are made (``starts`` and ``ends`` give them
    all); a text with tabs, whose rows are cut into cells, has them worked out at once."""

    __slots__ = ("_all", "_ends", "_made", "_pos", "_raws", "_starts", "texts")

    def __init__(self, text: str) -> None:
        self._raws = text.replace("\f", "\n").split("\n")  # same length: offsets hold
        self.texts = list(map(str.strip, self._raws))
        self._pos: list[int] | None = None
        self._starts: list[int] | None = None
        self._ends: list[int] | None = None
        if "\t" in text:
            self._starts, self._ends = _offsets(self._raws, self.texts, self._raw_starts())
            _cells(self._raws, self._raw_starts(), self.texts, self._starts, self._ends)
        self._made: list[Line | None] = [None] * len(self.texts)
        self._all = False

    def _raw_starts(self) -> list[int]:
        """Offset of each raw line (before cells are cut): the lengths before it, plus its newlines."""
        if self._pos is None:
            raws = self._raws
            self._pos = list(map(add, accumulate(map(len, raws), initial=0), range(len(raws))))
        return self._pos

    @property
    def starts(self) -> list[int]:
        """Every line's start."""
        if self._starts is None:
            self._starts, self._ends = _offsets(self._raws, self.texts, self._raw_starts())
        return self._starts

    @property
    def ends(self) -> list[int]:
        """Every line's end."""
        if self._ends is None:
            self._starts, self._ends = _offsets(self._raws, self.texts, self._raw_starts())
        return self._ends

    def _make(self, k: int) -> Line:
        if self._starts is not None and self._ends is not None:
            return Line(k, self._starts[k], self._ends[k], self.texts[k])
        body = self.texts[k]
        end = self._raw_starts()[k] + len(self._raws[k].rstrip())  # as in _offsets
        return Line(k, end - len(body), end, body)

    def __len__(self) -> int:
        return len(self.texts)

    @overload
    def __getitem__(self, i: int) -> Line: ...

    @overload
    def __getitem__(self, i: slice) -> list[Line]: ...

    def __getitem__(self, i: int | slice) -> Line | list[Line]:
        if isinstance(i, slice):
            return [self[k] for k in range(*i.indices(len(self.texts)))]
        ln = self._made[i]  # IndexError as a list gives it
        if ln is None:
            k = i + len(self.texts) if i < 0 else i
            ln = self._made[k] = self._make(k)
        return ln

    def __iter__(self) -> Iterator[Line]:
        for k in range(len(self.texts)):
            yield self[k]

    def __eq__(self, other: object) -> bool:
        if isinstance(other, LineTable | list | tuple):
            return self.to_list() == list(other)
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]  # like a list

    def __repr__(self) -> str:
        return repr(self.to_list())

    def to_list(self) -> list[Line]:
        """Every line, as :func:`lines` gives them (a new list)."""
        if not self._all:
            made = self._made
            for k, ln in enumerate(made):
                if ln is None:
                    made[k] = self._make(k)
            self._all = True
        return list(self._made)  # type: ignore[arg-type]  # no None left


@lru_cache(maxsize=4)
def line_table(text: str) -> LineTable:
    """The :class:`LineTable` of ``text``, cached: the header parser and the other extractors cut the
    same text."""
    return LineTable(text)


def _offsets(raws: list[str], texts: list[str], pos: list[int]) -> tuple[list[int], list[int]]:
    """(starts, ends) of the raw lines ``raws`` (stripped: ``texts``; offsets: ``pos``), in C.

    A line's end is its raw start plus the length of the raw line without trailing white space,
    and its start is that end less the length of the stripped text (so a blank line starts and
    ends at its raw start), as :func:`_lines_plain` has it."""
    ends = list(map(add, pos, map(len, map(str.rstrip, raws))))
    return list(map(sub, ends, map(len, texts))), ends


def _cells(raws: list[str], pos: list[int], texts: list[str], starts: list[int], ends: list[int]) -> None:
    """Cut the raw lines with a tab into their cells (each a line), in place in ``texts``, ``starts``
    and ``ends`` (which hold one entry per raw line on entry)."""
    for i in reversed([i for i, raw in enumerate(raws) if "\t" in raw]):
        raw, p = raws[i], pos[i]
        cells = [c for c in _CELL.finditer(raw) if c.group(0).strip()]
        if not cells:
            texts[i : i + 1], starts[i : i + 1], ends[i : i + 1] = [""], [p], [p]
            continue
        cell_texts, cell_starts, cell_ends = [], [], []
        for c in cells:
            cell = c.group(0)
            start = p + c.start() + len(cell) - len(cell.lstrip())
            body = cell.strip()
            cell_texts.append(body)
            cell_starts.append(start)
            cell_ends.append(start + len(body))
        texts[i : i + 1], starts[i : i + 1], ends[i : i + 1] = cell_texts, cell_starts, cell_ends


def _lines_plain(text: str) -> list[Line]:
    """:func:`lines` as first written, one raw line at a time (the oracle of the tests)."""
    out: list[Line] = []
    pos = 0
    for raw in text.replace("\f", "\n").split("\n"):  # same length: offsets hold
        if "\t" in raw:
            cells = [c for c in _CELL.finditer(raw) if c.group(0).strip()]
            if not cells:
                out.append(Line(len(out), pos, pos, ""))
            for c in cells:
                cell = c.group(0)
                start = pos + c.start() + len(cell) - len(cell.lstrip())
                body = cell.strip()
                out.append(Line(len(out), start, start + len(body), body))
        else:
            body = raw.strip()
            start = pos + len(raw) - len(raw.lstrip()) if body else pos
            out.append(Line(len(out), start, start + len(body), body))
        pos += len(raw) + 1
    return out


NATIONAL = re.compile(
    r"^(C[ỘO]NG\s*H[ÒOÓ]A\s*X[ÃA]\s*H[ỘO]I\s*CH[ỦU]\s*NGH[ĨI]A\s*VI[ỆE]T\s*NAM|ĐẢNG\s+CỘNG\s+SẢN\s+VIỆT\s+NAM"
    r"|Độc\s*lập\s*[-–]\s*Tự\s*do\s*[-–]\s*Hạnh\s*phúc)",
    re.IGNORECASE,
)
RULE = re.compile(r"^[\s\-_–—=*.~·]*$")
COPY_FORM = re.compile(r"^(?P<form>SAO Y|SAO LỤC|TRÍCH SAO)(?:\s+BẢN\s+CHÍNH)?\.?$", re.IGNORECASE)
NOI_NHAN = re.compile(r"^[\W_]{0,3}N[ơo]i\s+nh[ậa]n\s*:?", re.IGNORECASE)
KINH_GUI = re.compile(r"^[\W_]{0,3}K[íi]nh\s+g[ửu]i\s*:?", re.IGNORECASE)
STAMP = re.compile(r"^(?:.*\s)?Đ[ẾE]N(?:\s|:|$)")
MARK = re.compile(r"^(HỎA TỐC|HOẢ TỐC|THƯỢNG KHẨN|KHẨN|TUYỆT MẬT|TỐI MẬT|MẬT)(?:\s+HẸN GIỜ)?$", re.IGNORECASE)
BODY_START = re.compile(
    r"^(?:(?i:Căn\s+cứ|Theo\s+đề\s+nghị|Xét\s+đề\s+nghị|Điều\s+\d|Chương\s+[IVXLC\d]|Phần\s+[IVXLC\d]|Kính\s+gửi)"
    r"|QUYẾT\s+ĐỊNH\s*:|QUYẾT\s+NGHỊ\s*:|NGHỊ\s+QUYẾT\s*:|CHỈ\s+THỊ\s*:|Xét\s|Thực\s+hiện\s|Để\s|Nhằm\s|"
    r"Trong\s|Thời\s+gian\s+qua|Ngày\s+\d|Năm\s+\d|Qua\s|Hiện\s+nay|Sau\s+khi|Thi\s+hành|Tiếp\s+theo)"
)


def is_rule(line: Line) -> bool:
    return bool(line.text) and bool(RULE.match(line.text)) and not line.text.isdigit()


def first(lines_: Sequence[Line], pattern: re.Pattern[str], start: int = 0, stop: int | None = None) -> Line | None:
    for ln in lines_[start:stop]:
        if pattern.search(ln.text):
            return ln
    return None


def segment(doc: Document) -> list[Zone]:
    """The zones the header parser found, in text order (see ``docproc.extract.header``)."""
    from docproc.extract.header import extract_header

    return extract_header(doc).zones

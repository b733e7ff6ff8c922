"""Reading order of positioned words: lines, and two-column bands read column by column.

Vietnamese administrative documents put two columns side by side at the top (issuer block
left, national title right; "Số:" left, place and date right) and at the end (Nơi nhận left,
signature right). Read line by line, the columns interleave. Both the PDF text layer and the
OCR engine give words with boxes; this module turns them into lines where each column of a
two-column band comes out whole, left column first — the order a reader's eye takes and the
one the national legal database uses in its own text renderings.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import pairwise
from statistics import median


@dataclass(frozen=True, slots=True)
class Word:
    x0: float
    top: float
    x1: float
    bottom: float
    text: str


@dataclass(slots=True)
class Line:
    words: list[Word]
    #: a paragraph or block break precedes this line
    new_paragraph: bool = False

    @property
    def top(self) -> float:
        return min(w.top for w in self.words)

    @property
    def bottom(self) -> float:
        return max(w.bottom for w in self.words)

    @property
    def height(self) -> float:
        return median(w.bottom - w.top for w in self.words)


def group_lines(words: Iterable[Word], tolerance: float = 0.5) -> list[Line]:
    """Group words into lines by vertical overlap (words sorted top to bottom, then left to
    right). ``tolerance`` is the share of a word's height its centre may lie off the line."""
    lines: list[Line] = []
    for w in sorted(words, key=lambda w: (round(w.top, 1), w.x0)):
        centre = (w.top + w.bottom) / 2
        for line in reversed(lines[-3:]):
            slack = tolerance * (w.bottom - w.top) / 2
            if line.top - slack <= centre <= line.bottom + slack:
                line.words.append(w)
                break
        else:
            lines.append(Line([w]))
    for line in lines:
        line.words.sort(key=lambda w: w.x0)
    lines.sort(key=lambda ln: ln.top)
    return lines


def segments(line: Line, min_gap: float) -> list[list[Word]]:
    """Split a line where the horizontal gap between two words exceeds ``min_gap``."""
    out: list[list[Word]] = [[line.words[0]]]
    for prev, w in pairwise(line.words):
        if w.x0 - prev.x1 > min_gap:
            out.append([w])
        else:
            out[-1].append(w)
    return out


def _text(seg: Sequence[Word]) -> str:
    return " ".join(w.text for w in seg)


def order_lines(lines: Sequence[Line], page_width: float, gap_em: float = 2.0) -> list[str]:
    """Text lines in reading order; two-column bands come out left column first.

    A band starts at a line split by a wide gap (more than ``gap_em`` times the text height)
    whose gutter lies in the middle 70 % of the page, and goes on while lines are split at an
    overlapping gutter or lie wholly on one side of it. A line that crosses the gutter, one
    centred on the page (a title), or a wide vertical gap ends the band. Lines with several
    wide gaps that form no band (table rows) keep their cells separated by tabs. A blank line
    marks a paragraph break.
    """
    if not lines:
        return []
    em = median(ln.height for ln in lines) or 1.0
    min_gap = gap_em * em
    segs = [segments(ln, min_gap) for ln in lines]
    centre = page_width / 2
    out: list[str] = []

    def emit(text: str, new_paragraph: bool) -> None:
        if new_paragraph and out and out[-1] != "":
            out.append("")
        out.append(text)

    i = 0
    while i < len(lines):
        s = segs[i]
        gutter = (s[0][-1].x1, s[1][0].x0) if len(s) == 2 else None
        if gutter is None or not (0.15 * page_width < (gutter[0] + gutter[1]) / 2 < 0.85 * page_width):
            emit("\t".join(_text(x) for x in s), lines[i].new_paragraph)
            i += 1
            continue
        left: list[str] = [_text(s[0])]
        right: list[str] = [_text(s[1])]
        lo, hi = gutter
        j = i + 1
        while j < len(lines):
            sj = segs[j]
            if lines[j].top - lines[j - 1].bottom > 4 * em:
                break
            if len(sj) == 2 and sj[0][-1].x1 < hi and sj[1][0].x0 > lo:
                lo, hi = max(lo, sj[0][-1].x1), min(hi, sj[1][0].x0)
                left.append(_text(sj[0]))
                right.append(_text(sj[1]))
            elif len(sj) == 1:
                x0, x1 = sj[0][0].x0, sj[0][-1].x1
                if abs((x0 + x1) / 2 - centre) < 0.04 * page_width:
                    break
                if x1 <= hi:
                    left.append(_text(sj[0]))
                elif x0 >= lo:
                    right.append(_text(sj[0]))
                else:
                    break
            else:
                break
            j += 1
        emit(left[0], lines[i].new_paragraph)
        out.extend(left[1:])
        out.extend(right)
        i = j
    return out


# -- tables -----------------------------------------------------------------------------------
_DECORATION = re.compile(r"\s*([-_=–—*]{3,})\s*")
_LIST_IN_CELL = re.compile(r"(?<=[:;,.]) +(?=- \S)")


_BREAK_TAG = re.compile(r"<br\s*/?>")


def cell_lines(cell: str) -> list[str]:
    """A table cell as lines: decoration runs (``-------``) and dash lists on their own lines."""
    # each substitution only where its text can occur (most cells hold no tag, list or rule)
    if "<" in cell:
        cell = _BREAK_TAG.sub("\n", cell)
    if " - " in cell:
        cell = _LIST_IN_CELL.sub("\n", cell)
    if "-" in cell or "_" in cell or "=" in cell or "–" in cell or "—" in cell or "*" in cell:
        cell = _DECORATION.sub(lambda m: "\n" + m.group(1) + "\n", cell)
    return [ln.strip() for ln in cell.split("\n") if ln.strip()]


def table_lines(rows: Sequence[Sequence[str]]) -> list[str]:
    """A table as text lines. Layout tables (at most two columns and three rows: the
    two-column header, the Nơi nhận/signature block) are read column by column, as the eye
    reads them; data tables row by row with cells separated by tabs."""
    rows = [r for r in rows if any(c.strip() for c in r)]
    if not rows:
        return []
    ncols = max(len(r) for r in rows)
    if ncols <= 2 and len(rows) <= 3:
        out: list[str] = []
        for c in range(ncols):
            for r in rows:
                if c < len(r):
                    out.extend(cell_lines(r[c]))
        return out
    return ["\t".join(" ".join(cell_lines(c)) for c in r) for r in rows]

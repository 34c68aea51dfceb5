"""Where the rows of a borderless table on a scan part: the gap between printed lines above which
a line starts a row, learnt from the table's own lines.

A row's cells are a run of lines spaced by the type's line gap; rows are parted by the cells'
padding, so the gaps of a table are of two kinds. Which line starts a row is read from the
table's evidence, in this order:

* a ref column whose refs sit on the first line of their rows (the gaps above ref lines are
  clearly wider than the others): a line with a ref starts a row, the threshold is between the
  two kinds of gap;
* else, when the gaps are clearly of two kinds, the rows are the *bands* of lines parted by the
  wider gaps. Cells need not be top-aligned then: a vertically centred ref, date or status
  cell sits inside its band, not on its first line;
* else every line with text in most columns starts a row.

Only the table's own lines teach the gaps: up to its last line with text in two columns or
more (a heading or a paragraph read after the table says nothing of its rows), and not a line
of one phrase across the columns (a sub-heading). With thin padding the wider gaps are barely
wider (a point at 9 pt), so a jump counts when it is a fifth of a line, or a tenth of a line
and three times the spread of the gaps below it (the wrapped lines of cells are spaced alike).

Usage::

    split = row_split(lines, most=3, has_ref=True)
    new_row = line.gap > split.threshold if split.bands else ...
"""

from __future__ import annotations

import itertools
import statistics
from collections.abc import Sequence
from dataclasses import dataclass

CLEAR_SHARE = 0.2  # of a line's height: a jump between gaps this wide parts two kinds of gap
FINE_SHARE = 0.1  # a narrower jump counts when it is this wide and ...
FINE_SPREAD = 3.0  # ... this many times the spread of the gaps below it


@dataclass(frozen=True)
class TableLine:
    """What the split needs of one body line of a table."""

    gap: float  # to the line above (inf for the first)
    height: float
    cells: int  # columns holding text on this line
    phrase: bool  # one phrase across the columns' gutters (a sub-heading, a heading, prose)
    ref: bool = False  # a ref opens on this line (not the wrapped end of the ref above)


@dataclass(frozen=True)
class RowSplit:
    """The gap above which a line may start a row, and whether the rows are simply the bands of
    lines that gap parts (else a line starts a row by its ref, or by filling most columns)."""

    threshold: float
    bands: bool = False


def clear_jumps(gaps: Sequence[float], height: float) -> list[float]:
    """The middles of the jumps between the sorted ``gaps`` that part two kinds of gap (see the
    module's note), the widest first; none when the gaps are of one kind."""
    ordered = sorted(gaps)
    found: list[tuple[float, float]] = []
    for index, (a, b) in enumerate(itertools.pairwise(ordered)):
        size, middle = b - a, (a + b) / 2
        below = ordered[: index + 1]
        spread = below[-1] - below[0]
        if size >= height * CLEAR_SHARE or (
            len(below) >= 2 and size >= max(height * FINE_SHARE, spread * FINE_SPREAD)
        ):
            found.append((size, middle))
    return [middle for _, middle in sorted(found, reverse=True)]


def clear_jump(gaps: Sequence[float], height: float) -> float | None:
    """The middle of the widest jump between the sorted ``gaps`` when it parts two kinds of gap
    (see the module's note); None when they are of one kind."""
    ordered = sorted(gaps)
    jumps = [(b - a, (a + b) / 2) for a, b in itertools.pairwise(ordered)]
    if not jumps:
        return None
    widest = max(jumps)[1]
    return widest if widest in clear_jumps(ordered, height) else None


def _taught(lines: Sequence[TableLine]) -> list[TableLine]:
    """The lines whose gap teaches the split: the table's own, up to its last line with text
    in two columns or more, less lines of one phrase across the columns."""
    last = max((i for i, ln in enumerate(lines) if ln.cells >= 2), default=len(lines) - 1)
    return [ln for ln in lines[1 : last + 1] if not ln.phrase and ln.gap != float("inf")]


def row_split(lines: Sequence[TableLine], most: int, has_ref: bool) -> RowSplit:
    """How the rows of a table part (see the module's note); ``most``: the cells a line fills
    to start a row on its own."""
    taught = _taught(lines)
    if not taught:
        return RowSplit(0.0)
    height = statistics.median(ln.height for ln in lines)
    if has_ref:
        row = [ln.gap for ln in taught if ln.ref]
        inner = [ln.gap for ln in taught if not ln.ref]
        if row and inner:
            row_gap, inner_gap = statistics.median(row), statistics.median(inner)
            if row_gap - inner_gap >= height * FINE_SHARE:  # refs open their rows
                return RowSplit((row_gap + inner_gap) / 2)
            # a centred ref: the rows are the bands of the widest clear jump that gives one
            # ref a band
            for middle in clear_jumps([ln.gap for ln in taught], height):
                if _one_ref_a_band(lines, middle):
                    return RowSplit(middle, bands=True)
            return RowSplit((row_gap + inner_gap) / 2)
    candidates = [ln.gap for ln in taught if ln.cells >= most]
    gaps = candidates if len(candidates) >= 2 else [ln.gap for ln in taught]
    widest = clear_jump(gaps, height)
    if widest is None:
        return RowSplit(min(gaps) - 0.1)  # one kind of gap: every full line starts a row
    return RowSplit(widest)


def _one_ref_a_band(lines: Sequence[TableLine], threshold: float) -> bool:
    """Whether the bands of lines parted by gaps over ``threshold`` each hold one ref (a
    centred ref column): the bands are the rows then."""
    counts: list[int] = []
    for line in lines:
        if line.phrase and line.cells <= 1 and line.gap > threshold:
            counts.append(-1)  # a sub-heading or prose: no row
            continue
        if not counts or line.gap > threshold:
            counts.append(0)
        if line.ref:
            counts[-1] += 1
    rows = [c for c in counts if c >= 0]
    return len(rows) >= 2 and sum(1 for c in rows if c == 1) >= len(rows) * 0.8

"""Rows of a borderless table told by the column that opens each of them.

When cell padding is thin, the gap between two rows is barely wider than the gap between the
wrapped lines of one cell, so rows run together into one band of lines. The table's own
evidence still parts them: one column (a ref such as 'DM02' or 'NTCA-01', or a date) opens a
cell on every row, and that cell's first line sits level with the first lines of the row's other
cells. A cell *opens* where the line above it in its column is further away than a wrapped line
(or there is none). The cut is offered to the caller, which keeps it only when both rows read
as rows (their cells aligned).

Usage::

    anchor = anchor_column(bands, line_gap, text_of)
    tops = anchor_cuts(band, line_gap, anchor, text_of)
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol, TypeVar

from ingest.columns import looks_like_ref
from ingest.dates import parse_dates

WRAP_SLACK = 1.2  # a wrapped line of a cell is at most this much further than the line gap
SAME_CELL_SLACK = 0.25  # wrapped lines of one cell are spaced the line gap apart, give or take
TOP_TOLERANCE = 1.0  # first lines of one row's cells start this close (points)
ANCHOR_SHARE = 0.8  # of a column's opening cells that must read as refs or dates
ANCHOR_WORDS = 4  # a date cell is a short phrase ('31 March 2024', 'Jul-23 (was Mar-23)')


class CellLine(Protocol):
    """One line of one cell: its column and vertical extent."""

    column: int
    top: float
    bottom: float


C = TypeVar("C", bound=CellLine)


def openings(cells: Sequence[C], gap: float) -> list[list[C]]:
    """The cells of a band, each as its lines, in order of their first line: a line opens a new
    cell when the line above it in its column is further than a wrapped line's gap."""
    found: list[list[C]] = []
    last: dict[int, list[C]] = {}
    for cell in sorted(cells, key=lambda c: (c.top, c.column)):
        current = last.get(cell.column)
        if current is not None and cell.top - current[-1].bottom <= gap + WRAP_SLACK:
            current.append(cell)
            continue
        last[cell.column] = [cell]
        found.append(last[cell.column])
    return found


def opens_row(text: str) -> bool:
    """A cell that can open a row: a ref ('DM02', 'NTCA-01', '2.1') or a short date."""
    text = " ".join(text.split())
    if not text:
        return False
    first = text.split()[0]
    if looks_like_ref(text) or looks_like_ref(first.rstrip(".:")):
        return True
    return len(text.split()) <= ANCHOR_WORDS and bool(parse_dates(text))


def anchor_column(
    bands: Sequence[Sequence[C]], gap: float, text: Callable[[list[C]], str]
) -> int | None:
    """The leftmost column whose opening cells read as refs or dates, in two bands or more and
    at least :data:`ANCHOR_SHARE` of its openings; ``None`` when no column does."""
    seen: dict[int, list[bool]] = {}
    for band in bands:
        for cell in openings(band, gap):
            seen.setdefault(cell[0].column, []).append(opens_row(text(cell)))
    for column in sorted(seen):
        marks = seen[column]
        if sum(marks) >= 2 and sum(marks) >= ANCHOR_SHARE * len(marks):
            return column
    return None


def anchor_cuts(
    band: Sequence[C], gap: float, anchor: int, text: Callable[[list[C]], str]
) -> list[float]:
    """Tops at which ``band`` holds a further row: an opening cell of the anchor column that
    reads as a ref or date, level with an opening cell of another column."""
    cells = openings(band, gap)
    if not cells:
        return []
    first_top = cells[0][0].top
    starts = [c for c in cells if c[0].column == anchor and c[0].top > first_top + TOP_TOLERANCE]
    cuts = []
    for cell in starts:
        top = cell[0].top
        level = any(
            other[0].column != anchor and abs(other[0].top - top) <= TOP_TOLERANCE
            for other in cells
        )
        if level and opens_row(text(cell)) and not _splits_a_cell(band, top, gap):
            cuts.append(top - TOP_TOLERANCE)
    return cuts


def _splits_a_cell(band: Sequence[C], top: float, gap: float) -> bool:
    """Whether a cut at ``top`` parts two lines of one column spaced exactly as wrapped lines
    are: rows are parted by padding too, however thin, so a true cut never does."""
    for column in {c.column for c in band}:
        above = [c for c in band if c.column == column and c.top < top - TOP_TOLERANCE]
        below = [c for c in band if c.column == column and c.top >= top - TOP_TOLERANCE]
        if above and below:
            space = min(c.top for c in below) - max(c.bottom for c in above)
            if space <= gap + SAME_CELL_SLACK:
                return True
    return False

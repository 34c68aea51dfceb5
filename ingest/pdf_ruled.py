"""Tables drawn with ruling lines, as pdfplumber's line-based finder sees them.

:func:`is_rule` tells a rule from shading (a filled band wide both ways is not a cell border);
:func:`open_row_ends` closes a row a page break leaves open; :class:`RuledTable` holds each
cell's box, words and fill, and :func:`ruled_blocks` turns it into header, body and
sub-heading blocks, merged cells repeated down and given once across.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from ingest.cleaning import clean_text
from ingest.model import Block, BlockKind
from ingest.pdf_rows import _join_lines
from ingest.pdf_words import Word, group_lines
from ingest.rag_fills import with_rag

SHADING_MIN = 2.0  # a filled rectangle thicker than this both ways is shading, not a rule


def open_row_ends(edges: Iterable[dict[str, object]]) -> list[float]:
    """Where the line-based finder needs a horizontal rule it cannot see: a row cut by the
    page break has no rule on its open side, so it is closed where the column rules end. Only
    where no horizontal rule lies (within a point): a full-width line at every end of a column
    rule would cut a cell merged down (a rowspan) wherever the rules of its neighbours end."""
    vertical: set[float] = set()
    horizontal: list[float] = []
    for edge in edges:
        if edge.get("orientation") == "v":
            vertical.update(
                round(float(value), 1)
                for value in (edge.get("top"), edge.get("bottom"))
                if isinstance(value, int | float)
            )
        elif (
            edge.get("orientation") == "h"
            and isinstance(top := edge.get("top"), int | float)
            and isinstance(x0 := edge.get("x0"), int | float)
            and isinstance(x1 := edge.get("x1"), int | float)
            and x1 - x0 > SHADING_MIN  # not the end of a thin rule drawn as a rectangle
        ):
            horizontal.append(float(top))
    horizontal.sort()
    return sorted(y for y in vertical if not any(abs(y - h) <= 1.0 for h in horizontal))


def is_rule(obj: dict[str, object]) -> bool:
    """Whether a drawn object can be a table rule, for the line-based table finder: a line, a
    curve, a stroked rectangle or a thin filled one. A filled rectangle that is wide both ways
    is shading (a header band, a zebra stripe, a sub-heading bar): its edges are not cell
    borders, so a table with shading and no rules is read as a borderless one. Other objects
    (characters, images) are kept."""
    if obj.get("object_type") != "rect" or obj.get("stroke"):
        return True
    width, height = obj.get("width", 0.0), obj.get("height", 0.0)
    if not isinstance(width, int | float) or not isinstance(height, int | float):
        return True
    return min(float(width), float(height)) <= SHADING_MIN


Box = tuple[float, float, float, float]  # x0, top, x1, bottom


@dataclass
class RuledTable:
    """A table drawn with ruling lines, as pdfplumber's line-based finder saw it: per row, per
    column, the bounding box of the cell that starts there (None where a merged cell covers
    it), the words inside that cell and the colour it is filled with."""

    top: float
    bottom: float
    cells: list[list[Box | None]]
    words: list[list[list[Word]]]
    # per row, per column: the hex colour a cell that starts there is filled with, or None
    fills: list[list[str | None]] = field(default_factory=list)


def _cell_text(words: list[Word], body_size: float, counts: Counter[str]) -> str:
    if not words:
        return ""
    lines = group_lines(words, body_size)
    return clean_text(
        _join_lines(
            [ln.words for ln in lines],
            [ln.top for ln in lines],
            [ln.bottom for ln in lines],
            counts,
        )
    )


def _origins(table: RuledTable) -> list[list[tuple[int, int]]]:
    """For every grid position, the (row, column) of the cell that covers it."""
    rows, cols = len(table.cells), max((len(r) for r in table.cells), default=0)
    owner: list[list[tuple[int, int] | None]] = [[None] * cols for _ in range(rows)]
    col_x = [
        min((box[0] for r in table.cells if c < len(r) and (box := r[c]) is not None), default=0.0)
        for c in range(cols)
    ]
    row_y = [min((b[1] for b in r if b is not None), default=float("inf")) for r in table.cells]
    for r, row in enumerate(table.cells):
        for c, box in enumerate(row):
            if box is None:
                continue
            x1, bottom = box[2], box[3]
            c_end = c + 1
            while c_end < cols and col_x[c_end] < x1 - 1.0:
                c_end += 1
            r_end = r + 1
            while r_end < rows and row_y[r_end] < bottom - 1.0:
                r_end += 1
            for rr in range(r, r_end):
                for cc in range(c, c_end):
                    if owner[rr][cc] is None:
                        owner[rr][cc] = (r, c)
    out: list[list[tuple[int, int]]] = []
    for r in range(rows):
        row_out: list[tuple[int, int]] = []
        for c in range(cols):
            found = owner[r][c]
            if found is None:  # an uncovered slot: the cell to its left, else a cell of its own
                found = row_out[-1] if row_out else (r, c)
            row_out.append(found)
        out.append(row_out)
    return out


def ruled_blocks(
    table: RuledTable, body_size: float, counts: Counter[str], header: tuple[str, ...] | None
) -> tuple[list[Block], tuple[str, ...] | None]:
    """Blocks of one ruled table: a combined header row (``header_hint``; "Target date" over
    "Original | Revised" gives "Target date Original", "Target date Revised"), body rows (a
    value merged down is repeated in every row it covers, one merged across is given once; a
    row that repeats the header is marked as a header), and a HEADING for a row that is one
    cell across the whole table (a sub-heading), followed by the header again so that the
    rows under it are read with their columns. ``header`` is the header of the table this one
    continues (previous page); the header in force is returned."""
    rows, cols = len(table.cells), max((len(r) for r in table.cells), default=0)
    if not rows or not cols:
        return [], header
    origin = _origins(table)
    texts: dict[tuple[int, int], str] = {}

    def text(r: int, c: int) -> str:
        key = origin[r][c]
        if key not in texts:
            kr, kc = key
            words = table.words[kr][kc] if kc < len(table.words[kr]) else []
            texts[key] = _cell_text(words, body_size, counts)
        return texts[key]

    def full_width(r: int) -> bool:
        return cols > 1 and len({origin[r][c] for c in range(cols)}) == 1

    def bold(r: int) -> bool:
        words = [
            w
            for c in range(cols)
            if origin[r][c] == (r, c) and c < len(table.words[r])
            for w in table.words[r][c]
            if not w.symbol
        ]
        return bool(words) and all(w.bold for w in words)

    def labels(r: int) -> bool:
        values = [text(r, c) for c in range(cols) if origin[r][c] == (r, c)]
        filled = [v for v in values if v]
        return len(filled) >= 2 and all(
            len(v.split()) <= 5 and not re.search(r"\d", v) for v in filled
        )

    blocks: list[Block] = []
    start = 0
    while start < rows and full_width(start):  # a title row over the table
        if text(start, 0):
            blocks.append(Block(BlockKind.HEADING, text=text(start, 0)))
        start += 1
    end = start
    while end < rows and end - start < 4 and bold(end) and not full_width(end):
        end += 1
    if end == start and start + 1 < rows and header is None and labels(start):
        end = start + 1  # no bold type (a scan): a first row of short labels is the header
    if end > start:  # header rows: also those a header cell spans down into
        spanned = [r for r in range(end, rows) for c in range(cols) if origin[r][c][0] < end]
        end = max([end, *(r + 1 for r in spanned)])
        parts: list[list[str]] = [[] for _ in range(cols)]
        for c in range(cols):
            seen: set[tuple[int, int]] = set()
            for r in range(start, end):
                key = origin[r][c]
                if key in seen:
                    continue
                seen.add(key)
                value = text(r, c)
                if value and (not parts[c] or parts[c][-1] != value):
                    parts[c].append(value)
        combined = tuple(" ".join(p) for p in parts)
        if header is None or normalise_key(combined) != normalise_key(header):
            header = combined
        pending = combined
    else:
        pending = None
    for r in range(end, rows):
        if full_width(r):
            if text(r, 0):
                if pending is not None and not blocks_have_rows(blocks):
                    # a sub-heading straight under the header: the header first, so that the
                    # sub-heading is the first rows' category, as between rows, not the
                    # table's title
                    blocks.append(Block(BlockKind.ROW, cells=pending, header_hint=True))
                blocks.append(Block(BlockKind.HEADING, text=text(r, 0)))
                pending = header  # the rows below the sub-heading still have the table's header
            continue
        cells = []
        for c in range(cols):
            kr, kc = origin[r][c]
            if kc != c:
                cells.append("")  # merged across: once, at its start
                continue
            fills = table.fills[kr] if kr < len(table.fills) else []
            # a status shown by the cell's fill colour is read as its word ('Red')
            cells.append(with_rag(text(r, c), fills[kc] if kc < len(fills) else None))
        row = tuple(cells)
        if not any(row):
            continue
        if pending is not None:  # the header goes just before the first row under it
            blocks.append(Block(BlockKind.ROW, cells=pending, header_hint=True))
            pending = None
        is_header = header is not None and normalise_key(row) == normalise_key(header)
        blocks.append(Block(BlockKind.ROW, cells=row, header_hint=is_header))
    return blocks, header


def blocks_have_rows(blocks: Sequence[Block]) -> bool:
    """Whether any table row (header or body) is among ``blocks``."""
    return any(block.kind is BlockKind.ROW for block in blocks)


def normalise_key(cells: Sequence[str]) -> tuple[str, ...]:
    return tuple(" ".join(c.lower().split()) for c in cells)

"""Tables with merged cells (Word, Excel, HTML, Markdown) read onto a grid and turned into blocks.

:func:`place_spans` puts each cell on the grid (a value merged down repeated in every row it
covers, one merged across given to its first column); :func:`grid_blocks` combines the leading
header rows into one header (a spanning label given to each column under it), marks a row
merged across the table as a sub-heading (a HEADING, then the header again), and
:func:`with_rag_fills` reads a cell's red/amber/green fill as a status.
"""

from __future__ import annotations

import bisect
import itertools
import re
from typing import NamedTuple

from ingest.cards import names_a_record
from ingest.model import Block, BlockKind
from ingest.rag_fills import rag_colour, rag_word
from ingest.vocabulary import has_sentence_end

# A loader emits a sub-heading row inside a table as a HEADING block, then the table's header
# row again (marked header_hint, as a header repeated at a page break is). ingest.tables takes
# the same header after a heading as more of the same table under that sub-heading; without it,
# a first row of short cells (no refs) could be taken for the header of a new table.
REPEAT_HEADER_AFTER_SUBHEADING = True
_SHORT_HEADER_WORDS = 10
_SHORT_HEADER_CHARS = 80


class GridCell(NamedTuple):
    """One grid position of a table: its text, and the top-left position of the (merged) cell
    that covers it, so a merged cell is the same ``origin`` at every position it spans."""

    text: str
    origin: tuple[int, int]
    bold: bool = False
    fill: str | None = None  # the cell's fill colour (hex RGB), when it has one


SpanCell = tuple[str, int, int, bool, str | None]  # text, rowspan, colspan, bold, fill


MAX_GRID_COLUMNS = 200  # columns of a table beyond this are left out
_MAX_SPAN_STEPS = 2_000_000  # grid positions spans may visit; beyond, a span is one cell


def place_spans(rows: list[list[SpanCell]]) -> list[list[GridCell]]:
    """A grid from rows of ``(text, rowspan, colspan, bold, fill)`` cells, as HTML writes them:
    a cell spanning rows takes its place in the rows below, which start after it. Bounded:
    at most :data:`MAX_GRID_COLUMNS` columns, and overlapping spans stop spanning once they
    have visited :data:`_MAX_SPAN_STEPS` positions."""
    grid: list[dict[int, GridCell]] = [{} for _ in rows]
    budget = _MAX_SPAN_STEPS
    for row_index, cells in enumerate(rows):
        column = 0
        for text, rowspan, colspan, bold, fill in cells:
            while column in grid[row_index]:
                column += 1
            if column >= MAX_GRID_COLUMNS:
                break
            cell = GridCell(text, (row_index, column), bold, fill)
            rowspan = max(1, min(rowspan, len(rows) - row_index))
            colspan = max(1, min(colspan, MAX_GRID_COLUMNS - column))
            if rowspan * colspan > budget:
                rowspan = colspan = 1
            budget -= rowspan * colspan
            for r in range(row_index, row_index + rowspan):
                for c in range(column, column + colspan):
                    grid[r].setdefault(c, cell)
            column += colspan
    width = max((max(row) + 1 for row in grid if row), default=0)
    return [
        [row.get(c) or GridCell("", (r, c)) for c in range(width)] for r, row in enumerate(grid)
    ]


def _short_label(text: str) -> bool:
    text = text.strip()
    return (
        bool(text)
        and len(text) <= _SHORT_HEADER_CHARS
        and len(text.split()) <= _SHORT_HEADER_WORDS
        and not has_sentence_end(text)
        and not re.fullmatch(r"[\d.,/:\- ]+", text)
    )


def _spans_columns(grid: list[list[GridCell]], row: int, column: int) -> bool:
    cell = grid[row][column]
    return any(
        grid[row][c].origin == cell.origin
        for c in (column - 1, column + 1)
        if 0 <= c < len(grid[row])
    )


def header_depth(grid: list[list[GridCell]], known: int) -> int:
    """How many rows at the top of ``grid`` are its header: ``known`` (from the file's own
    markup), or one when the first row is short labels with a cell merged across columns; then
    each following row of short labels standing only under merged header cells or empty header
    columns ('Target date' over 'Original | Revised') is a header row too."""
    if not grid:
        return 0
    depth = known
    if depth == 0:
        first = grid[0]
        texts = [cell.text for cell in first if cell.text.strip()]
        full_width = len({cell.origin for cell in first}) == 1
        if (
            not full_width
            and len(texts) >= 2
            and all(_short_label(t) for t in texts)
            and any(_spans_columns(grid, 0, c) for c in range(len(first)))
        ):
            depth = 1
    if depth == 0:
        return 0
    while depth < min(len(grid) - 1, 4):
        row = grid[depth]
        filled = [c for c, cell in enumerate(row) if cell.text.strip() and cell.origin[0] == depth]
        if not filled or not all(_short_label(row[c].text) for c in filled):
            break
        if not all(_under_label(grid, depth, c, filled) for c in filled):
            break
        depth += 1
    return depth


def _under_label(grid: list[list[GridCell]], row: int, column: int, filled: list[int]) -> bool:
    """Whether a label of a second header row stands under a label of the row above that spans
    it: a merged cell, an empty one, or one whose right-hand neighbour is empty ('Target date'
    over 'Original', nothing over 'Revised')."""
    above = grid[row - 1]
    if _spans_columns(grid, row - 1, column) or not above[column].text.strip():
        return True
    return column + 1 in filled and not above[column + 1].text.strip()


def header_cells(grid: list[list[GridCell]], depth: int) -> tuple[str, ...]:
    """The header rows combined into one: per column, the texts of the header cells above it
    top to bottom, a merged cell counted once ('Target date' + 'Original')."""
    rows = [list(row) for row in grid[:depth]]
    for upper, lower in itertools.pairwise(rows):
        # an unmerged label over two labels of the row below spans them: 'Target date' over
        # 'Original' and, its right-hand cell empty, over 'Revised'
        for c in range(1, len(upper)):
            left = upper[c - 1]
            if (
                not upper[c].text.strip()
                and left.text.strip()
                and lower[c].text.strip()
                and lower[c - 1].text.strip()
            ):
                upper[c] = left
    out: list[str] = []
    for column in range(len(rows[0]) if rows else 0):
        parts: list[str] = []
        seen: set[tuple[int, int]] = set()
        for row in rows:
            cell = row[column]
            if cell.origin in seen or not cell.text.strip():
                continue
            seen.add(cell.origin)
            parts.append(" ".join(cell.text.split()))
        out.append(" ".join(parts))
    return tuple(out)


def subheading_text(grid: list[list[GridCell]], row: int) -> str | None:
    """The text of a sub-heading row inside a table: one cell merged across the full width, or
    only the first cell filled and bold, in a table of three or more columns."""
    cells = grid[row]
    if len(cells) < 2:
        return None
    first = cells[0]
    text = " ".join(first.text.split())
    if not text or first.origin[0] != row:
        return None
    if all(cell.origin == first.origin for cell in cells):
        return text
    if (
        len(cells) >= 3
        and first.bold
        and len(text.split()) <= 12
        and not any(cell.text.strip() for cell in cells[1:])
    ):
        return text
    return None


def _keep_rows(grid: list[list[GridCell]], kept: list[int]) -> list[list[GridCell]]:
    """The rows ``kept`` (sorted) of ``grid``, each merged cell's origin moved to the first kept
    row it covers."""
    if len(kept) == len(grid):
        return grid
    new_index = {old: new for new, old in enumerate(kept)}

    def moved(cell: GridCell) -> GridCell:
        at = bisect.bisect_left(kept, cell.origin[0])
        row = new_index[kept[at]] if at < len(kept) else 0
        return GridCell(cell.text, (row, cell.origin[1]), cell.bold, cell.fill)

    return [[moved(cell) for cell in grid[r]] for r in kept]


def _full_width(row: list[GridCell]) -> bool:
    return len(row) >= 2 and len({cell.origin for cell in row}) == 1


def _key_value(grid: list[list[GridCell]]) -> bool:
    """A table of two columns, a short label and its value on each row ('Committee' | 'Audit
    and Risk Committee', 'Date of meeting' | '4 November 2020'): the facts of a cover page,
    not rows of a register."""
    if not grid or len(grid[0]) != 2:
        return False
    labels = [row[0].text.strip() for row in grid]
    return all(
        label
        and len(label) <= 40
        and len(label.split()) <= 4
        and "\n" not in label
        and not re.search(r"\d|[.;!?]$", label)
        for label in labels
    )


def grid_blocks(grid: list[list[GridCell]], header_rows: int = 0) -> list[Block]:
    """Blocks for one table: its header rows combined into one row marked ``header_hint``; each
    body row one ROW with one cell per column (a cell merged down repeats in every row it spans,
    one merged across fills its first column); a sub-heading row a HEADING. A row merged across
    the whole table above its header is the table's title: a HEADING too."""
    kept = [r for r, row in enumerate(grid) if any(cell.text.strip() for cell in row)]
    if not kept:
        return []
    grid = _keep_rows(grid, kept)
    if len(grid[0]) == 1:  # one column: a box around text, not a table of rows
        return [
            Block(BlockKind.PARAGRAPH, text=row[0].text)
            for index, row in enumerate(grid)
            if row[0].origin[0] == index
        ]
    titles: list[Block] = []
    while len(grid) > 1 and _full_width(grid[0]) and not _full_width(grid[1]):
        titles.append(Block(BlockKind.HEADING, text=" ".join(grid[0][0].text.split())))
        grid = _keep_rows(grid, list(range(1, len(grid))))
        header_rows = max(0, header_rows - 1)
    if header_rows == 0 and _key_value(grid):
        labels = tuple(row[0].text.strip() for row in grid)
        if names_a_record(list(labels)):  # a record card: its labels are a header
            values = tuple(row[1].text if row[1].origin != row[0].origin else "" for row in grid)
            card = Block(BlockKind.ROW, cells=labels, header_hint=True)
            return [*titles, card, Block(BlockKind.ROW, cells=values)]
        return titles + [
            Block(BlockKind.PARAGRAPH, text=f"{row[0].text.strip()}: {row[1].text.strip()}")
            if row[1].text.strip() and row[1].origin != row[0].origin
            else Block(BlockKind.PARAGRAPH, text=row[0].text.strip())
            for row in grid
        ]
    depth = header_depth(grid, min(header_rows, len(grid)))
    # a sub-heading straight under the header is not more header
    depth = next((i for i in range(1, depth) if _full_width(grid[i])), depth)
    blocks: list[Block] = titles
    header: Block | None = None
    if depth:
        header = Block(BlockKind.ROW, cells=header_cells(grid, depth), header_hint=True)
        blocks.append(header)
    for index in range(depth, len(grid)):
        heading = subheading_text(grid, index)
        if heading is not None:
            blocks.append(Block(BlockKind.HEADING, text=heading))
            if header is not None and REPEAT_HEADER_AFTER_SUBHEADING:
                blocks.append(header)
            continue
        cells = tuple(
            cell.text if cell.origin[1] == column else "" for column, cell in enumerate(grid[index])
        )
        cells = with_rag_fills(cells, grid[index], header.cells if header else ())
        if any(cells):
            blocks.append(Block(BlockKind.ROW, cells=cells, bounded=True))
    return blocks


# --- cell fill colours that mean a status ---------------------------------------------------

_STATUS_HEADER = re.compile(r"\b(status|rag|rating|progress|position|assurance)\b", re.I)


def with_rag_fills(
    cells: tuple[str, ...], grid_row: list[GridCell], header: tuple[str, ...]
) -> tuple[str, ...]:
    """A body row's cells with the status their fill colours show, as words the status reader
    reads: a cell filled red, amber, green or blue that is empty or holds only a short status
    gets the colour word on a line of its own ('Green', 'On track' + newline + 'Green'). A fill
    across most of the row is the row's status: its word goes into the status column (found by
    its header), if there is one."""
    words = [
        rag_colour(cell.fill) if cell.origin[1] == c else None for c, cell in enumerate(grid_row)
    ]
    if not any(words):
        return cells
    out = list(cells)
    counts: dict[str, int] = {}
    for word in words:
        if word:
            counts[word] = counts.get(word, 0) + 1
    row_word = next((w for w, n in counts.items() if n >= 2 and n * 2 >= len(cells)), None)
    if row_word is not None:
        status = next((c for c, h in enumerate(header) if _STATUS_HEADER.search(h)), None)
        if status is not None and status < len(out):
            out[status] = rag_word(out[status], row_word) or out[status]
        return tuple(out)
    for c, word in enumerate(words):
        if word:
            out[c] = rag_word(out[c], word) or out[c]
    return tuple(out)

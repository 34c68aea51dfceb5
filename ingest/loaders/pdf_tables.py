"""Tables drawn with ruling lines on a PDF page, with their words and the colours of their cells.

pdfplumber's line-based finder gives each table's cell boxes (shading is not a rule, and a row
a page break leaves open is closed where the column rules end); :func:`fill_tables` puts each
word into the cell nearest its centre (scanned pages' words too). :class:`Backdrops` knows
what colour lies behind any box of the page, so :func:`cell_fills` reads a cell's fill (a
RAG status) and the text loader can tell text drawn in its background's colour.
"""

from __future__ import annotations

from typing import Any

from ingest.loaders.visibility import BLACK, RGB, WHITE, hex_rgb
from ingest.pdf_ruled import Box, RuledTable, is_rule, open_row_ends
from ingest.pdf_words import Word


def _rgb(color: Any) -> RGB | None:
    """A pdfplumber colour (grey, RGB or CMYK tuple) as RGB; None for patterns and the like."""
    if color is None:
        return BLACK  # the initial fill colour of a PDF graphics state
    if isinstance(color, int | float):
        color = (color,)
    if not isinstance(color, tuple | list) or not color:
        return None
    try:
        values = [min(1.0, max(0.0, float(v))) for v in color]
    except (TypeError, ValueError):
        return None  # a pattern or named colour space: leave it
    if len(values) == 1:
        return (values[0], values[0], values[0])
    if len(values) == 3:
        return (values[0], values[1], values[2])
    if len(values) == 4:
        c, m, y, k = values
        return ((1 - c) * (1 - k), (1 - m) * (1 - k), (1 - y) * (1 - k))
    return None


FILL_COVER = 0.6  # a fill covering this share of a cell colours the cell
FILL_SPREAD = 2.0  # one larger than this many cells is a band behind the table, not the cell's


class Backdrops:
    """Filled rectangles of a page (cell shading, boxes), to find the colour behind a word and
    the colour a table's cell is filled with.

    Text is compared with the last filled rectangle (in drawing order) under its centre, else
    with the white page: white text on a dark header cell is read, black text on a black box is
    not. Rectangles are bucketed by height on the page so that shaded tables stay fast.
    """

    _BAND = 50.0

    def __init__(self, rects: list[dict[str, Any]]) -> None:
        self._rects: list[tuple[float, float, float, float, RGB]] = []
        self._bands: dict[int, list[int]] = {}
        for rect in rects:
            if not rect.get("fill"):
                continue
            rgb = _rgb(rect.get("non_stroking_color"))
            if rgb is None:
                continue
            box = (float(rect["x0"]), float(rect["x1"]), float(rect["top"]), float(rect["bottom"]))
            index = len(self._rects)
            self._rects.append((*box, rgb))
            for band in range(int(box[2] // self._BAND), int(box[3] // self._BAND) + 1):
                self._bands.setdefault(band, []).append(index)

    def behind(self, x0: float, x1: float, top: float, bottom: float) -> RGB:
        """The colour behind a word's box: the last rectangle that covers its horizontal
        centre and most of its height (a strike-through or underline rule does not count)."""
        x = (x0 + x1) / 2
        margin = (bottom - top) * 0.2
        for index in reversed(self._bands.get(int(((top + bottom) / 2) // self._BAND), [])):
            left, right, r_top, r_bottom, rgb = self._rects[index]
            if left <= x <= right and r_top <= top + margin and r_bottom >= bottom - margin:
                return rgb
        return WHITE

    def fill_of(self, cell: Box) -> RGB | None:
        """The colour ``cell`` is filled with: the last rectangle drawn over most of it
        (``FILL_COVER``) and not much larger (``FILL_SPREAD``: a header band or a page
        background is not a cell's fill); None when there is none. Such a rectangle covers the
        cell's vertical centre, so only that band is searched."""
        x0, top, x1, bottom = cell
        area = (x1 - x0) * (bottom - top)
        if area <= 0:
            return None
        for index in reversed(self._bands.get(int(((top + bottom) / 2) // self._BAND), [])):
            left, right, r_top, r_bottom, rgb = self._rects[index]
            width = min(right, x1) - max(left, x0)
            height = min(r_bottom, bottom) - max(r_top, top)
            covers = width > 0 and height > 0 and width * height >= FILL_COVER * area
            if covers and (right - left) * (r_bottom - r_top) <= FILL_SPREAD * area:
                return rgb
        return None


_LINE_TABLES = {"vertical_strategy": "lines", "horizontal_strategy": "lines"}


def _ruled_tables(
    page: Any, words: list[Word], backdrops: Backdrops
) -> tuple[list[Word], list[RuledTable]]:
    """The tables drawn with ruling lines on a page (pdfplumber's line-based finder), each
    with its words per cell; and the words outside them. A box around one cell or one column
    is not a table."""
    if not (page.rects or page.lines):
        return words, []
    page = page.filter(is_rule)  # shading (header bands, zebra stripes) is not a rule
    ends = open_row_ends(page.edges)  # rows cut by the page break (see pdf_layout)
    settings = {**_LINE_TABLES, "explicit_horizontal_lines": ends}
    found = [
        t for t in page.find_tables(settings) if t.rows and max(len(r.cells) for r in t.rows) >= 2
    ]
    if not found:
        return words, []
    grids = [
        (
            float(t.bbox[1]),
            float(t.bbox[3]),
            [[None if c is None else _box(c) for c in row.cells] for row in t.rows],
        )
        for t in found
    ]
    free, tables = fill_tables(words, grids)
    for table in tables:
        table.fills = cell_fills(table.cells, backdrops)  # shading: read before the filter
    return free, tables


def cell_fills(cells: list[list[Box | None]], backdrops: Backdrops) -> list[list[str | None]]:
    """The hex colour each cell of a ruled table is filled with (:meth:`Backdrops.fill_of`);
    None where there is none."""
    out: list[list[str | None]] = []
    for row in cells:
        fills = [None if cell is None else backdrops.fill_of(cell) for cell in row]
        out.append([None if rgb is None else hex_rgb(rgb) for rgb in fills])
    return out


def _box(cell: Any) -> Box:
    x0, top, x1, bottom = (float(v) for v in cell)
    return (x0, top, x1, bottom)


def fill_tables(
    words: list[Word], grids: list[tuple[float, float, list[list[Box | None]]]]
) -> tuple[list[Word], list[RuledTable]]:
    """Put each word inside a table's box into the cell nearest its centre; return the words
    outside every table and the tables with their words."""
    tables: list[RuledTable] = []
    claimed: set[int] = set()
    for top, bottom, cells in grids:
        boxes = [b for row in cells for b in row if b is not None]
        if not boxes:
            continue
        x0, x1 = min(b[0] for b in boxes), max(b[2] for b in boxes)
        cell_words: list[list[list[Word]]] = [[[] for _ in row] for row in cells]
        for index, word in enumerate(words):
            if index in claimed:
                continue
            cx, cy = (word.x0 + word.x1) / 2, (word.top + word.bottom) / 2
            if not (x0 - 1 <= cx <= x1 + 1 and top - 1 <= cy <= bottom + 1):
                continue
            claimed.add(index)
            best: tuple[float, int, int] | None = None
            for r, row in enumerate(cells):
                for c, box in enumerate(row):
                    if box is None:
                        continue
                    dx = max(box[0] - cx, 0.0, cx - box[2])
                    dy = max(box[1] - cy, 0.0, cy - box[3])
                    if best is None or dx + dy < best[0]:
                        best = (dx + dy, r, c)
            if best is not None:
                cell_words[best[1]][best[2]].append(word)
        tables.append(RuledTable(top, bottom, cells, cell_words))
    free = [w for i, w in enumerate(words) if i not in claimed]
    return free, tables

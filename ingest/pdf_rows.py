"""The rows of a borderless PDF table, and the text of their cells.

Lines of one cell are about one line-gap apart, rows further apart: :func:`line_gap` and
:func:`row_gap` measure both over the whole table, and :func:`segment_rows` keeps the finest
cut in which every row has its cells centred on one line (or top-aligned where a page break
cuts it). :func:`row_cells` joins each cell's lines, mending words broken at a line end.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Iterable, Sequence

from ingest.cleaning import clean_text
from ingest.pdf_columns import _CellLine
from ingest.pdf_words import CENTRE_TOLERANCE, Line, Word, join_words
from ingest.row_anchors import anchor_cuts

LINE_TOP_TOLERANCE = 1.0  # cells of one printed line start this close (points)


def one_line_rows(cells: Sequence[_CellLine]) -> bool:
    """Whether every printed line of a table region is a row of its own: the region has three
    columns or more and each line holds a cell in its first column and in at least half of its
    columns. A wrapped cell's later lines hold only the columns that wrap, so a region with any
    wrapped cell fails the test."""
    columns = {c.column for c in cells}
    if len(columns) < 3:
        return False
    first = min(columns)
    lines: list[list[_CellLine]] = []
    for cell in sorted(cells, key=lambda c: c.top):
        if lines and cell.top - lines[-1][0].top <= LINE_TOP_TOLERANCE:
            lines[-1].append(cell)
        else:
            lines.append([cell])
    if len(lines) < 3:
        return False
    return all(
        any(c.column == first for c in line) and 2 * len({c.column for c in line}) >= len(columns)
        for line in lines
    )


def line_gap(regions: Iterable[Iterable[_CellLine]]) -> float:
    """The usual gap between wrapped lines of one cell: the smallest gap seen three times or more.

    Gaps are measured within each region (a table's part on one page): lines of two pages
    sorted together would interleave and show gaps no page has.
    (The most common gap would be wrong: in tables of one-line rows it is the gap between rows.)
    A region whose rows are all one line (:func:`one_line_rows`) shows only gaps between rows:
    they are left out, and when no other region shows a wrapped line the gap returned is well
    under the smallest of them, so that each of those lines is a row.
    """
    gaps: Counter[float] = Counter()
    row_gaps: list[float] = []
    for region in regions:
        cells = list(region)
        measured = row_gaps if one_line_rows(cells) else None
        last_in_column: dict[int, _CellLine] = {}
        for cell in sorted(cells, key=lambda c: (c.column, c.top)):
            previous = last_in_column.get(cell.column)
            if previous is not None and cell.top >= previous.bottom:
                if measured is None:
                    gaps[round((cell.top - previous.bottom) * 2) / 2] += 1
                else:
                    measured.append(cell.top - previous.bottom)
            last_in_column[cell.column] = cell
    frequent = [gap for gap, count in gaps.items() if count >= 3]
    if frequent:
        return min(frequent)
    return min(row_gaps) - 2.0 if row_gaps else 1.5


def _bands(cells: list[_CellLine], gap: float) -> list[list[_CellLine]]:
    """Group cell lines closer than a row gap: in-cell line breaks never separate rows."""
    threshold = gap + 1.2
    bands: list[list[_CellLine]] = []
    bottom = float("-inf")
    for cell in cells:
        if bands and cell.top <= bottom + threshold:
            bands[-1].append(cell)
            bottom = max(bottom, cell.bottom)
        else:
            bands.append([cell])
            bottom = cell.bottom
    return bands


def _misalignment(cells: Sequence[_CellLine]) -> float:
    """How far the worst cell is from sitting at the row's top, bottom or middle (points)."""
    extent: dict[int, tuple[float, float]] = {}
    for cell in cells:
        top, bottom = extent.get(cell.column, (cell.top, cell.bottom))
        extent[cell.column] = (min(top, cell.top), max(bottom, cell.bottom))
    if len(extent) < 2:
        return 0.0
    row_top = min(top for top, _ in extent.values())
    row_bottom = max(bottom for _, bottom in extent.values())
    row_centre = (row_top + row_bottom) / 2
    return max(
        min(abs(top - row_top), abs(bottom - row_bottom), abs((top + bottom) / 2 - row_centre))
        for top, bottom in extent.values()
    )


def _opening_text(lines: list[_CellLine]) -> str:
    """The text of a cell's lines, a line broken after a hyphen joined ('NTCA-' + '01')."""
    text = ""
    for line in lines:
        part = join_words(line.words)
        text += part if not text or text.endswith("-") else " " + part
    return text


def _anchored_bands(bands: list[list[_CellLine]], gap: float, anchor: int) -> list[list[_CellLine]]:
    """Bands cut where the anchor column opens a further row (:mod:`ingest.row_anchors`), when
    every part has its cells aligned as a row's are."""
    out: list[list[_CellLine]] = []
    for band in bands:
        cuts = anchor_cuts(band, gap, anchor, _opening_text)
        bounds = [float("-inf"), *cuts, float("inf")]
        pieces = [
            [c for c in band if low <= c.top < high] for low, high in itertools.pairwise(bounds)
        ]
        pieces = [piece for piece in pieces if piece]
        if len(pieces) > 1 and all(_misalignment(p) <= CENTRE_TOLERANCE for p in pieces):
            out.extend(pieces)
        else:
            out.append(band)
    return out


def _band_gaps(bands: list[list[_CellLine]]) -> list[float]:
    gaps = []
    bottom = float("-inf")
    for index, band in enumerate(bands):
        top = min(c.top for c in band)
        if index:
            gaps.append(top - bottom)
        bottom = max(bottom, max(c.bottom for c in band))
    return gaps


def row_gap(regions_bands: Iterable[list[list[_CellLine]]]) -> float:
    """The usual gap between two rows (cell padding): the most common gap between bands."""
    counts: Counter[float] = Counter()
    for bands in regions_bands:
        counts.update(round(g * 2) / 2 for g in _band_gaps(bands))
    return counts.most_common(1)[0][0] if counts else 4.0


def segment_rows(bands: list[list[_CellLine]], usual_row_gap: float) -> list[list[_CellLine]]:
    """Split bands into rows.

    A gap about the size of the cell padding always separates rows. A larger gap is either a
    paragraph break inside a cell or a row boundary with paragraph margins; there the split
    whose rows have their cells best aligned (top, middle or bottom) wins, finer splits first.
    """
    count = len(bands)
    gaps = _band_gaps(bands)
    forced = [gap <= usual_row_gap + 2.5 for gap in gaps]
    best = [float("inf")] * (count + 1)
    previous = [0] * (count + 1)
    best[0] = 0.0
    for end in range(1, count + 1):
        for start in range(end - 1, -1, -1):
            if start < end - 1 and forced[start]:
                break  # a segment never spans a certain row boundary
            if best[start] == float("inf"):
                continue
            members = [c for band in bands[start:end] for c in band]
            cost = max(0.0, _misalignment(members) - CENTRE_TOLERANCE) - 0.01
            if best[start] + cost < best[end]:
                best[end] = best[start] + cost
                previous[end] = start
    rows: list[list[_CellLine]] = []
    end = count
    while end > 0:
        start = previous[end]
        rows.append([c for band in bands[start:end] for c in band])
        end = start
    return rows[::-1]


def _broken_word(previous: str, text: str, words: Counter[str]) -> bool:
    """'Performance/Direc' + 'tor': a word the layout broke without a hyphen."""
    tail = re.split(r"[\s/]", previous)[-1].lower()
    head = re.split(r"[\s/.,;:]", text)[0].lower()
    if not tail.isalpha() or not head.isalpha():
        return False
    return words[tail + head] >= 2 and words[tail] <= 1 and words[head] <= 1


_CODE_SLASH_END = re.compile(r"[0-9A-Z]/$")
_CODE_START = re.compile(r"[0-9A-Z]")


def _join_lines(
    lines: list[list[Word]], tops: list[float], bottoms: list[float], words: Counter[str]
) -> str:
    """Join the lines of one cell: wrapped lines with a space, paragraphs with a line break."""
    parts: list[str] = []
    for index, line_words in enumerate(lines):
        text = join_words(line_words)
        if index == 0:
            parts.append(text)
            continue
        gap = tops[index] - bottoms[index - 1]
        height = bottoms[index - 1] - tops[index - 1]
        previous = parts[-1]
        hyphenated = previous.endswith("-") and not previous.endswith(" -")
        # a code or date broken after a slash ('IA-2023/' + '24-07', 'IA/' + '19/02') had no
        # space; between words ('improvement/' + 'director') a space may have been the break
        slashed = bool(_CODE_SLASH_END.search(previous)) and bool(_CODE_START.match(text))
        if gap > height * 0.6 or text.startswith("•"):
            parts.append("\n" + text)
        elif hyphenated or slashed or _broken_word(previous, text, words):
            parts.append(text)
        else:
            parts.append(" " + text)
    return "".join(parts)


def row_cells(cells: list[_CellLine], column_count: int, words: Counter[str]) -> tuple[str, ...]:
    by_column: dict[int, list[_CellLine]] = {}
    for cell in cells:
        by_column.setdefault(cell.column, []).append(cell)
    texts = []
    for column in range(column_count):
        members = sorted(by_column.get(column, []), key=lambda c: c.top)
        raw = _join_lines(
            [c.words for c in members], [c.top for c in members], [c.bottom for c in members], words
        )
        texts.append(clean_text(raw))
    return tuple(texts)


def _paragraph_text(lines: list[Line], words: Counter[str]) -> str:
    return clean_text(
        _join_lines(
            [ln.words for ln in lines], [ln.top for ln in lines], [ln.bottom for ln in lines], words
        )
    )

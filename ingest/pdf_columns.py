"""The columns of a borderless PDF table, from the gaps in its words' horizontal coverage.

:func:`column_layout` finds the columns across all regions (pages) of a table, so a column
empty on one page keeps its place; :func:`join_split_columns` joins a column the gaps cut in
two; :func:`_cell_lines` assigns each line's words to the columns.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass

from ingest.pdf_words import Line, Region, Word, word_space


def column_layout(regions: Sequence[Region]) -> list[tuple[float, float]]:
    """Columns are the runs of the horizontal coverage of every word of a table. A word of a
    header line with another header line under it ('Target date' over 'Original | Revised')
    may span several columns: it counts only where no other word is."""
    spans = sorted(
        (w.x0, w.x1)
        for region in regions
        for line in region.header[-1:] + region.body
        for w in line.words
    )
    upper = [(w.x0, w.x1) for region in regions for line in region.header[:-1] for w in line.words]
    spans = sorted(
        spans + [(a, b) for a, b in upper if not any(x0 < b and x1 > a for x0, x1 in spans)]
    )
    columns: list[tuple[float, float]] = []
    for x0, x1 in spans:
        if columns and x0 <= columns[-1][1] + 1.0:
            columns[-1] = (columns[-1][0], max(columns[-1][1], x1))
        else:
            columns.append((x0, x1))
    return columns


def join_split_columns(
    regions: Sequence[Region], columns: list[tuple[float, float]], body_size: float
) -> list[tuple[float, float]]:
    """Columns with the gaps that lie inside a cell closed: a gap that every line crossing it
    crosses within a word space ('31/03/2024 now' over '30/09/2024': dates of one width leave
    a clear gap before the word after them, in every row). A gutter between two columns is cell
    padding on both sides, wider than a word space on every line. A column whose every line
    reaches it within a word space is closed too, however few those lines are."""
    if len(columns) < 2:
        return columns
    lines = [line for region in regions for line in region.header + region.body]
    space = word_space(lines, body_size)
    near = [0] * (len(columns) - 1)
    far = [0] * (len(columns) - 1)
    lines_in = [0] * len(columns)  # how many lines have a word in each column
    for line in lines:
        for column in {_column_of(w, columns) for w in line.words}:
            lines_in[column] += 1
        ordered = sorted(line.words, key=lambda w: w.x0)
        for left, right in itertools.pairwise(ordered):
            column = _column_of(left, columns)
            if _column_of(right, columns) != column + 1 or column + 1 >= len(columns):
                continue
            threshold = max(space, min(left.size, right.size) * 0.32) * 1.2
            if right.x0 - left.x1 <= threshold:
                near[column] += 1
            else:
                far[column] += 1
    out = [columns[0]]
    for gap, span in enumerate(columns[1:]):
        # a sliver only ever reached within a word space ('risk' that ran one word past
        # the cell's usual edge on one line) is that cell's too
        sliver = near[gap] == lines_in[gap + 1] >= 1
        if (near[gap] >= 2 or sliver) and not far[gap]:
            out[-1] = (out[-1][0], max(out[-1][1], span[1]))
        else:
            out.append(span)
    return out


def _column_of(word: Word, columns: list[tuple[float, float]]) -> int:
    for index, (x0, x1) in enumerate(columns):
        if x0 - 0.5 <= word.x0 <= x1:
            return index
    return min(range(len(columns)), key=lambda i: abs(columns[i][0] - word.x0))


@dataclass
class _CellLine:
    column: int
    top: float
    bottom: float
    words: list[Word]


def _cell_lines(lines: list[Line], columns: list[tuple[float, float]]) -> list[_CellLine]:
    out: list[_CellLine] = []
    for line in lines:
        by_column: dict[int, list[Word]] = {}
        for word in line.words:
            by_column.setdefault(_column_of(word, columns), []).append(word)
        for column, words in by_column.items():
            text_words = [w for w in words if not w.symbol] or words
            out.append(
                _CellLine(
                    column,
                    min(w.top for w in text_words),
                    max(w.bottom for w in text_words),
                    words,
                )
            )
    return sorted(out, key=lambda c: (c.top, c.column))

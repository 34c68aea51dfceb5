"""The gap between a cell's wrapped lines is measured page by page (ingest.pdf_rows.line_gap):
a borderless table running over two pages, whose second page sits a little lower, must not
have its lines interleaved into gaps no cell has, or every printed line becomes a row. A
table whose rows are all one line shows only gaps between rows: each of its lines is a row."""

from __future__ import annotations

from ingest.pdf_columns import _CellLine
from ingest.pdf_rows import _bands, line_gap, one_line_rows

HEIGHT = 9.5


def _lines(tops: list[float], column: int = 0) -> list[_CellLine]:
    return [_CellLine(column, top, top + HEIGHT, []) for top in tops]


# two rows of three wrapped lines a page (2 pt between a cell's lines, 7.5 pt between rows);
# page two's lines start 10 pt lower, so sorted together they sit 0.5 pt from page one's
PAGE_ONE = _lines([100.0, 111.5, 123.0, 140.0, 151.5, 163.0])
PAGE_TWO = _lines([110.0, 121.5, 133.0, 150.0, 161.5, 173.0])


def test_gap_is_measured_within_each_page() -> None:
    assert line_gap([PAGE_ONE, PAGE_TWO]) == 2.0


def test_wrapped_lines_stay_one_row_with_the_measured_gap() -> None:
    gap = line_gap([PAGE_ONE, PAGE_TWO])
    assert len(_bands(PAGE_ONE, gap)) == 2
    assert len(_bands(PAGE_TWO, gap)) == 2


def test_one_page_alone_gives_the_same_gap() -> None:
    assert line_gap([PAGE_ONE]) == line_gap([PAGE_TWO]) == 2.0


def _table(tops: list[float], columns: tuple[int, ...] = (0, 1, 2, 3)) -> list[_CellLine]:
    return [_CellLine(column, top, top + HEIGHT, []) for top in tops for column in columns]


# a borderless table whose cells all fit on one line: rows 7.8 pt apart, nothing wrapped
ONE_LINE_ROWS = _table([200.0, 217.3, 234.6, 251.9, 269.2])


def test_a_table_of_one_line_rows_has_every_line_a_row() -> None:
    assert one_line_rows(ONE_LINE_ROWS)
    gap = line_gap([ONE_LINE_ROWS])
    assert len(_bands(ONE_LINE_ROWS, gap)) == 5


def test_a_wrapped_cell_keeps_its_lines_in_one_row() -> None:
    # the second column of each row wraps onto a line of its own, 2 pt below
    wrapped = [
        *_table([100.0, 140.0, 180.0]),
        *_table([111.5, 151.5, 191.5], columns=(1,)),
    ]
    assert not one_line_rows(wrapped)
    gap = line_gap([wrapped])
    assert gap == 2.0
    assert len(_bands(sorted(wrapped, key=lambda c: (c.top, c.column)), gap)) == 3


def test_a_wrapped_table_elsewhere_gives_the_gap_of_its_lines() -> None:
    wrapped = [*_table([100.0, 140.0, 180.0]), *_table([111.5, 151.5, 191.5], columns=(1,))]
    assert line_gap([ONE_LINE_ROWS, wrapped]) == 2.0

"""The gap between a cell's wrapped lines is measured page by page (ingest.pdf_layout.line_gap):
a borderless table running over two pages, whose second page sits a little lower, must not
have its lines interleaved into gaps no cell has, or every printed line becomes a row."""

from __future__ import annotations

from ingest.pdf_layout import _bands, _CellLine, line_gap

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

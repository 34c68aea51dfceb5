"""Where a borderless PDF table ends and where its columns are (ingest.pdf_layout): a bold
line in larger type than the header after the table's last row is a heading that ends it (the
prose under it is no row), and a word that ran a little past its cell's usual edge on one line
is that cell's, not a column of its own."""

from __future__ import annotations

from ingest.pdf_columns import column_layout, join_split_columns
from ingest.pdf_layout import _split_items
from ingest.pdf_words import Line, Region, Word


def _line(top: float, *cells: tuple[float, str], size: float = 9.5, bold: bool = False) -> Line:
    words = []
    for x0, text in cells:
        x = x0
        for token in text.split():
            width = 5.0 * len(token)
            words.append(Word(token, x, x + width, top, top + size, bold=bold, size=size))
            x += width + 2.5
    return Line(words)


HEADER = _line(
    100.0, (40.0, "Ref"), (90.0, "Action"), (300.0, "Owner"), (400.0, "Status"), bold=True
)


def test_a_larger_bold_line_after_the_rows_is_a_heading_not_a_sub_heading() -> None:
    lines = [
        HEADER,
        _line(115.0, (40.0, "A1"), (90.0, "Publish the plan"), (300.0, "Clerk"), (400.0, "Open")),
        _line(140.0, (40.0, "Recommendation"), size=12.0, bold=True),
        _line(160.0, (40.0, "The Committee is asked to note the report.")),
    ]
    items = _split_items(lines, 9.5)
    kinds = [kind for kind, _ in items]
    assert kinds == ["table", "heading", "paragraph"]
    region = items[0][1]
    assert isinstance(region, Region) and len(region.body) == 1 and not region.subheadings


def test_a_bold_line_in_the_table_type_between_rows_is_still_a_sub_heading() -> None:
    lines = [
        HEADER,
        _line(115.0, (40.0, "A1"), (90.0, "Publish the plan"), (300.0, "Clerk"), (400.0, "Open")),
        _line(130.0, (40.0, "Finance"), bold=True),
        _line(145.0, (40.0, "A2"), (90.0, "Close the accounts"), (300.0, "Clerk"), (400.0, "Open")),
    ]
    region = _split_items(lines, 9.5)[0][1]
    assert isinstance(region, Region) and region.subheadings == [(1, "Finance")]


def test_a_word_past_the_usual_edge_on_one_line_stays_in_its_cell() -> None:
    long_action = _line(130.0, (40.0, "A2"), (300.0, "Clerk"))
    # the action's words; the last, 'risk', starts a word space after 'corporate' and past
    # where the action's words end on every other line
    long_action.words[1:1] = [
        Word("Review", 90.0, 120.0, 130.0, 139.5),
        Word("corporate", 122.5, 200.0, 130.0, 139.5),
        Word("risk", 202.5, 222.5, 130.0, 139.5),
    ]
    body = [
        _line(115.0, (40.0, "A1"), (90.0, "Publish the annual plan"), (300.0, "Clerk")),
        long_action,
        _line(145.0, (40.0, "A3"), (90.0, "Close the old accounts"), (300.0, "Clerk")),
    ]
    region = Region([HEADER], body, False)
    columns = column_layout([region])
    assert (202.5, 222.5) in columns  # the coverage leaves 'risk' apart
    joined = join_split_columns([region], columns, 9.5)
    assert len(joined) == len(columns) - 1
    assert any(x0 == 90.0 and x1 == 222.5 for x0, x1 in joined)


def test_a_second_header_row_under_a_spanning_label_is_part_of_the_header() -> None:
    lines = [
        _line(
            100.0,
            (40.0, "Ref"),
            (90.0, "Action"),
            (300.0, "Target date"),
            (420.0, "Status"),
            bold=True,
        ),
        # apart from the row above by more than a wrapped line, as a table row's padding sets it
        _line(118.0, (300.0, "Original"), (350.0, "Revised"), bold=True),
        _line(
            135.0,
            (40.0, "A1"),
            (90.0, "Publish the plan"),
            (300.0, "Mar-25"),
            (350.0, "Jun-25"),
            (420.0, "Open"),
        ),
        _line(
            150.0, (40.0, "A2"), (90.0, "Close the accounts"), (300.0, "Apr-25"), (420.0, "Done")
        ),
    ]
    items = _split_items(lines, 9.5)
    assert [kind for kind, _ in items] == ["table"]
    region = items[0][1]
    assert isinstance(region, Region) and len(region.header) == 2 and len(region.body) == 2
    # 'Target date' spans the two date columns; it does not join them into one
    columns = column_layout([region])
    assert len(columns) == 5
    assert any(x0 == 300.0 for x0, _ in columns) and any(x0 == 350.0 for x0, _ in columns)

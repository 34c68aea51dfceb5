"""A ruled table on a scanned page whose blocks of rows sit under full-width group-heading
rows is still read as a grid of cells (:func:`ingest.scan_image.grid_tables`): a heading row
is one cell the table's width, and the column rules of a short header row (one line of small
type between the top rule and a heading row: shorter than a rule must run to be found) still
part its cells (:func:`ingest.scan_image.grid_rules`). Before, the whole grid was rejected, the
page was read as sparse text, the rule stubs were read into the header words and the garbled
owner header mapped to no field: every owner was lost.

The grids are drawn here; the scan is dev10's rows under group headings, rendered (chromium),
screenshotted and read by tesseract."""

from __future__ import annotations

import tempfile
from dataclasses import replace
from pathlib import Path

import pytest

from eval.papers.dev10_specs import PAPERS
from eval.papers.spec import Paper, gold_rows
from ingest.extract import extract
from ingest.loaders import LoadLimits, load_document
from ingest.scan_image import DPI, grid_rules, grid_tables
from tests.ingest.test_scan_row_split import _need_tools


def _drawn(header_height: int, headings: tuple[int, ...], rows: int = 6) -> object:
    """A white 300 dpi page with a ruled table of five columns: a header row
    ``header_height`` pixels high, then ``rows`` body rows 90 pixels high; the rows whose
    indexes are in ``headings`` (counted from the first body row) are full-width headings
    (no column rules inside them), with a line of 'text' crossing the column lines."""
    from PIL import Image, ImageDraw

    xs = [100, 400, 900, 1300, 1700, 2200]
    ys = [200, 200 + header_height]
    for _ in range(rows):
        ys.append(ys[-1] + 90)
    image = Image.new("L", (2400, ys[-1] + 200), 255)
    draw = ImageDraw.Draw(image)
    for y in ys:
        draw.line([(xs[0], y), (xs[-1], y)], fill=0, width=3)
    for r in range(len(ys) - 1):
        inner = xs if r - 1 not in headings else [xs[0], xs[-1]]
        for x in inner:
            draw.line([(x, ys[r]), (x, ys[r + 1])], fill=0, width=3)
        if r - 1 in headings:  # a heading's words run across the column lines
            for x in xs[1:-1]:
                draw.line([(x, ys[r] + 25), (x, ys[r] + 60)], fill=0, width=4)
    return image


def _grid(image: object) -> list[int]:
    masks, stubs = grid_rules(image, DPI)
    tables = grid_tables(masks, DPI, stubs)
    assert len(tables) == 1
    return [sum(c is not None for c in row) for row in tables[0][2]]


def test_heading_rows_are_one_cell_and_the_other_rows_keep_their_columns() -> None:
    assert _grid(_drawn(90, (0, 3))) == [5, 1, 5, 5, 1, 5, 5]


def test_a_short_header_row_is_parted_by_its_rule_stubs() -> None:
    """A header 40 pixels high (a fifth of an inch is 60) above a heading row: its column
    rules are stubs, found only as stubs (grid_rules); a letter's stroke inside a heading row (it
    touches neither rule) parts nothing."""
    image = _drawn(40, (0, 2))
    assert _grid(image) == [5, 1, 5, 1, 5, 5, 5]
    assert grid_tables(grid_rules(image, DPI)[0], DPI) == []  # without the stubs: no grid


@pytest.mark.parametrize("headings", [(0, 1), (0, 2, 4)], ids=["adjacent", "outnumbering"])
def test_rows_of_one_cell_adjacent_or_outnumbering_are_no_grid(headings: tuple[int, ...]) -> None:
    """Two one-cell rows together, or more one-cell rows than rows of cells, is no table of
    headings and rows (a boxed block of prose, or rules too broken to trust): words decide."""
    image = _drawn(90, headings, rows=5)
    masks, stubs = grid_rules(image, DPI)
    assert grid_tables(masks, DPI, stubs) == []


def _grouped_scan(size: str, padding: str) -> Paper:
    """dev10's scanned rows under two group headings, ruled, dates revised inline, in
    ``size`` type with ``padding`` round each cell (the header row one line high)."""
    base = PAPERS[3]
    rows = tuple(
        replace(r, category="Income and charges" if k < 4 else "Contracts and assets")
        for k, r in enumerate(base.rows[:7])
    )
    headers = {**base.headers, "owner": "Lead"}
    return replace(
        base,
        fmt="pdf-scan",
        slug="scan_group_headings",
        rows=rows,
        headers=headers,
        borders=True,
        revision="inline",
        date_style="mon-yy",
        extra={"size": size, "padding": padding, "widths": {"owner": "14%", "due": "12%"}},
    )


@pytest.mark.parametrize(
    ("size", "padding"), [("9pt", "2pt 3pt"), ("9.5pt", "3pt 4pt")], ids=["small", "roomy"]
)
def test_a_scanned_ruled_table_under_group_headings_keeps_every_owner(
    size: str, padding: str
) -> None:
    """Every row its own record with its owner, deadline and status (before: every owner
    lost with the small type; with the roomier, the header row and two rows lost too)."""
    from eval.papers.render import write

    _need_tools()
    paper = _grouped_scan(size, padding)
    with tempfile.TemporaryDirectory() as tmp:
        out = write(paper, Path(tmp))
        records = extract(load_document(out, LoadLimits(pdf_in_subprocess=False))).records
    gold = gold_rows(paper)
    assert len(records) == len(gold)
    for record, row in zip(records, gold, strict=True):
        assert record.owner == (row["owner"] or None), (record.ref, record.owner)
        assert str(record.due_date) == row["due_date"]
        assert record.status == row["status"]

"""A borderless table on a scan is parted into its rows by its own gaps (:mod:`ingest.scan_rows`):
with thin cell padding and no ref column (rows barely further apart than the wrapped lines of a
cell), with a heading and a paragraph after the table (their wide gaps say nothing of its rows),
and with a centred ref column (the ref sits inside its row's band, not on its first line).

The rendered scans are dev10's rows screenshotted here (chromium) and read by tesseract; the
split itself is also tested on lines built here."""

from __future__ import annotations

import os
import shutil
import tempfile
from dataclasses import replace
from pathlib import Path

import pytest

from eval.papers.dev10_specs import PAPERS
from eval.papers.spec import Paper, gold_rows
from ingest.extract import extract
from ingest.loaders import LoadLimits, load_document
from ingest.scan_rows import TableLine, clear_jump, row_split


def _need_tools() -> None:
    from eval.papers.render import have_chromium

    if shutil.which("tesseract") is None and not Path("/usr/bin/tesseract").exists():
        if os.environ.get("CI_REQUIRE_TESSERACT"):
            pytest.fail("tesseract is required here (CI_REQUIRE_TESSERACT)")
        pytest.skip("tesseract is not installed (apt-get install tesseract-ocr)")
    if not have_chromium():
        pytest.skip("chromium is not installed (apt-get install chromium)")


def _scan(rows: int, style: str, extra: dict[str, str], *, ref: bool = False) -> Paper:
    """A borderless scan of ``rows`` of dev10's rows, dates revised inline ('X (revised from
    Y)'), with the ref column or without it."""
    base = PAPERS[3]
    headers = {f: h for f, h in base.headers.items() if ref or f != "ref"}
    kept = tuple(r if ref else replace(r, ref=None) for r in base.rows[:rows])
    return replace(
        base,
        fmt="pdf-scan",
        slug="scan_rows",
        rows=kept,
        headers=headers,
        borders=False,
        revision="inline",
        date_style=style,
        extra={"size": "9.5pt", **extra},
    )


def _read(paper: Paper) -> tuple[list, list]:
    from eval.papers.render import write

    _need_tools()
    with tempfile.TemporaryDirectory() as tmp:
        out = write(paper, Path(tmp))
        records = extract(load_document(out, LoadLimits(pdf_in_subprocess=False))).records
    return records, gold_rows(paper)


@pytest.mark.parametrize(
    ("style", "padding"), [("mon-yy", "1pt 4pt"), ("dmy/", "0.5pt 4pt")], ids=["1pt", "half-pt"]
)
def test_thin_padding_without_refs_gives_one_record_a_row(style: str, padding: str) -> None:
    """Rows a point apart, wrapped lines overlapping: one record a row, each with its owner
    and its dates (not every row's strung together in one)."""
    records, gold = _read(_scan(5, style, {"padding": padding}))
    assert len(records) == len(gold)
    for record, row in zip(records, gold, strict=True):
        assert str(record.due_date) == row["due_date"]
        assert (str(record.revised_from_date) if record.revised_from_date else None) == row[
            "revised_from_date"
        ]


def test_centred_cells_with_refs_give_one_record_a_row() -> None:
    """Vertically centred cells: each ref sits in the middle of its row."""
    records, gold = _read(_scan(5, "long", {"valign": "middle"}, ref=True))
    assert len(records) == len(gold)
    assert [str(r.due_date) for r in records] == [g["due_date"] for g in gold]


# --- the split on lines built here ---------------------------------------------------------


def _lines(gaps: list[float], cells: list[int], refs: list[bool] | None = None) -> list[TableLine]:
    refs = refs or [False] * len(cells)
    return [
        TableLine(gap=g, height=8.0, cells=c, phrase=False, ref=r)
        for g, c, r in zip([float("inf"), *gaps], cells, refs, strict=True)
    ]


def test_a_point_between_rows_is_a_clear_jump_when_wrapped_lines_are_alike() -> None:
    within, between = [-0.6, -0.5, -0.7, -0.5, -0.6], [0.5, 1.0, 1.2]
    middle = clear_jump(within + between, 8.0)
    assert middle is not None and -0.5 < middle < 0.5


def test_gaps_of_one_kind_have_no_clear_jump() -> None:
    assert clear_jump([1.0, 1.3, 0.9, 1.2, 1.1], 8.0) is None


def test_a_heading_after_the_table_does_not_move_the_split() -> None:
    """Three rows of three lines (wrapped lines 0.6 pt apart, rows 4 pt), then a heading after
    a 10 pt gap and a paragraph: the split stays between the table's two kinds of gap."""
    gaps = [-0.6, -0.6, 4.0, -0.6, -0.6, 4.0, -0.6, -0.6, 10.0, 3.0]
    cells = [5, 4, 2, 5, 4, 2, 5, 4, 2, 1, 1]
    split = row_split(_lines(gaps, cells), 3, False)
    assert -0.6 < split.threshold < 4.0


def test_a_centred_ref_makes_the_bands_the_rows() -> None:
    """The ref is on each row's second line, so refs do not open rows; the bands parted by the
    wider gaps hold one ref each and are the rows."""
    gaps = [-0.5, -0.5, 3.5, -0.5, -0.5, 3.5, -0.5, -0.5]
    cells = [2, 5, 2, 2, 5, 2, 2, 5, 2]
    refs = [False, True, False] * 3
    split = row_split(_lines(gaps, cells, refs), 3, True)
    assert split.bands and -0.5 < split.threshold < 3.5


def test_refs_on_the_first_line_keep_the_ref_split() -> None:
    gaps = [-0.5, -0.5, 3.5, -0.5, -0.5, 3.5, -0.5, -0.5]
    cells = [5, 2, 2] * 3
    refs = [True, False, False] * 3
    split = row_split(_lines(gaps, cells, refs), 3, True)
    assert not split.bands and -0.5 < split.threshold < 3.5

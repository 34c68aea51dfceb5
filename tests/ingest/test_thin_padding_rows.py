"""Borderless PDF tables in portrait with thin cell padding, where every cell wraps: rows are
parted at the column that opens each of them (:mod:`ingest.row_anchors`), a sub-heading set
tight under the header stays out of it, and a page holding only a cell's last lines still ends
the table at the prose under it.

The rendered papers are development specs printed here (chromium) with long progress notes."""

from __future__ import annotations

import tempfile
from dataclasses import dataclass, replace
from pathlib import Path

import pytest

from eval.papers.dev2_specs import E02
from eval.papers.dev8_specs import X05
from eval.papers.spec import Paper, gold_rows
from ingest.extract import extract
from ingest.loaders import LoadLimits, load_document
from ingest.pdf_labels import _crosses_labels
from ingest.pdf_words import Line, Word
from ingest.row_anchors import anchor_column, anchor_cuts, openings, opens_row

NOTES = (
    "Officers have met the contractor twice and agreed a revised programme of works.",
    "A further review is planned once the new system is live and staff have been trained.",
    "The committee will receive an update at its next meeting with revised figures.",
)


def _printed(paper: Paper, padding: str) -> Paper:
    """``paper`` as a borderless portrait print with thin padding and long progress notes."""
    rows = tuple(
        replace(row, progress=" ".join([row.progress, *NOTES[: 1 + i % 3]]).strip())
        for i, row in enumerate(paper.rows)
    )
    extra = {**paper.extra, "orient": "portrait", "size": "10pt", "padding": padding}
    extra.pop("widths", None)
    return replace(paper, fmt="pdf", borders=False, rows=rows, extra=extra, slug="thin_padding")


def _read_refs(paper: Paper) -> tuple[list[str | None], list[str | None]]:
    from eval.papers.render import have_chromium, to_pdf

    if not have_chromium():
        pytest.skip("chromium is not installed (apt-get install chromium)")
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / paper.filename
        to_pdf(paper, out)
        records = extract(load_document(out, LoadLimits(pdf_in_subprocess=False))).records
    return [r.ref for r in records], [g["ref"] for g in gold_rows(paper)]


def test_rows_packed_under_thin_padding_are_one_record_each() -> None:
    """Half a point of padding: the gap between rows is barely wider than between the wrapped
    lines of a cell, yet each row of refs comes out as one record with its ref."""
    got, gold = _read_refs(_printed(X05, "0.5pt 3pt"))
    assert got == gold


def test_a_subheading_tight_under_the_header_and_prose_after_the_table() -> None:
    """One point of padding: 'Bus franchising' straight under the header is a sub-heading (the
    ref and finding columns stay apart), and the key under the table on a page of only a
    note's last lines is not a table line (the columns of every page stay apart)."""
    got, gold = _read_refs(_printed(E02, "1pt 3pt"))
    assert got == gold


# --- the mechanism on lines built here ------------------------------------------------------


@dataclass
class _Cell:
    column: int
    top: float
    bottom: float
    text: str


def _text(lines: list[_Cell]) -> str:
    return " ".join(line.text for line in lines)


def _row(top: float, ref: str, lines: int, *, owner: str = "Head of Finance") -> list[_Cell]:
    """A top-aligned row: the ref and owner one line each, a note of ``lines`` wrapped lines
    (10 pt type, 1.5 pt between lines)."""
    cells = [_Cell(0, top, top + 10, ref), _Cell(1, top, top + 10, owner)]
    cells += [_Cell(2, top + i * 11.5, top + i * 11.5 + 10, f"note {i}") for i in range(lines)]
    return cells


@pytest.mark.parametrize("ref", ["DM02", "NTCA-01", "2.1", "31/03/2024"])
def test_a_ref_or_date_opens_a_row(ref: str) -> None:
    assert opens_row(ref)


@pytest.mark.parametrize("text", ["Head of Finance", "The logger has not been calibrated"])
def test_words_do_not_open_a_row(text: str) -> None:
    assert not opens_row(text)


def test_rows_two_points_apart_are_cut_at_their_refs() -> None:
    first = _row(100, "A-01", 4)
    second = _row(first[-1].bottom + 2.0, "A-02", 3)  # padding: 2 pt against 1.5 in a cell
    third = _row(second[-1].bottom + 2.0, "A-03", 2)
    band = first + second + third
    assert anchor_column([band], 1.5, _text) == 0
    assert anchor_cuts(band, 1.5, 0, _text) == [second[0].top - 1.0, third[0].top - 1.0]


def test_a_wrapped_ref_is_one_opening() -> None:
    band = [_Cell(0, 100, 110, "NTCA-"), _Cell(0, 111.5, 121.5, "01"), _Cell(1, 100, 110, "x")]
    assert [_text(cell) for cell in openings(band, 1.5)] == ["NTCA- 01", "x"]


def test_no_cut_inside_a_cell_that_runs_past_the_next_ref() -> None:
    """A centred ref level with short cells, while a note's wrapped lines run across it at the
    line gap: the cut would part one cell, so the rows are left to the alignment reading."""
    band = [_Cell(2, 100 + i * 11.5, 110 + i * 11.5, f"note {i}") for i in range(6)]
    band += [_Cell(0, 134.5, 144.5, "R5"), _Cell(1, 134.5, 144.5, "High")]
    assert anchor_cuts(band, 1.5, 0, _text) == []


def test_a_column_of_words_is_no_anchor() -> None:
    bands = [_row(100, "Finance", 2), _row(200, "Estates", 2)]
    assert anchor_column(bands, 1.5, _text) is None


# --- a sub-heading set tight under the header -----------------------------------------------


def _line(*spans: tuple[float, float, str]) -> Line:
    return Line([Word(text, x0, x1, 50, 59, bold=True) for x0, x1, text in spans])


def test_a_phrase_across_a_gutter_of_the_labels_is_no_header_line() -> None:
    labels = _line((43, 70, "Action"), (84, 108, "Audit"), (111, 140, "finding"))
    assert _crosses_labels(_line((43, 60, "Bus"), (63, 110, "franchising")), labels, 2.5)
    # a label's wrapped word, even centred and wider than the label above it, stays in its cell
    assert not _crosses_labels(_line((45, 55, "ID")), labels, 2.5)
    assert not _crosses_labels(_line((80, 135, "recommendation")), labels, 2.5)

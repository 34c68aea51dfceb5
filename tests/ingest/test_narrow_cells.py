"""Narrow cells (issue 15, fourth diagnosis): compound refs wrapping in a borderless PDF's first
column, "original ... now ..." revisions wrapping in a narrow date cell, single-digit refs in a
ruled scan's narrow first column, and how many tesseract runs a ruled scan costs.

The rendered inputs are the development papers d16-d18 (chromium prints and screenshots them,
``eval/papers/build.py``); one test renders a paper itself."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from eval.papers.dev_specs import D16, D17, D18
from eval.papers.spec import Paper, gold_rows
from ingest import ocr, scan_image
from ingest.columns import looks_like_ref
from ingest.dates import read_due
from ingest.extract import extract
from ingest.loaders import LoadLimits, load_document
from ingest.pdf_columns import join_split_columns
from ingest.pdf_rows import _join_lines
from ingest.pdf_words import Line, Region, Word

ROOT = Path(__file__).resolve().parents[2]
DEV = ROOT / "data" / "papers" / "dev"


def _gold(paper: Paper) -> list[tuple[str | None, str, str | None]]:
    return [(g["ref"], g["due_date"], g["revised_from_date"]) for g in gold_rows(paper)]


def _read(path: Path) -> list[tuple[str | None, str | None, str | None]]:
    records = extract(load_document(path, LoadLimits(pdf_in_subprocess=False))).records
    return [(r.ref, r.due_date, r.revised_from_date) for r in records]


# --- 1. compound refs, wrapped ---------------------------------------------------------------


@pytest.mark.parametrize(
    "value",
    # a month word as one of the code's letter groups: 'MAR' for marine, 'DEC' for decisions
    [
        *("FIN-PAY-03", "IA-2023/24-07", "IA 2023/24 07", "ICT-SEC-11b", "REC 12 (a)"),
        *("CHT-MAR-01", "FIN-DEC-02", "HR/MAY/3"),
    ],
)
def test_compound_codes_are_refs(value: str) -> None:
    assert looks_like_ref(value)


@pytest.mark.parametrize(
    "value",
    [
        *("FY 2023/24", "Q3 2019/20", "MAR 2024", "AUG-2024", "31/03/2024", "Head of HR"),
        *("Mar-24", "JUN-01"),
    ],
)
def test_dates_and_words_are_not_refs(value: str) -> None:
    assert not looks_like_ref(value)


def test_a_line_broken_after_a_slash_joins_without_a_space() -> None:
    def words(text: str) -> list[Word]:
        return [Word(text, 0, 20, 0, 9)]

    text = _join_lines([words("IA-2023/"), words("24-07")], [0, 10], [9, 19], {})  # type: ignore[arg-type]
    assert text == "IA-2023/24-07"
    spaced = _join_lines([words("Finance /"), words("HR")], [0, 10], [9, 19], {})  # type: ignore[arg-type]
    assert spaced == "Finance / HR"
    # between words the break may have been a space: it stays one
    worded = _join_lines([words("improvement/"), words("director")], [0, 10], [9, 19], {})  # type: ignore[arg-type]
    assert worded == "improvement/ director"


def test_wrapped_compound_refs_in_a_borderless_pdf_start_their_own_records() -> None:
    """d16: 'IA 2023/24 07' over three lines, 'FIN-PAY-03' broken after its hyphen, in rows of
    one short line and rows of long text; every row is one record with its whole ref."""
    assert _read(DEV / D16.filename) == _gold(D16)


# --- 2. "... now ..." in a narrow date cell ----------------------------------------------------


@pytest.mark.parametrize(
    ("cell", "due", "was"),
    [
        ("31/03/2024 now revised to\n30/09/2024", "2024-09-30", "2024-03-31"),
        ("Mar 2024\n(now Sept\n2024)", "2024-09-30", "2024-03-31"),
        ("31/03/2024 (now revised to 30/09/2024)", "2024-09-30", "2024-03-31"),
        ("31/03/\n2024 now\n30/09/\n2024", "2024-09-30", "2024-03-31"),
        ("Original: Mar 2024\nRevised: Sept 2024", "2024-09-30", "2024-03-31"),
        ("31/03/2024 -> 30/09/2024", "2024-09-30", "2024-03-31"),
        ("Sept 2024 (now complete)", "2024-09-30", None),
    ],
)
def test_wrapped_revision_cells_give_both_dates(cell: str, due: str, was: str | None) -> None:
    reading = read_due(cell)
    assert reading.due is not None and reading.due.iso == due
    assert (reading.revised_from.iso if reading.revised_from else None) == was


def _word(text: str, x0: float, top: float) -> Word:
    return Word(text, x0, x0 + 5.0 * len(text), top, top + 9)


def test_a_gap_every_line_crosses_within_a_word_space_is_inside_a_cell() -> None:
    """'31/03/2024 now' over '30/09/2024': the dates, all of one width, leave a gap before
    'now' in every row; it is no gutter, the cell is one column."""
    header = [Line([_word("Ref", 10, 0), _word("Due", 60, 0), _word("Status", 150, 0)])]
    body = []
    for row in range(3):
        top = 20 + row * 30
        body.append(
            Line([_word(f"R{row}", 10, top), _word("31/03/2024", 60, top), _word("now", 113, top)])
        )
        body.append(Line([_word("30/09/2024", 60, top + 10), _word("Open", 150, top)]))
    region = Region(header, body, False)
    columns = [(10.0, 20.0), (60.0, 110.0), (113.0, 128.0), (150.0, 180.0)]
    assert join_split_columns([region], columns, 9.0) == [
        (10.0, 20.0),
        (60.0, 128.0),
        (150.0, 180.0),
    ]


def test_dates_revised_with_now_in_short_landscape_rows() -> None:
    """d18: one-line rows whose date cell wraps after 'now'."""
    assert _read(DEV / D18.filename) == _gold(D18)


def test_a_freshly_printed_borderless_paper_reads_the_same() -> None:
    """The same check on a rendering made here (chromium), in portrait: d18's rows under d16's
    narrow layout, so the date cells wrap over three lines."""
    from eval.papers.render import have_chromium, to_pdf

    if not have_chromium():
        pytest.skip("chromium is not installed (apt-get install chromium)")
    from dataclasses import replace

    paper = replace(D18, slug="narrow_portrait", extra={**D18.extra, "orient": "portrait"})
    with_headers = replace(paper, headers=dict(D16.headers))
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / with_headers.filename
        to_pdf(with_headers, out)
        assert _read(out) == _gold(with_headers)


# --- 3 and 4. single-digit refs in a ruled scan; tesseract runs ------------------------------


def _need_tesseract() -> None:
    if shutil.which("tesseract") is None and not Path("/usr/bin/tesseract").exists():
        if os.environ.get("CI_REQUIRE_TESSERACT"):
            pytest.fail("tesseract is required here (CI_REQUIRE_TESSERACT)")
        pytest.skip("tesseract is not installed (apt-get install tesseract-ocr)")


def test_single_digit_refs_in_small_type_are_read_and_cost_few_tesseract_runs(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """d17, 8 pt: '9' and '5' first read as 'g' and 's' are read again (enlarged, digits only,
    by vote) and come back; the page costs one tesseract run for the text outside the table,
    one per reading mode of the cells and four for the doubtful digits — never one per cell —
    and the page-level run reads none of the table (it is painted out)."""
    _need_tesseract()
    runs: list[str] = []
    real = ocr._tesseract

    def counted(binary: str, source: str, psm: str, *args: object, **kwargs: object) -> str:
        runs.append(psm)
        return real(binary, source, psm, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(ocr, "_tesseract", counted)
    assert _read(DEV / D17.filename) == _gold(D17)
    assert runs[0] == ocr.PSM and runs.count(ocr.PSM) == 1
    assert len(runs) <= 1 + 3 + len(ocr._DIGIT_PSMS)


def test_the_page_level_run_reads_only_what_lies_outside_the_table() -> None:
    _need_tesseract()
    data = (DEV / D17.filename).read_bytes()
    image = scan_image.deskew(scan_image.render_page(data, 0))
    tables = scan_image.grid_tables(scan_image._rule_masks(image, scan_image.DPI, 200))
    assert len(tables) == 1
    x0, y0, x1, y1 = (round(v * scan_image.DPI / 72) for v in scan_image._table_boxes(tables)[0])
    parts = scan_image._outside_tables(image, tables, scan_image.DPI)
    assert parts and all(b[3] <= y0 or b[1] >= y1 or b[2] <= x0 or b[0] >= x1 for b in parts)
    assert any(b[3] <= y0 for b in parts) and any(b[1] >= y1 for b in parts)  # title, closing

"""Borderless tables printed by Chromium in three house styles (tests/fixtures/make_borderless.py:
a dark header band over a zebra-striped body, a grey header band over a plain body, a monospaced
font with a rule under a tinted header; bold sub-heading rows; cells wrapped over several lines;
a row cut by a page break) give one record per row, with its ref, owner, due date, status and
sub-heading (category). Also the pieces: shading is not a rule, a row cut by a page break is
closed without cutting merged cells, monospaced word spaces, OCR'd ordinal days."""

from __future__ import annotations

import importlib.util
import sys
from functools import lru_cache
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from ingest.extract import extract
from ingest.loaders import LoadLimits, load_document
from ingest.model import ActionRecord, BlockKind, ExtractedDocument
from ingest.ocr_words import _fix_ordinal, words_from_tsv
from ingest.pdf_ruled import is_rule, open_row_ends
from ingest.pdf_words import Line, Word, word_space

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures"


def _generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "make_borderless", FIXTURES / "make_borderless.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("make_borderless", module)
    spec.loader.exec_module(module)
    return module


GEN = _generator()
STEMS = [paper.stem for paper in GEN.PAPERS]


@lru_cache(maxsize=4)
def _extract(stem: str) -> ExtractedDocument:
    return extract(
        load_document(FIXTURES / "borderless" / f"{stem}.pdf", LoadLimits(pdf_in_subprocess=False))
    )


def _paper(stem: str) -> Any:
    return next(paper for paper in GEN.PAPERS if paper.stem == stem)


def _by_ref(records: list[ActionRecord]) -> dict[str, ActionRecord]:
    return {r.ref: r for r in records if r.ref}


@pytest.mark.parametrize("stem", STEMS)
def test_one_record_per_row_with_its_fields(stem: str) -> None:
    paper = _paper(stem)
    doc = _extract(stem)
    expected = [(label, row) for label, rows in paper.groups for row in rows]
    found = _by_ref(doc.records)
    assert [r.ref for r in doc.records] == [row.ref for _, row in expected]
    for label, row in expected:
        record = found[row.ref]
        assert record.owner == row.owner, row.ref
        assert record.due_date == row.due_iso, row.ref
        assert record.revised_from_date == row.revised_from_iso, row.ref
        assert record.status == row.status_norm, (row.ref, record.status_text)
        assert record.category == label, row.ref


@pytest.mark.parametrize("stem", STEMS)
def test_the_row_cut_by_the_page_break_is_whole(stem: str) -> None:
    doc = _extract(stem)
    long_rows = [r for r in doc.records if "A revised procedure" in r.model_dump_json()]
    assert len(long_rows) == 1
    text = long_rows[0].model_dump_json()
    assert "of the committee." in text and "first compliance checks" in text


@pytest.mark.parametrize("stem", STEMS)
def test_a_bold_heading_after_the_table_is_not_a_sub_heading(stem: str) -> None:
    loaded = load_document(
        FIXTURES / "borderless" / f"{stem}.pdf", LoadLimits(pdf_in_subprocess=False)
    )
    blocks = [b for page in loaded.pages for b in page.blocks]
    at = next(
        i
        for i, b in enumerate(blocks)
        if b.kind is BlockKind.HEADING and b.text == "Recommendation"
    )
    assert all(b.kind is not BlockKind.ROW for b in blocks[at:])
    assert _extract(stem).records[-1].category != "Recommendation"


def test_shading_is_not_read_as_ruled_cells() -> None:
    """The header band and the zebra stripes are filled boxes, not borders: the table is read
    from word positions, with the header row given once per page and per sub-heading."""
    loaded = load_document(
        FIXTURES / "borderless" / "b01_zebra_sans.pdf", LoadLimits(pdf_in_subprocess=False)
    )
    rows = [b for page in loaded.pages for b in page.blocks if b.kind is BlockKind.ROW]
    headers = [b for b in rows if b.header_hint]
    assert {b.cells for b in headers} == {GEN.B01.header}
    headings = [b.text for page in loaded.pages for b in page.blocks if b.kind is BlockKind.HEADING]
    assert [label for label, _ in GEN.B01.groups] == [
        h for h in headings if h in {label for label, _ in GEN.B01.groups}
    ]


def test_shading_is_not_a_rule_but_thin_boxes_and_strokes_are() -> None:
    band = {"object_type": "rect", "width": 500.0, "height": 17.0, "fill": True, "stroke": False}
    assert not is_rule(band)
    assert is_rule({**band, "height": 0.7})  # a border drawn as a thin filled box
    assert is_rule({**band, "stroke": True})
    assert is_rule({"object_type": "line", "width": 500.0, "height": 0.0})
    assert is_rule({"object_type": "char", "width": 5.0, "height": 9.0})


def _v(x: float, top: float, bottom: float) -> dict[str, object]:
    return {"orientation": "v", "x0": x, "x1": x, "top": top, "bottom": bottom}


def _h(x0: float, x1: float, y: float) -> dict[str, object]:
    return {"orientation": "h", "x0": x0, "x1": x1, "top": y, "bottom": y}


def test_rows_are_closed_at_the_page_break_but_merged_cells_are_not_cut() -> None:
    edges = [
        # column rules of a table: rows 100-140 and 140-180, the middle column merged down
        _v(10, 100, 140),
        _v(10, 140, 180),
        _v(50, 100, 180),
        _v(90, 100, 180),
        _v(130, 100, 140),
        _v(130, 140, 180),
        _h(10, 130, 100),
        _h(10, 50, 140),
        _h(90, 130, 140),
        _h(10, 130, 180),
        # a row cut by the page break at 560: rules end there, no rule across
        _v(10, 180, 560),
        _v(130, 180, 560),
        _h(9.6, 10.4, 560),  # the end of a thin vertical rule, not a rule across
    ]
    assert open_row_ends(edges) == [560.0]


def test_a_monospaced_font_has_wider_word_spaces() -> None:
    def line(gap: float, count: int = 6) -> Line:
        words, x = [], 10.0
        for index in range(count):
            words.append(Word(f"w{index}", x, x + 20.0, 100.0, 108.0, size=8.0))
            x += 20.0 + gap
        return Line(words)

    assert word_space([line(2.5)], 8.0) == pytest.approx(8.0 * 0.32)
    assert word_space([line(4.8)], 8.0) == pytest.approx(4.8)


@pytest.mark.parametrize(
    ("read", "fixed"),
    [
        ("315t", "31st"),
        ("215t", "21st"),
        ("15t", "1st"),
        ("3Oth", "30th"),
        ("3lst,", "31st,"),
        ("31St", "31st"),
        ("22nd", "22nd"),
        ("115t", "115t"),  # not a day
        ("11st", "11st"),  # not how English writes the 11th
        ("R15t", "R15t"),
    ],
)
def test_ocr_misreads_of_ordinal_days_are_fixed(read: str, fixed: str) -> None:
    assert _fix_ordinal(read) == fixed


def test_a_well_formed_date_is_kept_when_ocr_doubts_it() -> None:
    """Tesseract gives '‘31/10/2018' (a speck before the date) a confidence near zero; the
    date is kept, other low-confidence debris is not."""
    from PIL import Image

    head = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext"
    rows = [
        "4\t1\t1\t1\t1\t0\t100\t100\t900\t40\t-1\t",
        "5\t1\t1\t1\t1\t1\t100\t100\t200\t40\t95.0\tProcurement",
        "5\t1\t1\t1\t1\t2\t400\t100\t220\t40\t1.8\t‘31/10/2018",
        "5\t1\t1\t1\t1\t3\t700\t100\t60\t40\t2.0\tEe",
        "5\t1\t1\t1\t1\t4\t800\t100\t80\t40\t90.0\t315t",
    ]
    words, _ = words_from_tsv("\n".join([head, *rows]), Image.new("L", (1200, 300), 255))
    assert [w.text for w in words] == ["Procurement", "31/10/2018", "31st"]


def test_a_header_in_regular_type_starts_a_table() -> None:
    """A header band that is shaded or coloured rather than bold (Word's and Excel's table
    styles) is found by what its labels mean: three or more short cells naming fields."""
    from ingest.model import BlockKind
    from ingest.pdf_labels import labels_line
    from ingest.pdf_layout import layout_pages
    from ingest.pdf_words import Word

    def cells(texts: list[str], top: float, xs: list[float], bold: bool = False) -> list[Word]:
        words = []
        for text, x in zip(texts, xs, strict=True):
            left = x
            for token in text.split():
                words.append(Word(token, left, left + 5 * len(token), top, top + 9, bold=bold))
                left += 5 * len(token) + 2.5
        return words

    xs = [40.0, 90.0, 330.0, 450.0, 520.0]
    header = ["Ref", "Recommendation", "Responsible officer", "Target date", "Status"]
    rows = [
        ["IA-01", "Reconcile the payroll control account", "Head of Payroll", "31/03/2020", "Done"],
        ["IA-02", "Review access to the finance system", "Systems Manager", "30/06/2020", "Open"],
    ]
    words = cells(["Progress", "on", "audit", "recommendations"], 20, [40, 90, 120, 150])
    words += cells(header, 60, xs)
    for index, row in enumerate(rows):
        words += cells(row, 90 + 24 * index, xs)
    blocks = layout_pages([words], 9.0)[0]
    table = [b for b in blocks if b.kind is BlockKind.ROW]
    assert table and table[0].header_hint and table[0].cells[2] == "Responsible officer"
    assert "IA-01" in table[1].cells[0] and "IA-02" in " ".join(b.cells[0] for b in table[1:])
    # prose of short phrases is not a header: its cells name no fields
    from ingest.pdf_words import group_lines

    prose = group_lines(cells(["Members", "Officers", "Guests"], 300, [40, 200, 360]), 9.0)[0]
    assert not labels_line(prose, 9.0 * 0.32)

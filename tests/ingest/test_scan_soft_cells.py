"""A soft scan of small type, ruled (the development paper w04 of dev10, read once by the real
tesseract): every row stays its own record though OCR read its ref with a comma, a slipped
head or a letter for its number ('wP4,2', 'we4.s'), a wrapped owner whose lines the blur
joined reads in its printed order, and a deadline cell whose revision wording OCR misspelt
('{revised trom Aug-25}') still gives the date it was revised from."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.extract import extract
from ingest.loaders import LoadLimits, load_bytes
from tests.ingest.test_scan_borderless import _need_tesseract

ROOT = Path(__file__).resolve().parents[2]
W04 = ROOT / "data" / "papers" / "dev10" / "w04_waste_scan_inline_mon-yy.pdf"


@pytest.fixture(scope="module")
def w04_records() -> list:
    _need_tesseract()
    loaded = load_bytes(W04.read_bytes(), W04.name, LoadLimits(pdf_in_subprocess=False))
    return extract(loaded).records


def test_every_ruled_row_is_its_own_record_with_its_ref(w04_records: list) -> None:
    assert [r.ref for r in w04_records] == [f"WP4.{n}" for n in range(1, 9)]


def test_a_wrapped_owner_reads_in_its_printed_order(w04_records: list) -> None:
    owners = {r.ref: r.owner for r in w04_records}
    assert owners["WP4.5"] == "Operations Manager (Transfer Stations)"


def test_a_revision_whose_wording_ocr_misspelt_keeps_its_earlier_date(w04_records: list) -> None:
    revised = {r.ref: r.revised_from_date for r in w04_records}
    assert str(revised["WP4.2"]) == "2025-08-31"
    assert str(revised["WP4.8"]) == "2025-03-31"

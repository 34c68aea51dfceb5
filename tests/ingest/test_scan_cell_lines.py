"""A ruled scan's cells of two lines are read as two lines even where a descender of the first
touches the capitals of the second (ingest/ocr.py: lines counted against the page's usual line
of ink), so no row loses its first line and no row is joined to the one above; and a compound
ref whose '1' OCR read as 'i' is mended.

The scan is the development paper s03 of dev9 (data/papers/dev9), read once by the real
tesseract."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from ingest.extract import extract
from ingest.loaders import LoadLimits, load_bytes
from ingest.ocr_words import _fix_ref

ROOT = Path(__file__).resolve().parents[2]
S03 = ROOT / "data" / "papers" / "dev9" / "s03_harbour_scan_moved_season.pdf"


@pytest.fixture(scope="module")
def s03_records() -> list:
    if shutil.which("tesseract") is None and not Path("/usr/bin/tesseract").exists():
        if os.environ.get("CI_REQUIRE_TESSERACT"):
            pytest.fail("tesseract is required here (CI_REQUIRE_TESSERACT)")
        pytest.skip("tesseract is not installed (apt-get install tesseract-ocr)")
    loaded = load_bytes(S03.read_bytes(), S03.name, LoadLimits(pdf_in_subprocess=False))
    return extract(loaded).records


def test_two_line_cells_keep_both_lines_and_every_row_is_its_own_record(s03_records: list) -> None:
    assert len(s03_records) == 8
    first = s03_records[0]
    assert (first.title or "").startswith("Pilotage income is not reconciled")
    assert first.owner == "Marine Operations and Safety Manager"
    assert "contract variations were" in (s03_records[1].title or "")
    assert s03_records[6].owner == "Marine Operations and Safety Manager"
    assert "of date" in (s03_records[4].finding or s03_records[4].title or "")


def test_a_compound_refs_i_read_for_one_is_mended_but_words_are_not() -> None:
    assert _fix_ref("HBi/4") == "HB1/4"
    assert _fix_ref("HBl2/3") == "HB12/3"
    assert _fix_ref("Hi") == "Hi" and _fix_ref("AB/3") == "AB/3"


def test_a_header_label_ocr_misread_as_a_short_word_with_a_dot_does_not_veto_the_header() -> None:
    """'Ref.' read as 'Ret.' is still a label of one short word, not a sentence's end: the
    line stays a header (so a borderless scan's table is read by its columns)."""
    from ingest.pdf_labels import name_fields

    assert name_fields(["‘Ret.", "Finding", "Responsible officer", "Agreed date", "Status"])
    assert not name_fields(["Work has started.", "Finding", "Responsible officer", "Status"])

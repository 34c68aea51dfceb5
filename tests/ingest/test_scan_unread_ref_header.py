"""A ruled scan whose ref column's header is a lone '#' that OCR loses (dev15, made by an
outside diagnostician to reproduce a blind scan read as one record): the column beside it is
headed 'Item', a ref synonym, over short phrases. The column of one-digit numbers is the ref
by its values, so each row is its own record with its ref, as the paper's gold gives."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from eval.papers.dev15_specs import PAPERS
from eval.papers.spec import Paper, gold_rows
from ingest.extract import extract
from ingest.loaders import LoadLimits, load_document

DEV15 = Path(__file__).resolve().parents[2] / "data" / "papers" / "dev15"


def _need_tesseract() -> None:
    if shutil.which("tesseract") is None and not Path("/usr/bin/tesseract").exists():
        if os.environ.get("CI_REQUIRE_TESSERACT"):
            pytest.fail("tesseract is required here (CI_REQUIRE_TESSERACT)")
        pytest.skip("tesseract is not installed (apt-get install tesseract-ocr)")


def test_each_row_of_a_scan_with_an_unread_ref_header_is_its_own_record() -> None:
    _need_tesseract()
    paper: Paper = PAPERS[0]  # the other paper is the same layout, tersely written
    gold = gold_rows(paper)
    records = extract(
        load_document(DEV15 / paper.filename, LoadLimits(pdf_in_subprocess=False))
    ).records
    assert [r.ref for r in records] == [g["ref"] for g in gold]
    assert [r.due_date for r in records] == [g["due_date"] for g in gold]
    assert [r.owner for r in records] == [g["owner"] for g in gold]

"""An answer that quotes a page read from a scan by OCR says so, with the OCR's confidence:
the words are the OCR's reading, to be checked against the original."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from assistant.service import Assistant

ROOT = Path(__file__).resolve().parents[2]
BORDERED = ROOT / "tests" / "fixtures" / "bordered" / "004_8a3584b528f67d05.pdf"


def scanned_page(source: Path, target: Path, dpi: int = 150) -> Path:
    """Page 1 of a text PDF as an image-only PDF, as a scanner would give it."""
    import pypdfium2

    pdf = pypdfium2.PdfDocument(source.read_bytes())
    try:
        image = pdf[0].render(scale=dpi / 72, grayscale=True).to_pil().convert("L")
    finally:
        pdf.close()
    image.save(target, "PDF", resolution=dpi)
    return target


def test_a_quote_from_a_scan_is_marked(fake_services: object, tmp_path: Path) -> None:
    if shutil.which("tesseract") is None:
        if os.environ.get("CI_REQUIRE_TESSERACT"):
            pytest.fail("tesseract is required here (CI_REQUIRE_TESSERACT)")
        pytest.skip("tesseract is not installed (apt-get install tesseract-ocr)")
    folder = tmp_path / "papers"
    folder.mkdir()
    scanned_page(BORDERED, folder / "district_audit_scan.pdf")
    result = fake_services.indexer.ingest_paths([folder])  # type: ignore[attr-defined]
    assert not result.skipped
    answer = Assistant(fake_services).ask("Who is responsible for R1?")  # type: ignore[arg-type]
    scanned = [c for c in answer.citations if c.ocr_confidence is not None]
    assert scanned and all(c.ocr_confidence and c.ocr_confidence >= 50 for c in scanned)
    assert "from a scanned page read by OCR" in answer.answer
    assert "ocr" in answer.notes
    # the mark sits above the coverage line, which stays last
    assert answer.answer.rstrip().endswith(f"_{answer.coverage.line}_")


def test_a_text_layer_quote_is_not_marked(ask: object) -> None:
    answer = ask("Who is responsible for R18?")  # type: ignore[operator]
    assert answer.citations and all(c.ocr_confidence is None for c in answer.citations)
    assert "read by OCR" not in answer.answer

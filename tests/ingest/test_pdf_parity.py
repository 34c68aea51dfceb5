"""The PDF renderings of the bundled documents give the same records as the text versions."""

from __future__ import annotations

from difflib import SequenceMatcher
from pathlib import Path

import pytest

from ingest.cleaning import normalise_for_compare
from ingest.extract import extract
from ingest.loaders import LoadLimits, load_document

ROOT = Path(__file__).resolve().parents[2]
STEMS = sorted(p.stem for p in (ROOT / "data" / "sample").glob("*.txt"))
KEY_FIELDS = [
    "ref",
    "owner",
    "priority",
    "due_date",
    "revised_from_date",
    "status",
    "status_text",
    "category",
    "section",
    "title",
    "themes",
]


@pytest.mark.parametrize("stem", STEMS)
def test_pdf_gives_the_same_records_as_text(stem: str) -> None:
    text = extract(load_document(ROOT / "data" / "sample" / f"{stem}.txt"))
    pdf = extract(
        load_document(
            ROOT / "tests" / "fixtures" / "corpus-pdf" / f"{stem}.pdf",
            LoadLimits(pdf_in_subprocess=False),
        )
    )
    assert pdf.info.format == "pdf" and pdf.info.pages >= 2
    assert (pdf.info.title, pdf.info.date, pdf.info.period) == (
        text.info.title,
        text.info.date,
        text.info.period,
    )
    assert [r.ref for r in pdf.records] == [r.ref for r in text.records]
    for a, b in zip(text.records, pdf.records, strict=True):
        for name in KEY_FIELDS:
            left, right = getattr(a, name), getattr(b, name)
            if isinstance(left, str) and isinstance(right, str):
                left, right = normalise_for_compare(left), normalise_for_compare(right)
            assert left == right, f"{stem} {a.ref} {name}: {left!r} != {right!r}"
        for name in ("finding", "action", "progress"):
            left = normalise_for_compare(getattr(a, name) or "")
            right = normalise_for_compare(getattr(b, name) or "")
            ratio = SequenceMatcher(None, left, right).ratio() if left or right else 1.0
            assert ratio >= 0.98, f"{stem} {a.ref} {name} differs ({ratio:.3f})"


def test_pdf_pages_are_kept() -> None:
    pdf = extract(
        load_document(
            ROOT / "tests/fixtures/corpus-pdf/000_f60702f293bad3c1.pdf",
            LoadLimits(pdf_in_subprocess=False),
        )
    )
    item3 = next(r for r in pdf.records if r.ref == "3")
    assert item3.pages == [2]  # the PDF's own page numbers, not the text's
    assert len(pdf.page_texts) == 4 and all(
        number == i + 1 for i, (number, _) in enumerate(pdf.page_texts)
    )


def test_pdf_parses_in_an_isolated_process() -> None:
    doc = load_document(ROOT / "tests/fixtures/corpus-pdf/003_658422d0a29bc06f.pdf")
    assert doc.format == "pdf" and doc.pages[0].number == 1
    assert any("MOPAC Governance Improvement Plan" in b.text for b in doc.pages[0].blocks)

"""The bundled papers printed to PDF WITH cell borders (tests/fixtures/make_bordered.py: an HTML
rendering of the text, printed by headless Chromium, with a running header and a "Page n of m"
footer) give the same records as the text versions: at least 95% of the refs, and the same due
dates and statuses on the records matched by ref."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pytest

from ingest.extract import extract
from ingest.loaders import LoadLimits, load_document
from ingest.model import ActionRecord, BlockKind, LoadedDocument

ROOT = Path(__file__).resolve().parents[2]
BORDERED = ROOT / "tests" / "fixtures" / "bordered"
STEMS = sorted(p.stem for p in (ROOT / "data" / "sample").glob("*.txt"))


@lru_cache(maxsize=8)
def _load(stem: str) -> LoadedDocument:
    return load_document(BORDERED / f"{stem}.pdf", LoadLimits(pdf_in_subprocess=False))


def _by_ref(records: list[ActionRecord]) -> dict[str, ActionRecord]:
    out: dict[str, ActionRecord] = {}
    for record in records:
        if record.ref:
            out.setdefault(record.ref, record)
    return out


@pytest.mark.parametrize("stem", STEMS)
def test_bordered_pdf_gives_the_same_records_as_text(stem: str) -> None:
    text = extract(load_document(ROOT / "data" / "sample" / f"{stem}.txt"))
    pdf = extract(_load(stem))
    assert pdf.info.format == "pdf"
    assert (pdf.info.title, pdf.info.date, pdf.info.period) == (
        text.info.title,
        text.info.date,
        text.info.period,
    )
    expected, found = _by_ref(text.records), _by_ref(pdf.records)
    if not expected:
        assert len(pdf.records) == len(text.records)
        return
    matched = [ref for ref in expected if ref in found]
    recall = len(matched) / len(expected)
    assert recall >= 0.95, f"{stem}: ref recall {recall:.2f}, missing {set(expected) - set(found)}"
    for ref in matched:
        a, b = expected[ref], found[ref]
        assert a.due_date == b.due_date, f"{stem} {ref} due: {a.due_date!r} != {b.due_date!r}"
        assert a.status == b.status, f"{stem} {ref} status: {a.status!r} != {b.status!r}"


@pytest.mark.parametrize("stem", STEMS)
def test_running_header_and_page_footer_are_dropped(stem: str) -> None:
    doc = _load(stem)
    texts = [
        text
        for page in doc.pages
        for block in page.blocks
        for text in ([block.text] if block.kind is not BlockKind.ROW else list(block.cells))
    ]
    assert not any("Page " in t and " of " in t and t.split()[-1].isdigit() for t in texts)
    assert not any("Committee papers - governance record" in t for t in texts)
    assert any(
        b.kind is BlockKind.ROW for page in doc.pages for b in page.blocks
    ) or stem.startswith("003")


def test_merged_cells_sub_headings_and_page_breaks() -> None:
    """A ruled tracker: "Target date" over "Original | Revised", sub-heading rows across the
    table, the header repeated on page 2, a row cut by the page break, "Page n of m"."""
    doc = load_document(BORDERED / "merged_cells.pdf", LoadLimits(pdf_in_subprocess=False))
    blocks = [b for page in doc.pages for b in page.blocks]
    headers = {b.cells for b in blocks if b.kind is BlockKind.ROW and b.header_hint}
    assert headers == {
        (
            "Ref",
            "Recommendation",
            "Lead officer",
            "Target date Original",
            "Target date Revised",
            "Status",
        )
    }
    headings = [b.text for b in blocks if b.kind is BlockKind.HEADING]
    assert "GOVERNANCE AND RISK" in headings and "FINANCE" in headings
    rows = [b.cells for b in blocks if b.kind is BlockKind.ROW and not b.header_hint]
    assert [r[0] for r in rows if r[0]] == ["1", "2", "3", "4", "5", "6"]
    second = rows[1]
    assert (second[0], second[2], second[3], second[4]) == (
        "2",
        "Monitoring Officer",
        "31/07/2019",
        "30/09/2019",
    )
    assert not any("Page" in c for r in rows for c in r)
    records = {r.ref: r for r in extract(doc).records}
    assert set(records) == {"1", "2", "3", "4", "5", "6"}
    assert records["5"].pages == [1, 2]  # the row cut by the page break is one record
    assert "forecasting tool" in records["5"].source_text
    assert records["6"].owner == "Head of Procurement"


def test_running_lines_and_page_numbers_are_dropped_but_table_headers_kept() -> None:
    from ingest.pdf_words import Word
    from ingest.running_lines import drop_running_lines

    def line(text: str, top: float, bold: bool = False, x: float = 50.0) -> list[Word]:
        words, left = [], x
        for token in text.split():
            words.append(Word(token, left, left + 6 * len(token), top, top + 9, bold=bold))
            left += 6 * len(token) + 3
        return words

    pages = []
    for number in range(1, 4):
        words = line(f"Audit Committee {number} March 2020", 20)  # digits vary: still running
        words += line("Ref Action Owner", 60, bold=True)  # a table's repeated header: kept
        words += line("Body text that differs", 100 + number)
        words += line(f"{number}.", 200) + line("Head of Risk", 200, x=300)
        words += line(f"Page {number} of 3", 810, x=300)
        pages.append((842.0, words))
    kept, dropped = drop_running_lines(pages, 9.0)
    texts = [" ".join(w.text for w in page) for page in kept]
    assert all("Audit Committee" not in t and "Page" not in t for t in texts)
    assert all("Ref Action Owner" in t and "Head of Risk" in t for t in texts)
    assert len(dropped) == 6
    single, _ = drop_running_lines([(842.0, line("Head of Risk", 700) + line("3/4", 820))], 9.0)
    assert " ".join(w.text for w in single[0]) == "Head of Risk"


def test_a_financial_year_at_the_foot_of_a_page_is_not_a_page_number() -> None:
    """A row's last line in the bottom margin, its date cell '2025/26' apart from the other
    cells: 'page 2025 of 26' cannot be, so the year stays in its cell."""
    from ingest.cleaning import is_page_number
    from ingest.pdf_words import Word
    from ingest.running_lines import drop_running_lines

    assert is_page_number("3/4") and is_page_number("Page 3 of 4") and is_page_number("- 3 -")
    assert not is_page_number("2025/26") and not is_page_number("12 of 3")
    words = [
        Word("approved", 94.0, 140.0, 790.0, 799.0),
        Word("Secretary", 216.0, 270.0, 790.0, 799.0),
        Word("2025/26", 284.0, 324.0, 790.0, 799.0),
        Word("quarter.", 422.0, 460.0, 790.0, 799.0),
    ]
    kept, dropped = drop_running_lines([(842.0, words)], 9.0)
    assert [w.text for w in kept[0]] == ["approved", "Secretary", "2025/26", "quarter."]
    assert dropped == []

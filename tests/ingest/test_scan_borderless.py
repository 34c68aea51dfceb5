"""A borderless table on an image-only scan is read row by row (ingest/scan_layout.py), and a
tab-separated text row whose cell wraps onto a line of its own keeps that line.

The scan is the development paper d20 (data/papers/dev), read once by the real tesseract and
shared by the assertions; the layout itself is also tested on OCR-like words with jitter."""

from __future__ import annotations

import os
import random
import shutil
from pathlib import Path

import pytest

from ingest.extract import extract
from ingest.loaders import LoadLimits, load_bytes
from ingest.loaders.text import parse_lines
from ingest.model import BlockKind
from ingest.pdf_words import Word
from ingest.scan_layout import level_lines, scan_page_blocks
from ingest.scan_refs import fix_refs

ROOT = Path(__file__).resolve().parents[2]
D20 = ROOT / "data" / "papers" / "dev" / "d20_greyhaven_waste_scan.pdf"


def _need_tesseract() -> None:
    if shutil.which("tesseract") is None and not Path("/usr/bin/tesseract").exists():
        if os.environ.get("CI_REQUIRE_TESSERACT"):
            pytest.fail(
                "tesseract is required here (CI_REQUIRE_TESSERACT): apt-get install tesseract-ocr"
            )
        pytest.skip("tesseract is not installed (apt-get install tesseract-ocr)")


@pytest.fixture(scope="module")
def d20_records() -> list:
    _need_tesseract()
    loaded = load_bytes(D20.read_bytes(), D20.name, LoadLimits(pdf_in_subprocess=False))
    return extract(loaded).records


def test_borderless_scan_gives_one_record_a_row(d20_records: list) -> None:
    assert [r.ref for r in d20_records] == [f"GW{n}" for n in range(1, 9)]


def test_borderless_scan_keeps_columns_apart(d20_records: list) -> None:
    by_ref = {r.ref: r for r in d20_records}
    assert by_ref["GW1"].owner == "Finance Manager"
    assert str(by_ref["GW1"].due_date) == "2021-03-31"
    assert str(by_ref["GW2"].due_date) == "2021-12-31"
    assert str(by_ref["GW2"].revised_from_date) == "2021-06-30"
    assert by_ref["GW7"].owner == "Head of Operations"
    # wrapped lines joined to their row, not to the next
    assert "invoices" in by_ref["GW1"].finding + by_ref["GW1"].title
    assert "Risk register" not in (by_ref["GW7"].title + (by_ref["GW7"].finding or ""))


def test_borderless_scan_rows_are_marked_as_scanned(d20_records: list) -> None:
    assert all(r.from_scan and r.ocr_confidence and r.ocr_confidence > 50 for r in d20_records)
    categories = {r.category for r in d20_records}
    assert "Governance and risk" in categories


def _ocr_like_words(rows: int, seed: int = 3, ref_label: str = "Ref") -> list[Word]:
    """A borderless table as OCR gives it: each word's box a point or two off its line, the
    lines of a wrapped cell overlapping the next."""
    rng = random.Random(seed)

    def word(text: str, x: float, y: float, bold: bool = False) -> Word:
        top = y + rng.uniform(-1.2, 1.2)
        return Word(text, x, x + 5.0 * len(text), top, top + 9.0 + rng.uniform(-0.8, 0.8), bold)

    words = [word("Audit", 40, 20, True), word("actions", 75, 20, True)]
    header = ((ref_label, 40), ("Finding", 70), ("Owner", 250), ("Due", 340), ("Status", 420))
    words += [word(text, x, 50, True) for text, x in header]
    y = 64.0
    for n in range(1, rows + 1):
        words += [word(f"R{n}", 40, y), word("Cash", 70, y), word("not", 100, y)]
        words += [
            word("banked.", 70, y + 7.5),
            word("Officer", 250, y),
            word(f"{n}/01/2021", 340, y),
        ]
        words += [word("Open", 420, y)]
        y += 7.5 * 2 + 6.0
    words += [word("The", 40, y + 14), word("Committee", 62, y + 14), word("notes", 120, y + 14)]
    return words


def test_level_lines_gives_each_printed_line_one_box() -> None:
    words = _ocr_like_words(3)
    first_row = {id(w) for w in words if 60 < w.top < 68}  # R1's first line, jittered
    assert len({w.top for w in words if id(w) in first_row}) > 1
    levelled = level_lines(words)
    ordered = sorted(words, key=lambda w: (w.top + w.bottom) / 2)
    tops = {new.top for old, new in zip(ordered, levelled, strict=True) if id(old) in first_row}
    assert len(tops) == 1


def test_ocr_like_table_is_read_into_its_rows() -> None:
    blocks = scan_page_blocks(_ocr_like_words(6), 9.0)
    assert blocks is not None
    rows = [b for b in blocks if b.kind is BlockKind.ROW and not b.header_hint]
    assert [r.cells[0] for r in rows] == [f"R{n}" for n in range(1, 7)]
    assert rows[0].cells[1] == "Cash not banked."
    header = next(b for b in blocks if b.header_hint)
    assert header.cells == ("Ref", "Finding", "Owner", "Due", "Status")
    assert any(b.kind is BlockKind.PARAGRAPH and "Committee" in b.text for b in blocks)


def test_a_label_abbreviated_with_a_full_stop_still_heads_its_column() -> None:
    """'No.' or 'Ref.' ends a word, not a sentence: the header is read."""
    for label in ("No.", "Ref."):
        blocks = scan_page_blocks(_ocr_like_words(4, ref_label=label), 9.0)
        assert blocks is not None, label
        header = next(b for b in blocks if b.header_hint)
        assert header.cells[0] == label
        rows = [b for b in blocks if b.kind is BlockKind.ROW and not b.header_hint]
        assert len(rows) == 4, label


def test_ref_lookalikes_follow_the_columns_pattern() -> None:
    assert fix_refs(["“GW1", "Gw2", "GWS", "GW4", "GW5", "Gws"]) == [
        "GW1",
        "GW2",
        "GW3",
        "GW4",
        "GW5",
        "GW6",
    ]
    # no prefix: only a cell OCR left empty where the run fits exactly takes a number
    assert fix_refs(["1", "2", "", "4"]) == ["1", "2", "3", "4"]
    assert fix_refs(["1", "2", "x", "4"]) == ["1", "2", "x", "4"]


def test_a_zero_read_as_a_letter_is_not_taken_into_the_prefix() -> None:
    """Zero-padded refs ('KQ01'): OCR reads the zero as 'O' or 'o', so 'KQO1' looks like a
    longer prefix; the prefix is the one that reads most refs as a number, and a repaired
    number is written as wide as the column writes its numbers."""
    read = ["KQO1", "KQo2", "KQO3", "KQ04", "KQOS", "KQ06", "KQOo7", "KQos", "KQo9", "KQ10"]
    assert fix_refs(read) == [f"KQ{n:02d}" for n in range(1, 11)]
    assert fix_refs(["AB01", "AB02", "ABO04", "AB04"]) == ["AB01", "AB02", "AB03", "AB04"]
    assert fix_refs(["R1", "R2", "R10", "R11"]) == ["R1", "R2", "R10", "R11"]  # unpadded kept
    # every zero read as 'O': the padded number is taken, not a prefix ending in 'O'
    read = ["TROL", "TRO2", "TRO3", "TRO4", "TROS", "TROG"]
    assert fix_refs(read) == [f"TR{n:02d}" for n in range(1, 7)]


def test_a_scan_with_zero_padded_refs_gives_one_record_a_row() -> None:
    """End to end through tesseract: before, two rows whose refs OCR garbled were taken as
    continuations of the row above (their owners joined to its owner)."""
    _need_tesseract()
    scan = ROOT / "tests" / "fixtures" / "scans" / "padded_refs_scan.pdf"
    loaded = load_bytes(scan.read_bytes(), scan.name, LoadLimits(pdf_in_subprocess=False))
    records = extract(loaded).records
    assert [r.ref for r in records] == [f"KQ{n:02d}" for n in range(1, 11)]
    owners = {r.ref: r.owner for r in records}
    assert owners["KQ04"] is None and owners["KQ05"] == "Box Office Manager"
    assert owners["KQ07"] == "Facilities Officer" and owners["KQ08"] == "Finance Manager"


@pytest.mark.parametrize("name", ["rec_header_scan_ruled.pdf", "rec_header_scan_borderless.pdf"])
def test_a_ref_column_under_an_unusual_label_is_found_by_its_cells(name: str) -> None:
    """'Rec' over 'TRO2', 'TROS', 'TROG': no label rule names the column and no ref reads as
    digits, but the cells read as one run of refs once OCR's lookalikes are digits. Before,
    every record of these scans had no ref."""
    _need_tesseract()
    scan = ROOT / "tests" / "fixtures" / "scans" / name
    loaded = load_bytes(scan.read_bytes(), scan.name, LoadLimits(pdf_in_subprocess=False))
    records = extract(loaded).records
    assert [r.ref for r in records] == [f"TR{n:02d}" for n in range(1, 7)]
    owners = [r.owner for r in records]
    assert owners[:3] == ["Business Manager", None, "Area Co-ordinator (East)"]


TEXT = (
    "Action plan\n\n"
    "Ref\tFinding\tAction\tOwner\tDue\tProgress\n"
    "A1\tCash not banked.\tBank daily.\tFinance Manager\t31/03/2020\tBanking daily at two sites;\n"
    "\t\t\t\t\tthe third site follows in April.\n"
    "A2\tNo register.\tKeep one.\tProcurement Lead\t30/06/2020\tDraft register\n"
    "held by the team, published soon.\n"
    "A3\tRisk register stale.\tReview it.\tHead of Risk\t31/12/2020\tNot started.\n"
    "\nThe Committee is asked to note the report.\n"
)


def test_text_row_keeps_its_wrapped_lines() -> None:
    pages = parse_lines(TEXT, markdown=False)
    rows = [b for b in pages[0].blocks if b.kind is BlockKind.ROW]
    assert len(rows) == 5  # header, A1 and its continuation row, A2 (joined), A3
    assert rows[3].cells[-1] == "Draft register\nheld by the team, published soon."
    assert pages[0].blocks[-1].text == "The Committee is asked to note the report."


def test_text_records_quote_the_wrapped_words() -> None:
    from ingest.loaders import load_bytes as load

    records = extract(load(TEXT.encode(), "wrapped.txt")).records
    by_ref = {r.ref: r for r in records}
    assert "published soon" in (by_ref["A2"].progress or "")
    assert "published soon" in by_ref["A2"].source_text
    assert "third site" in (by_ref["A1"].progress or "")
    # the row under the wrapped line stays in the table
    assert by_ref["A3"].owner == "Head of Risk"


def _lost_label_words(rows: int) -> list[Word]:
    """A borderless scan whose 'Status' label OCR lost: five labels over six columns; the due
    date wraps over two lines ('Spring' / '2025') beside a one-word status."""

    def word(text: str, x: float, y: float, bold: bool = False) -> Word:
        return Word(text, x, x + 5.0 * len(text), y, y + 9.0, bold)

    header = (("Ref", 40), ("Finding", 70), ("Owner", 250), ("Due", 340), ("Progress", 470))
    words = [word(text, x, 50, True) for text, x in header]
    y = 64.0
    for n in range(1, rows + 1):
        status = ("Met", "Open", "Closed")[n % 3]
        words += [word(f"R{n}", 40, y), word("Cash", 70, y), word("unbanked.", 94, y)]
        words += [word("Officer", 250, y), word("Spring", 340, y), word(status, 410, y)]
        words += [word("Banked", 470, y), word("daily.", 504, y)]
        words += [word("2025", 340, y + 10.0)]
        y += 10.0 * 2 + 6.0
    return words


def test_a_column_whose_label_ocr_lost_is_found_from_the_body() -> None:
    blocks = scan_page_blocks(_lost_label_words(5), 9.0)
    assert blocks is not None
    header = next(b for b in blocks if b.header_hint)
    assert header.cells == ("Ref", "Finding", "Owner", "Due", "", "Progress")
    rows = [b for b in blocks if b.kind is BlockKind.ROW and not b.header_hint]
    assert [(r.cells[3], r.cells[4]) for r in rows[:3]] == [
        ("Spring 2025", "Open"),
        ("Spring 2025", "Closed"),
        ("Spring 2025", "Met"),
    ]


def test_a_wide_cell_with_a_wide_space_makes_no_column() -> None:
    """Two phrases inside one cell on one or two lines only: no column of their own."""
    words = _ocr_like_words(4)
    blocks = scan_page_blocks(words, 9.0)
    assert blocks is not None
    header = next(b for b in blocks if b.header_hint)
    assert header.cells == ("Ref", "Finding", "Owner", "Due", "Status")


def test_an_ocr_page_number_is_read_with_letter_slips_but_a_financial_year_is_not_one() -> None:
    """'Page lof 1' and 'Page 2 of 3' are page numbers; '2025/26' alone on a line (a date
    cell's last line) cannot be page 2025 of 26, so it stays in the table."""
    from ingest.scan_layout import page_number_text

    assert page_number_text("Page lof 1") and page_number_text("Page 2 of 3")
    assert page_number_text("3/4") and page_number_text("Page 7")
    assert not page_number_text("2025/26") and not page_number_text("12 of 3")

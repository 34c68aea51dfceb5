"""A narrow ref column on a scan: a ref wrapped over two lines of its cell ('A-' over '01') is
one ref of one row (ingest/scan_layout.py); a ref read with an OCR confusion against the shape
of the column's other refs ('1-01', 's-01', 'I 01', a lost prefix) is read in that shape
(ingest/scan_refs.py shapes_read); a progress note opening with the status gives the status
where no column holds one (ingest/status.py). The layout is tested on OCR-like words; the
end-to-end test reads the development scan k02 of dev11 with the real tesseract."""

from __future__ import annotations

import os
import random
import shutil
from pathlib import Path

import pytest

from ingest.extract import extract
from ingest.loaders import LoadLimits, load_bytes
from ingest.model import Block, BlockKind
from ingest.pdf_words import Word
from ingest.scan_layout import scan_page_blocks
from ingest.scan_refs import fix_refs, shapes_read
from ingest.scan_repair import repair_scan_rows
from ingest.status import read_status

ROOT = Path(__file__).resolve().parents[2]
K02 = ROOT / "data" / "papers" / "dev11" / "k02_archives_scan.pdf"
REFS = ["A-01", "A-02", "G-01", "G-02", "I-01", "I-02"]


def _wrapped_ref_words(seed: int = 5) -> list[Word]:
    """A borderless table whose ref column is as narrow as 'A-': every ref wraps, its number
    on the cell's second line beside the second line of the finding and the owner."""
    rng = random.Random(seed)

    def word(text: str, x: float, y: float, bold: bool = False) -> Word:
        top = y + rng.uniform(-1.0, 1.0)
        return Word(text, x, x + 5.0 * len(text), top, top + 9.0 + rng.uniform(-0.6, 0.6), bold)

    words = [word("Audit", 40, 20, True), word("actions", 75, 20, True)]
    header = (("Ref", 40), ("Finding", 70), ("Owner", 250), ("Due", 340), ("Status", 420))
    words += [word(text, x, 50, True) for text, x in header]
    y = 64.0
    for n, ref in enumerate(REFS):
        prefix, number = ref.split("-")
        words += [word(f"{prefix}-", 40, y), word("Cash", 70, y), word("not", 100, y)]
        words += [word("Head", 250, y), word("of", 275, y), word(f"{n + 1}/01/2021", 340, y)]
        words += [word("Open", 420, y)]
        line2 = y + 11.0
        words += [word(number, 40, line2), word("banked.", 70, line2), word("Finance", 250, line2)]
        y += 11.0 * 2 + 7.0
    words += [word("The", 40, y + 14), word("Committee", 60, y + 14), word("notes", 110, y + 14)]
    return words


def test_a_ref_wrapped_over_two_lines_is_one_row() -> None:
    blocks = scan_page_blocks(_wrapped_ref_words(), 9.0)
    assert blocks is not None
    rows = [b for b in blocks if b.kind is BlockKind.ROW and not b.header_hint]
    # before: twelve rows, refs 'A-', '01', 'A-', '02' ... and owners split between them
    assert [r.cells[0] for r in rows] == REFS
    assert all(r.cells[1] == "Cash not banked." for r in rows)
    assert all(r.cells[2] == "Head of Finance" for r in rows)


def test_a_ruled_row_holding_only_a_wrapped_refs_number_joins_the_row_above() -> None:
    header = Block(BlockKind.ROW, cells=("Ref", "Finding", "Owner"), header_hint=True)
    rows = [header]
    for ref, owner in (("A-01", "Clerk"), ("A-02", "Treasurer"), ("G-01", "Clerk")):
        head, tail = ref.split("-")
        rows.append(Block(BlockKind.ROW, cells=(f"{head}-", "Cash not banked.", owner)))
        rows.append(Block(BlockKind.ROW, cells=(tail, "", "")))
    rows.append(Block(BlockKind.ROW, cells=("I", "Keys not logged.", "Clerk")))  # '-' lost
    rows.append(Block(BlockKind.ROW, cells=("01", "", "")))
    repaired = repair_scan_rows(rows)
    assert [b.cells[0] for b in repaired] == ["Ref", "A-01", "A-02", "G-01", "I-01"]
    assert [b.cells[2] for b in repaired[1:]] == ["Clerk", "Treasurer", "Clerk", "Clerk"]
    # a number with other text in its row is a row of its own
    rows = [
        header,
        Block(BlockKind.ROW, cells=("A-", "x", "y")),
        Block(BlockKind.ROW, cells=("01", "z", "")),
    ]
    assert len(repair_scan_rows(rows)) == 3


def test_a_ref_read_with_an_ocr_confusion_takes_the_columns_shape() -> None:
    read = ["A-01", "A-02", "G-01", "G-02", "1-01", "1-02", "s-01", "S-02", "B-01", "B-O2"]
    assert shapes_read(read) == [
        "A-01", "A-02", "G-01", "G-02", "I-01", "I-02", "S-01", "S-02", "B-01", "B-02",
    ]  # fmt: skip
    # a dropped separator, and a prefix lost under a ref whose number it follows
    assert fix_refs(["A-01", "02", "G-01", "I 01", "S-01"]) == [
        "A-01", "A-02", "G-01", "I-01", "S-01",
    ]  # fmt: skip
    assert fix_refs(["A-01", "05", "G-01", "G-02"])[1] == "05"  # not the next number: as read
    # no clear shape: as read
    assert shapes_read(["1-01", "A-02", "x"]) == ["1-01", "A-02", "x"]
    assert shapes_read(["R1", "R2", "R10", "11"]) == ["R1", "R2", "R10", "11"]


@pytest.mark.parametrize(
    ("note", "status", "text"),
    [
        ("In progress: a draft has been shared.", "ongoing", "In progress"),
        ("Partially implemented - two of three steps done.", "partial", "Partially implemented"),
        ("Not started. The post was vacant.", "not_started", "Not started."),
        ("Delayed, awaiting the supplier.", "ongoing", "Delayed"),
        ("Compiete – signed off in May.", "complete", "Compiete"),  # a scan's look-alike
    ],
)
def test_a_progress_note_opening_with_its_status_gives_the_status(
    note: str, status: str, text: str
) -> None:
    reading = read_status([], [note])
    assert (reading.status, reading.text, reading.basis) == (status, text, "stated")


def test_a_progress_note_opening_with_other_words_gives_no_stated_status() -> None:
    for note in ("Work is paused: see above.", "Review the policy. Done later"):
        assert read_status([], [note]).basis == "none"
    # a status column still wins over the note's opening
    assert read_status(["Complete"], ["In progress: x"]).status == "complete"


def _need_tesseract() -> None:
    if shutil.which("tesseract") is None and not Path("/usr/bin/tesseract").exists():
        if os.environ.get("CI_REQUIRE_TESSERACT"):
            pytest.fail(
                "tesseract is required here (CI_REQUIRE_TESSERACT): apt-get install tesseract-ocr"
            )
        pytest.skip("tesseract is not installed (apt-get install tesseract-ocr)")


def test_a_borderless_scan_with_wrapped_refs_gives_one_record_a_row() -> None:
    """End to end: before, ten rows gave eleven records with refs 'A-', '02', '01 (2)' and
    owners shifted into the next row."""
    _need_tesseract()
    loaded = load_bytes(K02.read_bytes(), K02.name, LoadLimits(pdf_in_subprocess=False))
    records = extract(loaded).records
    refs = ["A-01", "A-02", "G-01", "G-02", "I-01", "I-02", "S-01", "S-02", "B-01", "B-02"]
    assert [r.ref for r in records] == refs
    owners = {r.ref: r.owner for r in records}
    assert owners["I-02"] == "Collections Manager" and owners["B-02"] == "Conservation Manager"

"""A scan's one-letter slips in a deadline or status cell are read back against the words such
cells are written in (ingest/dates.py, ingest/status.py, ingest/scan_words.read_as): a revision
whose wording OCR misspelt or lost keeps its earlier date, and a status word read with
look-alike letters keeps its status, quoted as read."""

from __future__ import annotations

from ingest.dates import read_due
from ingest.scan_words import read_as
from ingest.status import STATUS_TERMS, read_status


def _read(text: str) -> tuple[str | None, str | None]:
    reading = read_due(text)
    return (
        reading.due.iso if reading.due else None,
        reading.revised_from.iso if reading.revised_from else None,
    )


def test_a_revision_word_one_letter_off_is_read_as_that_word() -> None:
    assert _read("Jan-26 {revised trom Jul-25}") == ("2026-01-31", "2025-07-31")
    assert _read("30 April 2025 (extonded from 31 October 2024)") == ("2025-04-30", "2024-10-31")


def test_two_dates_one_in_brackets_are_a_deadline_and_the_one_it_replaced() -> None:
    assert _read("30/04/2025 (31/10/2024)") == ("2025-04-30", "2024-10-31")
    assert _read("30/04/2025 31/10/2024)") == ("2025-04-30", "2024-10-31")  # '(was' lost


def test_two_dates_without_a_bracket_or_with_other_words_are_not_a_revision() -> None:
    assert _read("30/04/2025 31/10/2024") == ("2025-04-30", None)
    assert _read("30/04/2025 (board meets 31/10/2024)") == ("2025-04-30", None)


def test_a_status_word_with_look_alike_letters_keeps_its_status_quoted_as_read() -> None:
    assert read_as("Cornpiete", STATUS_TERMS) == "Complete"
    reading = read_status(["Imp1emented"], [])
    assert (reading.status, reading.text) == ("complete", "Imp1emented")
    assert read_status(["Behlnd schedule"], []).status == "ongoing"
    assert read_status(["Lorem ipsum"], []).status == "unknown"


def test_a_ref_a_scan_misread_still_starts_its_row_when_every_field_is_filled() -> None:
    from ingest.extract import extract
    from ingest.model import Block, BlockKind, LoadedDocument, Page

    header = ("No.", "Finding", "Lead officer", "Target date", "Status")
    rows = [
        ("K1", "Grant claims were not checked.", "Finance Lead", "31.03.2025", "Complete"),
        ("K2", "The asset register is out of date.", "Estates Lead", "30.06.2025", "Open"),
        ("K3&", "Keys are not logged.", "Facilities Lead", "30.09.2025", "Not started"),
        ("K?", "Leavers keep their access.", "IT Lead", "31.12.2025", "Overdue"),
    ]
    blocks = [Block(BlockKind.ROW, cells=header, header_hint=True)] + [
        Block(BlockKind.ROW, cells=row) for row in rows
    ]
    loaded = LoadedDocument(
        path="log.pdf",
        filename="log.pdf",
        format="pdf",
        sha256="0" * 64,
        pages=[Page(number=1, blocks=blocks)],
    )
    records = extract(loaded).records
    assert [r.owner for r in records] == [
        "Finance Lead",
        "Estates Lead",
        "Facilities Lead",
        "IT Lead",
    ]


def test_a_number_with_a_speck_after_it_takes_its_place_in_the_run() -> None:
    from ingest.scan_refs import fix_refs

    assert fix_refs(["K1", "K2", "K3", "K4&"]) == ["K1", "K2", "K3", "K4"]
    assert fix_refs(["K1", "K2", "K3", "K9&"])[3] == "K4"  # a repaired ref: the run decides
    assert fix_refs(["Ki", "x", "K3", "K4"])[0] == "K1"  # the run counts the rows between

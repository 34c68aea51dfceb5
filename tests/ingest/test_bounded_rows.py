"""A table row the loader reads whole (a Word, sheet, HTML or pipe-table row) is a record of its
own even when its owner and deadline are blank; in text extracted from a PDF, where a row may
be a wrapped line, such a line still continues the record above."""

from __future__ import annotations

import io

import pytest
from docx import Document
from openpyxl import Workbook

from ingest.extract import extract
from ingest.loaders import LoadLimits, load_bytes

HEADER = ("Finding", "Agreed action", "Lead officer", "Target date", "Status")
ROWS = (
    (
        "Stock write-offs are not approved.",
        "Introduce approval of write-offs above £500.",
        "Head of Stock",
        "June 2025",
        "In progress",
    ),
    ("Volunteer checks are not renewed.", "Set up a renewal reminder.", "", "", "Not started"),
    (
        "Fines income is not reconciled.",
        "Monthly reconciliation by branch managers.",
        "Finance Manager",
        "September 2025",
        "Complete",
    ),
)


def _html() -> bytes:
    cells = "".join(f"<th>{h}</th>" for h in HEADER)
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in ROWS)
    return (
        "<html><body><h1>Libraries consortium: audit action plan 2025</h1>"
        f"<table><tr>{cells}</tr>{body}</table></body></html>"
    ).encode()


def _markdown() -> bytes:
    lines = ["# Libraries consortium: audit action plan 2025", ""]
    lines += ["| " + " | ".join(HEADER) + " |", "|" + "---|" * len(HEADER)]
    lines += ["| " + " | ".join(row) + " |" for row in ROWS]
    return "\n".join(lines).encode()


def _docx() -> bytes:
    document = Document()
    document.add_heading("Libraries consortium: audit action plan 2025")
    table = document.add_table(rows=1 + len(ROWS), cols=len(HEADER))
    for r, row in enumerate((HEADER, *ROWS)):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _xlsx() -> bytes:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Libraries consortium: audit action plan 2025"])
    sheet.append([])
    for row in (HEADER, *ROWS):
        sheet.append(list(row))
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("make", "filename"),
    [(_html, "plan.html"), (_markdown, "plan.md"), (_docx, "plan.docx"), (_xlsx, "plan.xlsx")],
)
def test_a_whole_row_with_blank_owner_and_deadline_is_its_own_record(make, filename) -> None:  # type: ignore[no-untyped-def]
    records = extract(load_bytes(make(), filename, LoadLimits())).records
    titles = [r.title for r in records]
    assert len(records) == 3, titles
    blank = next(r for r in records if r.title.startswith("Volunteer checks"))
    assert blank.owner is None and blank.due_date is None
    assert blank.status == "not_started"
    first = next(r for r in records if r.title.startswith("Stock write-offs"))
    assert first.status == "ongoing" and "renewal reminder" not in (first.action or "")


def test_a_line_of_extracted_text_with_blank_owner_and_deadline_continues_the_row() -> None:
    text = (
        "Libraries consortium: audit action plan 2025\n\n"
        + "\t".join(HEADER)
        + "\n"
        + "\t".join(ROWS[0])
        + "\n"
        + "\t".join(("Including donated stock.", "Report quarterly to the board.", "", "", ""))
        + "\n"
        + "\t".join(ROWS[2])
        + "\n"
    )
    records = extract(load_bytes(text.encode(), "plan.txt", LoadLimits())).records
    assert len(records) == 2, [r.title for r in records]
    assert "donated stock" in " ".join(records[0].columns.values())

"""Answers over several bodies' papers say whose paper a row is in ('Audit Log (Marrowby Fire
Authority, 2021)'), and a deadline written in a house shorthand ('Mar-24', 'Q2 2024/25',
'Spring 2025') is given as a date too. The papers and rows are invented."""

from __future__ import annotations

import pytest

from assistant.answers.support.recordtext import doc_label, due_words
from ingest.model import ActionRecord, DocumentInfo


def _doc(title: str, organisation: str | None) -> DocumentInfo:
    return DocumentInfo(
        id="d", filename="d.pdf", format="pdf", sha256="d", title=title,
        organisation=organisation, date="2021-09-22", year=2021,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("title", "organisation", "label"),
    [
        ("Audit Log", "Marrowby Fire Authority", "Audit Log (Marrowby Fire Authority, 2021)"),
        ("Hetherby Town Council Actions", "Hetherby Town Council",
         "Hetherby Town Council Actions (2021)"),  # the title names it already
        ("MPS Governance Report", "MPS", "MPS Governance Report (2021)"),  # an acronym
        ("Audit Log", None, "Audit Log (2021)"),
    ],
)  # fmt: skip
def test_a_paper_is_labelled_with_its_body(
    title: str, organisation: str | None, label: str
) -> None:
    assert doc_label(_doc(title, organisation)) == label


def _record(due_text: str, due_date: str | None) -> ActionRecord:
    return ActionRecord(
        id="d:1", document=_doc("Audit Log", None).ref(), ref="A1", ordinal=1, title="Fleet checks",
        due_text=due_text, due_date=due_date, status="ongoing", columns={}, source_text="x",
        source_start=0, source_end=1, year=2021,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("written", "iso", "shown"),
    [
        ("Mar-24", "2024-03-31", "Mar-24 (31 March 2024)"),
        ("Q2 2024/25", "2024-09-30", "Q2 2024/25 (30 September 2024)"),
        ("Spring 2025", "2025-05-31", "Spring 2025 (31 May 2025)"),
        ("31/08/2022", "2022-08-31", "31/08/2022 (31 August 2022)"),
        ("31 March 2024", "2024-03-31", "31 March 2024"),  # spelt out already
        ("Ongoing", None, "Ongoing"),
    ],
)
def test_a_shorthand_deadline_is_given_as_a_date_too(
    written: str, iso: str | None, shown: str
) -> None:
    assert due_words(_record(written, iso)) == shown

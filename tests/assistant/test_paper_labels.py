"""Answers over several bodies' papers say whose paper a row is in ('Audit Log (Marrowby Fire
Authority, 2021)'), and a deadline written in a house shorthand ('Mar-24', 'Q2 2024/25',
'Spring 2025') is given as a date too. The papers and rows are invented."""

from __future__ import annotations

import pytest

from assistant.answers.support.recordtext import doc_label
from ingest.model import DocumentInfo


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

"""A status cell is read in the form the paper writes it: a degree a question names in one form
('partly', 'in part') meets the paper's other form ('Partially implemented', 'Met: partially').
Rows are invented."""

from __future__ import annotations

import pytest

from assistant.register import RecordQuery, Register
from assistant.service import Assistant
from assistant.text import says_degree
from ingest.model import ActionRecord, DocumentInfo


@pytest.mark.parametrize(
    ("status", "degree", "says"),
    [
        ("Partially implemented", "partly", True),
        ("Partly met", "partially", True),
        ("Recommendation met: significantly", "significant", True),
        ("Implemented in part", "partial", True),
        ("Implemented", "partly", False),
        ("Partnership board approved", "partly", False),
        ("Met: largely", "partly or largely", True),
    ],
)  # fmt: skip
def test_a_degree_meets_the_papers_form_of_it(status: str, degree: str, says: bool) -> None:
    assert says_degree(status, degree) is says


def _row(ref: str, said: str, status: str) -> ActionRecord:
    doc = DocumentInfo(id="h", filename="h.csv", format="csv", sha256="h", title="Tracker")
    return ActionRecord(
        id=f"h:{ref}",
        document=doc.ref(),
        ref=ref,
        ordinal=1,
        title=f"Row {ref}",
        status=status,
        status_text=said,
        columns={"Status": said},
        source_text="x",
        source_start=0,
        source_end=1,
    )


def test_the_register_filters_a_degree_in_any_form(assistant: Assistant) -> None:
    register: Register = assistant.register
    rows = [
        _row("A1", "Partially implemented", "partial"),
        _row("A2", "Implemented", "complete"),
        _row("A3", "Partly met", "partial"),
    ]
    for degree in ("partly", "partially", "partial"):
        query = RecordQuery(degree=degree)
        assert [r.ref for r in rows if register.matches(r, query)] == ["A1", "A3"], degree

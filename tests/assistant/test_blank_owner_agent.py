"""A blank owner cell is no abstention when another cell of the row names who did the work
('Signed off by the Chief Executive in August') or speaks of its owner: 'who …?' is then
answered from that cell. A date after 'by' ('by March 2025', 'by the end of June') names no one
(made-up records, no index)."""

from __future__ import annotations

from typing import Any

import pytest

from assistant.answers.composers.records import _PERSON_ASKED, owner_spoken_of
from ingest.model import ActionRecord, DocumentRef

LOG = DocumentRef(id="l1", title="Audit Action Log", filename="l1.md", date="2025-09-30")


def record(progress: str) -> ActionRecord:
    data: dict[str, Any] = {
        "id": "l1:7",
        "document": LOG,
        "section": "Actions",
        "ref": "7",
        "ordinal": 1,
        "owner": None,
        "title": "Reserves policy not reviewed",
        "progress": progress,
        "source_text": "Reserves policy not reviewed",
        "source_start": 0,
        "source_end": 28,
        "report_date": "2025-09-30",
        "year": 2025,
    }
    return ActionRecord(**data)


@pytest.mark.parametrize(
    "progress",
    [
        "Signed off by the Chief Executive in August.",
        "Policy approved by Trustees at the July meeting.",
        "Owner to be confirmed after the restructure.",
    ],
)
def test_a_cell_naming_who_did_it_is_spoken_of(progress: str) -> None:
    assert owner_spoken_of(record(progress))


@pytest.mark.parametrize(
    "progress",
    [
        "To be reviewed by March 2026.",
        "Review to be finished by the end of June.",
        "Draft policy circulated to staff for comment.",
    ],
)
def test_a_date_after_by_names_no_one(progress: str) -> None:
    assert not owner_spoken_of(record(progress))


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("Who is responsible for the reserves policy review?", True),
        ("whose job is that one?", True),
        ("Is anyone in charge of it?", True),
        ("Which officer leads on it?", True),
        ("What is the finance committee responsible for?", False),
        ("What is holding the review up?", False),
    ],
)
def test_a_blank_owner_is_abstained_on_only_when_a_person_is_asked(
    question: str, asked: bool
) -> None:
    assert bool(_PERSON_ASKED.search(question)) is asked

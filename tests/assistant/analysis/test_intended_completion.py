"""A completion word in the infinitive ('due to be completed', 'expected to be delivered') states
what is intended, and a question headed by 'when' asks a time: neither asserts that the thing is
complete, nor filters on the complete status, so the answer gives the deadline instead of "No —"."""

from __future__ import annotations

import pytest

from assistant.analysis import NameIndex, analyse

EMPTY = NameIndex.from_records([], [])


@pytest.mark.parametrize(
    "question",
    [
        "When is EA-4 due to be complete?",
        "and by when should the depot review be finished?",
        "Is the fleet policy expected to be delivered by June?",
        "So when will the stores audit have been implemented?",
        "Is EA-7 planned to be completed next year",
        "Will the depot review be implemented by March?",
    ],
)
def test_an_intended_or_timed_completion_claims_nothing(question: str) -> None:
    analysis = analyse(question, EMPTY)
    assert analysis.claims == []
    assert "complete" not in analysis.statuses


@pytest.mark.parametrize(
    "question", ["Has EA-4 been completed?", "Was the depot review delivered on time?"]
)
def test_a_completion_asserted_is_still_a_claim(question: str) -> None:
    assert "complete" in [c.kind for c in analyse(question, EMPTY).claims]


def test_a_list_due_to_be_completed_is_not_a_list_of_completed_rows() -> None:
    analysis = analyse("Which actions are due to be completed in 2019?", EMPTY)
    assert "complete" not in analysis.statuses

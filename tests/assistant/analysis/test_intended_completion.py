"""A completion word after the deadline's 'due to' or a modal ('due to be completed', 'should it be
finished') states what is intended, and a question headed by 'when' asks a time: neither asserts that the thing is
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
        "So when will the stores audit have been implemented?",
        "Is EA-7 due to have been completed next year",
        "Will the depot review be implemented by March?",
    ],
)
def test_an_intended_or_timed_completion_claims_nothing(question: str) -> None:
    analysis = analyse(question, EMPTY)
    assert analysis.claims == []
    assert "complete" not in analysis.statuses


@pytest.mark.parametrize(
    "question",
    [
        "Has EA-4 been completed?",
        "Was the depot review delivered on time?",
        "Is EA-4 reported to be complete?",
    ],
)
def test_a_completion_asserted_is_still_a_claim(question: str) -> None:
    assert "complete" in [c.kind for c in analyse(question, EMPTY).claims]


def test_a_list_due_to_be_completed_is_not_a_list_of_completed_rows() -> None:
    analysis = analyse("Which actions are due to be completed in 2019?", EMPTY)
    assert "complete" not in analysis.statuses


@pytest.mark.parametrize(
    "question",
    [
        "Which actions are still to be completed?",
        "which recommendations are yet to be implemented",
        "List the actions that remain to be completed in the fleet plan",
    ],
)
def test_a_state_still_to_be_reached_is_the_open_statuses(question: str) -> None:
    assert "complete" not in analyse(question, EMPTY).statuses
    assert "ongoing" in analyse(question, EMPTY).statuses


def test_a_state_reported_in_the_infinitive_is_a_filter() -> None:
    analysis = analyse("Which actions were reported to be met completely?", EMPTY)
    assert analysis.statuses == ["complete"]

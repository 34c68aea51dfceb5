"""A yes/no question in a light verb ('has it been done?', 'did that happen?') claims that the
thing is complete, as 'was it completed?' does, so the answer says whether the record shows it."""

from __future__ import annotations

import pytest

from assistant.analysis import NameIndex, analyse

EMPTY = NameIndex.from_records([], [])


@pytest.mark.parametrize(
    "question",
    [
        "Has EA-4 been done yet?",
        "Did the depot review happen?",
        "Is the new fleet policy in place now?",
        "Has the audit of stores been carried out?",
    ],
)
def test_a_light_verb_yes_no_question_claims_completion(question: str) -> None:
    claims = analyse(question, EMPTY).claims
    assert [(c.kind, c.text) for c in claims] == [("complete", "completed")]


@pytest.mark.parametrize(
    "question",
    [
        "What was done about the depot review?",  # asks for the action
        "Who has done the stores audit?",
        "When did the depot review happen?",  # asks when
    ],
)
def test_other_questions_in_those_verbs_claim_nothing(question: str) -> None:
    assert analyse(question, EMPTY).claims == []

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


# -- 'already' with a perfect or a passive asserts the thing done, whatever its verb -----------
@pytest.mark.parametrize(
    "question",
    [
        "Since the park authority has already published member declarations, who chases the rest?",
        "The college has already tested its disaster recovery plan - who did that?",
        "Has the trust already rolled out the new leavers form?",
        "Given the asset register is already reconciled, who signed it off?",
    ],
)
def test_already_with_a_perfect_claims_completion(question: str) -> None:
    claims = analyse(question, EMPTY).claims
    assert [(c.kind, c.text) for c in claims] == [("complete", "completed")]


@pytest.mark.parametrize(
    "question",
    [
        "What has the council already done about damp and mould?",  # asks what was done
        "Which actions have already slipped twice?",
    ],
)
def test_already_in_a_question_of_what_claims_no_completion(question: str) -> None:
    assert all(c.kind != "complete" for c in analyse(question, EMPTY).claims)

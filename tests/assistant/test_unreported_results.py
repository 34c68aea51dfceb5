"""What an activity a record only sets out to do found (real model): 'what did the test of
X find?', where the record's action is the test and no sentence reports a result, abstains;
a review whose findings are the record's rows still answers by them. And 'how much is X
costing?' asks an amount: with none in the passages about X, the answer abstains. Invented
questions over papers of data/papers/dev."""

from __future__ import annotations

import pytest

from assistant.analysis import answer_type
from assistant.answers.support.outcomes import asked_activity
from assistant.service import Assistant


@pytest.mark.parametrize(
    ("question", "head"),
    [
        ("What did Holmebridge College's disaster recovery test find?", "test"),
        ("What did the condition survey of the estate turn up?", "survey"),
        ("What has the review into grant conditions concluded?", "review"),
        ("What is the status of the survey?", None),
    ],
)
def test_the_activity_whose_result_is_asked_is_read_from_the_question(
    question: str, head: str | None
) -> None:
    assert asked_activity(question) == head


@pytest.mark.parametrize(
    "question",
    [
        "What did Holmebridge College's disaster recovery test find?",
        "What did Kestrel Moors' quarterly backup restoration test show?",
        "What did the review of grant conditions at Marshfield find?",
    ],
)
def test_the_result_of_an_activity_the_record_only_sets_out_is_not_given(
    bodies_assistant: Assistant, question: str
) -> None:
    answer = bodies_assistant.ask(question)
    assert answer.abstained, answer.answer
    assert "no passage reports its result" in answer.answer


def test_the_findings_of_a_review_that_are_the_rows_still_answer(
    bodies_assistant: Assistant,
) -> None:
    answer = bodies_assistant.ask(
        "What did the Marshfield external auditors find about bank reconciliations?"
    )
    assert not answer.abstained, answer.answer
    assert "unexplained items" in answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "How much are the high-rise fire risk assessments costing Tamar Vale Homes?",
        "How much is the college spending on bursary checks this year?",
        "Roughly how much is the new ledger workflow costing them?",
    ],
)
def test_costing_and_spending_ask_an_amount(question: str) -> None:
    assert answer_type(question) == "amount"

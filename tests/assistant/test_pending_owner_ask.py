"""A question that asks who is responsible for a task asks the owner, not whether the task was
done: a sentence saying the task is still to be done is no correction of it. A question asking
who did it, or whether it was done, still is corrected by such a sentence."""

from __future__ import annotations

import pytest

from assistant.answers.support.claims import pending_phrase

SAID = "The procurement standards are yet to be signed off by the board."


@pytest.mark.parametrize(
    "question",
    [
        "Who is accountable for signing off the procurement standards?",
        "Who's the officer responsible for standards sign-off?",
    ],
)
def test_an_owner_asked_is_not_a_premise_of_the_task_being_done(question: str) -> None:
    assert pending_phrase(question, SAID) is None


@pytest.mark.parametrize(
    "question",
    [
        "Who signed off the procurement standards?",
        "Have the procurement standards been signed off?",
    ],
)
def test_who_did_it_or_whether_it_was_done_is_corrected(question: str) -> None:
    assert pending_phrase(question, SAID) is not None

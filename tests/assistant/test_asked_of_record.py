"""A question about one record named by ref that asks no column ('which body took over from
the review group under item 4?', 'what new body did the MPA create for HMIC R5?'): the
record's own sentence that answers the words its summary leaves unsaid is quoted, a word the
sentence only paraphrases ('create' / 'established') counted by how near it is in meaning;
a follow-up whose record was carried is answered the same way."""

from __future__ import annotations

import pytest

from assistant.service import Assistant
from tests.assistant.test_follow_ups import converse


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "which body took over from the Corporate Risk Review Group under item 4 of the "
            "2007/08 governance plan?",
            "Service Improvement Board",
        ),
        (
            "how long has the unit behind R13 in the 2002 district audit summary tracked HMIC "
            "recommendations?",
            "1999",
        ),
        ("what new body did the MPA create for HMIC R5?", "Resources sub-committee"),
        (
            "why is the committee in R20 of the PURE plan expected to convene more frequently?",
            "public complaints",
        ),
    ],
)
def test_the_records_sentence_answers_what_its_summary_leaves_unsaid(
    assistant: Assistant, question: str, expected: str
) -> None:
    answer = assistant.ask(question)
    assert answer.route == "refs", answer.route
    assert expected in answer.answer, answer.answer[:600]


def test_a_carried_record_answers_a_paraphrased_follow_up(assistant: Assistant) -> None:
    *_, moved = converse(
        assistant,
        "Who owns R13 in the 2002 district audit summary?",
        "where was it moved to?",
    )
    assert "Business Change Group" in moved.answer.answer, moved.answer.answer[:600]


def test_a_question_the_summary_answers_gets_no_extra_sentence(assistant: Assistant) -> None:
    # every word asked is in the summary already: nothing is added
    answer = assistant.ask("what is R20 in the PURE plan about?")
    assert answer.answer.count("“") <= 2, answer.answer[:600]

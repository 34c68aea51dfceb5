"""A follow-up that names a new topic first and points at it with a plural pronoun ('what about
the committee self-assessments, how far have they got?'): the pronoun is the topic, not the
rows the last answer rested on, and the topic is not dropped."""

from __future__ import annotations

import pytest

from assistant.conversation import Chat, Turn
from assistant.referring import topic_then_question
from assistant.service import Assistant


@pytest.mark.parametrize(
    ("asked", "resolved"),
    [
        (
            "what about the committee self-assessments, how far have they got?",
            "How far have the committee self-assessments got?",
        ),
        (
            "and the declarations of hospitality - who monitors them?",
            "Who monitors the declarations of hospitality?",
        ),
        (
            "what about the staff appraisals: are they finished?",
            "Are the staff appraisals finished?",
        ),
    ],
)
def test_a_plural_pronoun_is_the_plural_topic_named_first(asked: str, resolved: str) -> None:
    assert topic_then_question(asked, None) == resolved


def test_a_singular_topic_is_not_put_for_they() -> None:
    # 'the process' is no plural: 'they' (who does it) is kept, the topic added as before
    resolved = topic_then_question("and the budget process - have they finished?", None)
    assert resolved == "Have they finished for the budget process?"


@pytest.mark.slow
def test_the_new_topic_is_asked_not_the_last_row(assistant: Assistant) -> None:
    chat = Chat(assistant)
    turns = [
        Turn(
            role="user",
            content="whats the state of play on the scheme of delegation in the PURE action plan?",
        )
    ]
    first = chat.respond(turns)
    turns += [
        Turn(role="assistant", content=first.answer.answer),
        Turn(role="user", content="and the declarations of hospitality - who monitors them?"),
    ]
    result = chat.respond(turns)
    assert "hospitality" in result.standalone
    assert "Head of Pay and Benefits" in result.answer.answer

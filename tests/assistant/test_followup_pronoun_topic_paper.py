"""A follow-up that names another paper and asks what it says about 'it' ('does the 2007/08
plan say anything about it too?'): 'it' is the conversation's topic, in the user's words, asked
of the paper named (a row of one paper is no row of another), and the rows that paper gave are
then the focus ('who is responsible for it there?' is of them, not of the first paper's row)."""

from __future__ import annotations

import pytest

from assistant.paper_change import names_topic, topic_in_paper
from assistant.service import Assistant
from tests.assistant.test_follow_ups import converse


@pytest.mark.parametrize(
    "asked",
    [
        "does the AGS action plan from 2007/08 say anything about it too?",
        "is there anything on that in the 2007/08 action plan?",
        "what does the 2007/08 governance action plan say about it?",
    ],
)
def test_the_pronoun_is_read_as_a_topic(asked: str) -> None:
    assert names_topic(asked)


def test_a_pronoun_before_a_paper_noun_is_no_topic() -> None:
    # 'anything about that report' names the paper, not the topic
    assert not names_topic("does it say anything about that report?")
    assert topic_in_paper("what does that plan say?", None, "scheme of delegation") is None


@pytest.mark.slow
@pytest.mark.parametrize(
    "asked",
    [
        "does the AGS action plan from 2007/08 say anything about it too?",
        "is there anything on that in the 2007/08 action plan?",
    ],
)
def test_the_topic_is_asked_of_the_paper_named(assistant: Assistant, asked: str) -> None:
    _, moved = converse(
        assistant,
        "whats the state of play on the scheme of delegation in the PURE action plan?",
        asked,
    )
    assert "scheme of delegation" in moved.standalone
    assert "SAP upgrade" in moved.answer.answer


@pytest.mark.slow
def test_the_other_bodys_row_is_then_the_focus(bodies_assistant: Assistant) -> None:
    first, moved, owner = converse(
        bodies_assistant,
        "who owns the Fenbury recommendation on declarations of interest?",
        "does the Kestrel Moors actions paper say anything about it too?",
        "and who is responsible for it there?",
    )
    assert "Company Secretary" in first.answer.answer
    assert "declarations of interest" in moved.standalone
    assert "Member declarations of interest" in moved.answer.answer
    assert "Monitoring Officer" in owner.answer.answer
    assert "Company Secretary" not in owner.answer.answer

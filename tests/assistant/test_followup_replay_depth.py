"""A later turn points back at what the user saw: the turn before is replayed as it was
resolved when asked, through as many turns as it was (a fifth turn's 'that one' is the row
the fourth turn listed, even when the second turn was itself a follow-up). Questions of my
own over other bodies' papers (data/papers/dev)."""

from __future__ import annotations

import pytest

from assistant.service import Assistant
from tests.assistant.test_follow_ups import converse

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("opening", "other", "last"),
    [
        (
            "What does the Tamar Vale update say about rent arrears?",
            "Anything else on their plate?",
            "Is that one finished?",
        ),
        (
            "What does the Severnside tracker say about procurement waivers?",
            "Anything else on their plate?",
            "When is that due?",
        ),
        (
            "What does the Tamar Vale update say about gas safety certificates?",
            "Do they have anything else in that update?",
            "When is that one due?",
        ),
    ],
)
def test_a_fifth_turn_points_at_the_row_the_fourth_listed(
    bodies_assistant: Assistant, opening: str, other: str, last: str
) -> None:
    turns = converse(
        bodies_assistant, opening, "Which of those is complete?", "Who owns it?", other, last
    )
    listed = turns[3].answer.records
    assert len(listed) == 1 and listed[0].ref
    assert listed[0].ref in turns[4].standalone
    assert [r.ref for r in turns[4].answer.records] == [listed[0].ref]

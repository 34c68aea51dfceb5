"""'the first of those', 'the second of them', 'the last of the list': the place and the list
it is of are one pick; the row's name stands for all of it. Questions of my own over other
bodies' papers (data/papers/dev)."""

from __future__ import annotations

import pytest

from assistant.service import Assistant
from tests.assistant.test_follow_ups import converse

pytestmark = pytest.mark.slow

PUSHED = "Which Tamar Vale actions have had their deadline pushed back?"


@pytest.mark.parametrize(
    ("asked", "place", "rest"),
    [
        ("Who owns the first of those?", 0, "Who owns {}?"),
        ("When is the second of them due?", 1, "When is {} due?"),
        ("Is the last of the three complete?", -1, "Is {} complete?"),
    ],
)
def test_an_ordinal_of_the_list_is_the_row(
    bodies_assistant: Assistant, asked: str, place: int, rest: str
) -> None:
    listed, picked = converse(bodies_assistant, PUSHED, asked)
    ref = listed.answer.records[place].ref
    assert picked.standalone == rest.format(ref)
    assert [r.ref for r in picked.answer.records] == [ref]

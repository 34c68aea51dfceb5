"""An owner a question places an action with ('sits with X', 'is now with X', 'rests with X')
is read as an owner, as 'owned by X' is, and its verb is no topic word; a count's noun is read
past a name written small ('the use of estates actions'). Invented papers only."""

from __future__ import annotations

import pytest

from assistant.analysis import analyse, asks_responsibility
from assistant.analysis.nouns import counted_noun
from tests.assistant.analysis.test_lookup_readings import _index


@pytest.mark.parametrize(
    "question",
    [
        "The insurance renewal sits with the Director of Estates, doesn't it?",
        "Since the insurance renewal rests with the Director of Estates, when is it due?",
        "Is the insurance renewal still with the Director of Estates?",
        "The insurance renewal is with the Director of Estates - what is its priority?",
    ],
)
def test_an_owner_the_action_is_placed_with_is_an_owner(question: str) -> None:
    q = analyse(question, _index())
    assert q.owner == "Director of Estates", question
    assert not {"sits", "rests", "sit"} & set(q.terms)
    assert asks_responsibility(question)


def test_with_alone_places_nothing() -> None:
    assert not asks_responsibility("What was agreed with the contractor about the insurance?")
    assert not asks_responsibility("Is the problem with the insurance renewal resolved?")


def test_a_count_reads_its_noun_past_a_name_written_small() -> None:
    nouns = {"action"}
    assert counted_noun("How many of the use of estates actions are late?", nouns) == "actions"
    assert counted_noun("How many members of staff were trained?", nouns) == "members"
    q = analyse("How many of the use of estates actions sit with the Treasurer?", _index())
    assert q.intent == "count" and q.owner == "Treasurer" and "sit" not in q.terms

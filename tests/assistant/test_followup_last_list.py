"""The last list shown stays what 'the second one' picks from until a newer list replaces it,
even when the turn in between was answered from the papers' passages; and a narrowing of that
list in another word order ('out of those, which …') narrows all of its rows, past the ones
a follow-up would name. Questions of my own over other bodies' papers (data/papers/dev); the
word orders also checked without an index."""

from __future__ import annotations

import pytest

from assistant.antecedents import Previous
from assistant.list_pick import carry_list, picked
from assistant.narrowing import as_narrowing
from assistant.service import Assistant
from tests.assistant.test_follow_ups import converse


@pytest.mark.parametrize(
    ("asked", "read"),
    [
        ("of those, which belong to the Treasurer?", "which of those belong to the Treasurer?"),
        ("And out of the ones you listed, how many are done?", "And how many of those are done?"),
        ("Among them which ones are rated high", "which of those are rated high"),
        ("which of the ones you just listed are overdue?", "which of those are overdue?"),
        ("which of those are done?", "which of those are done?"),
        ("Who owns the first of those?", "Who owns the first of those?"),
    ],
)
def test_a_narrowing_is_read_in_one_word_order(asked: str, read: str) -> None:
    assert as_narrowing(asked) == read


def test_an_ordinal_after_passages_counts_in_the_list_carried(
    bodies_assistant: Assistant,
) -> None:
    register = bodies_assistant.register
    rows = [r for r in register.all() if r.ref and r.ref.startswith("19/20-")][:5]
    listed = carry_list(Previous("list", rows, [r.ref or "" for r in rows]), None, register)
    quoted = Previous("passages", rows[3:5], ["a", "b"], quoted=True)
    quoted = carry_list(quoted, listed, register)
    found = picked("and the third one?", quoted)
    assert found is not None and found[2] == [rows[2]]
    alone = picked("and the second one?", Previous("passages", rows[3:5], ["a", "b"], True))
    assert alone is not None and alone[2] == [rows[4]]  # no list before: the quotes


@pytest.mark.slow
def test_the_second_of_a_list_after_a_passage_answer(bodies_assistant: Assistant) -> None:
    listed, passages, owner = converse(
        bodies_assistant,
        "Show me the high priority recommendations in the Severnside fire tracker.",
        "What does the tracker say about pension contributions?",
        "Who is the owner of the second one?",
    )
    second = listed.answer.records[1].ref
    assert len(listed.answer.records) >= 3 and second
    assert not passages.answer.records  # answered from the text
    assert second in owner.standalone
    assert [r.ref for r in owner.answer.records] == [second]


@pytest.mark.slow
def test_out_of_those_narrows_a_list_longer_than_the_names(bodies_assistant: Assistant) -> None:
    listed, narrowed = converse(
        bodies_assistant,
        "List all the recommendations in the Severnside fire internal audit tracker",
        "Out of those, which does the Treasurer own?",
    )
    assert len(listed.answer.records) > 8
    shown = {r.id for r in listed.answer.records}
    treasurer = {r.id for r in listed.answer.records if r.owner == "Treasurer"}
    assert treasurer and {r.id for r in narrowed.answer.records} == treasurer <= shown

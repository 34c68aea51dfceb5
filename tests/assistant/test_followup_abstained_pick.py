"""A turn that picked a row of the list before by its place and then abstained (a cost or a
budget no paper gives) still moves the focus to that row: the next 'it' is the row picked,
not the list, and 'the other ones' are what the list leaves. Questions of my own over other
bodies' papers (data/papers/dev)."""

from __future__ import annotations

import pytest

from assistant.service import Assistant
from tests.assistant.test_follow_ups import converse

pytestmark = pytest.mark.slow


def test_the_last_row_stays_in_focus_after_a_cost_nobody_gives(
    bodies_assistant: Assistant,
) -> None:
    listed, cost, due = converse(
        bodies_assistant,
        "Which Tamar Vale actions have had their deadline pushed back?",
        "How much will the last one cost?",
        "When is it due now?",
    )
    last = listed.answer.records[-1].ref
    assert last and last in cost.standalone
    assert cost.answer.route == "abstain"
    assert last in due.standalone
    assert [r.ref for r in due.answer.records] == [last]


def test_the_second_row_stays_in_focus_after_a_budget_nobody_gives(
    bodies_assistant: Assistant,
) -> None:
    listed, budget, signed = converse(
        bodies_assistant,
        "List the Kestrel Moors actions owned by the Head of Land Management.",
        "What budget does the second one have?",
        "Is it finished yet?",
    )
    second = listed.answer.records[1].ref
    assert second and budget.answer.route == "abstain"
    assert second in signed.standalone
    assert [r.ref for r in signed.answer.records] == [second]


def test_the_other_ones_are_what_the_abstained_pick_leaves(
    bodies_assistant: Assistant,
) -> None:
    listed, cost, due, others = converse(
        bodies_assistant,
        "Which Tamar Vale actions have had their deadline pushed back?",
        "How much money has been set aside for the first one?",
        "Who is in charge of it?",
        "And of the other ones?",
    )
    refs = [r.ref for r in listed.answer.records]
    assert cost.answer.route == "abstain"
    assert refs[0] in due.standalone and not any(ref in due.standalone for ref in refs[1:])
    assert all(ref in others.standalone for ref in refs[1:])
    assert refs[0] not in others.standalone

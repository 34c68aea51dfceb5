"""Negation composed with an owner condition and a conjoined 'have' (issue 14, lists): 'leaving
out the ones without an owner' keeps the rows that have one, 'other than those with a named
lead' the rows with none; 'which are X and have an owner?' is one list with both conditions,
not a list and a yes/no question ('and has the Board been told?' still is)."""

from __future__ import annotations

from assistant.analysis import NameIndex, analyse
from assistant.analysis.parts import question_parts


def test_an_owner_condition_left_out_is_its_opposite(name_index: NameIndex) -> None:
    for question in (
        "Which PURE recommendations are high priority, leaving out the ones without an owner?",
        "Excluding those with no owner, how many PURE recommendations are high priority?",
        "Apart from the unassigned ones, which PURE recommendations are high priority?",
    ):
        q = analyse(question, name_index)
        assert q.has_owner and not q.no_owner, question
    q = analyse(
        "Which PURE recommendations are high priority, other than those with a named owner?",
        name_index,
    )
    assert q.no_owner and not q.has_owner
    q = analyse("Which PURE recommendations have no owner?", name_index)
    assert q.no_owner and not q.has_owner


def test_a_conjoined_have_is_the_rows_own_predicate() -> None:
    for question in (
        "Which of the Wexcombe actions are overdue and have an owner?",
        "How many recommendations are high priority and have no revised deadline?",
        "List the actions that are open and have a named lead",
    ):
        assert len(question_parts(question)) == 1, question
    assert len(question_parts("Which actions are open, and has the Board been told?")) == 2

"""A status asked for beside one set aside ('complete, not partly', 'met rather than partly
met'): the negated word leaves its rows out, the other selects; a paper's value is never read
from a negation that follows it ('implemented (not ...' is no 'Not implemented'). Bodies and
rows are invented (those of test_body_names)."""

from __future__ import annotations

import pytest

from assistant.analysis import analyse
from assistant.analysis.held_status import held_status_named
from tests.assistant.analysis.test_body_names import _index


@pytest.mark.parametrize(
    ("question", "statuses"),
    [
        ("How many of Marrowby's actions are complete, not partially?", ["complete"]),
        ("Which fire authority actions were completed rather than partly done?", ["complete"]),
        ("list the college's actions that are closed and not just partly", ["complete"]),
        ("How many Marrowby actions are finished rather than only partially?", ["complete"]),
    ],
)  # fmt: skip
def test_the_status_set_aside_leaves_its_rows_out(question: str, statuses: list[str]) -> None:
    q = analyse(question, _index())
    assert (q.statuses or ["complete"] if q.status_says else q.statuses) == statuses, question
    assert q.degree is None, question


def test_a_single_negated_status_keeps_its_complement() -> None:
    assert analyse("Which Corrisford actions are not complete?", _index()).statuses == [
        "partial",
        "ongoing",
        "not_started",
    ]


@pytest.mark.parametrize(
    ("question", "held"),
    [
        ("Which town council actions are met (not partly)?", ["Met"]),
        ("How many Hetherby actions are marked met, not partly met?", ["Met"]),
        ("Which Hetherby actions are not met?", ["Not met"]),
    ],
)  # fmt: skip
def test_a_negation_after_a_value_is_not_part_of_it(question: str, held: list[str]) -> None:
    found = held_status_named(question, _index().status_values, ["council"])
    assert found is not None and found.values == held, question


@pytest.mark.parametrize(
    "question",
    [
        "Which Hetherby actions haven't been met?",
        "how many of the town council's actions have not yet been met",
        "Hetherby: which actions were never met",
        "Which town council actions hasn't the council met?",
    ],
)  # fmt: skip
def test_a_held_not_value_is_named_by_a_denial_in_other_words(question: str) -> None:
    found = held_status_named(question, _index().status_values, ["council"])
    if "hasn't the council" in question:
        assert found is not None and found.values == ["Met"]  # the denial is not next to it
    else:
        assert found is not None and found.values == ["Not met"], question

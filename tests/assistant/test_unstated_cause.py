"""A reason asked for a change of schedule is refused, first line first, only when the row the
question describes shows the change and nothing about it may give a cause; a cause near the
row, or a row that never moved, leaves the question to the other answers. An organisation is
asked by the contract it won as by its role ('who won the X contract?')."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant.answers.model import ABSTAIN_PHRASE, Answer
from assistant.answers.support.asked_attribute import party_asked


def test_a_moved_deadline_with_no_cause_given_is_refused_in_the_first_line(
    ask: Callable[..., Answer],
) -> None:
    answer = ask("How come the MPA's HR policy sign-off got put back?")
    first = answer.answer.splitlines()[0]
    assert answer.abstained and not answer.citations
    assert first.startswith(ABSTAIN_PHRASE) and "no reason" in first
    assert "item 2" in first and "March 2009" in first  # then what the row does record


def test_a_cause_near_the_row_is_not_refused(ask: Callable[..., Answer]) -> None:
    answer = ask("For what reason was the corporate risk register work pushed back?")
    assert not answer.abstained and answer.citations


def test_a_row_that_never_moved_is_not_refused_for_its_cause(ask: Callable[..., Answer]) -> None:
    answer = ask("How come R22 was put back?")
    assert not answer.abstained
    assert "no reason" not in answer.answer.splitlines()[0]


@pytest.mark.parametrize(
    ("question", "role"),
    [
        ("Who won the street lighting contract?", "contractor"),
        ("who was awarded the tender for the depot roof?", "contractor"),
        ("Who has been given the grounds maintenance contract?", "contractor"),
        # a win of something else asks for no organisation
        ("Who won the vote on the depot roof?", None),
        ("Who got the training on lone working?", None),
    ],
)
def test_a_party_is_asked_by_the_contract_it_was_awarded(question: str, role: str | None) -> None:
    assert party_asked(question) == role

"""A yes/no question of order in time between two things ('Was A due before B?', 'Did A fall
due ahead of the B one?', 'Does A have a later deadline than B?'): both sides dated and the
order stated with yes or no first; a side that stands for its noun with 'one' is looked for
in the paper of the other side."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant.analysis import QueryAnalysis, due_order
from assistant.analysis.comparison import asked_order, compared_sides
from assistant.answers.context import AnswerContext
from assistant.service import Assistant
from tests.assistant.answers.conftest import compared_first_line


@pytest.mark.parametrize(
    ("question", "starts", "dates"),
    [
        (
            "Was the District Audit recommendation on staff appraisal due before the one on "
            "the 5 year review programme?",
            "**No — “the one on the 5 year review programme” is due first",
            ("July 2002", "Dec 2002"),
        ),
        (
            "Did the recommendation about financial training for members fall due ahead of the "
            "scheme of delegation one?",
            "**Yes — “the recommendation about financial training for members” is due first",
            ("March 2009", "Q2 2009"),
        ),
        (
            "Does the staff appraisal recommendation have a later deadline than the partner "
            "working one?",
            "**Yes — “the staff appraisal recommendation” is due later",
            ("Dec 2002", "September 02"),
        ),
        (
            "was the PURE recommendation on key operational activity indicators due after the "
            "one about members' financial training",
            "**Yes — “the PURE recommendation on key operational activity indicators” is due",
            ("April 09", "March 2009"),
        ),
    ],
)
def test_a_yes_no_order_of_two_deadlines_is_answered_yes_or_no(
    question: str,
    starts: str,
    dates: tuple[str, str],
    assistant: Assistant,
    analyse: Callable[[str], QueryAnalysis],
    context: Callable[[], AnswerContext],
) -> None:
    first = compared_first_line(question, assistant, analyse, context)
    assert first.startswith(starts), first
    assert all(d in first for d in dates), first


def test_a_date_or_the_sides_own_deadline_is_no_second_side() -> None:
    assert compared_sides("Was R5 completed before March 2009?") == []
    assert compared_sides("Was the review strategy due before its deadline?") == []
    assert compared_sides("Was R4 due before the end of 2009?") == []
    # an event's verb asks of the text, not of two deadlines
    assert compared_sides("Was the toolkit launched after the review?") == []
    assert compared_sides("Was R4 due prior to R9?") == ["R4", "R9"]


def test_the_order_a_yes_no_question_asks() -> None:
    assert asked_order("Was R4 due before R9?") == "min"
    assert asked_order("Is R6 due after R12?") == "max"
    assert asked_order("Is R6 due before or after R12?") is None
    assert asked_order("Which was due first, R4 or R9?") is None
    assert due_order("Was R12 due before R6?") == "earlier"
    assert due_order("Is R6 due after R12?") == "later"
    assert due_order("Is R9 due before or after R18?") == "earlier"


@pytest.mark.parametrize(
    ("question", "gap"),
    [
        (
            "How many months separate the deadlines of the HR policies action and the risk "
            "strategy action in the 2007/08 plan?",
            "6 months earlier",
        ),
        (
            "How long is there between the deadlines of the staff appraisal recommendation and "
            "the partner working one?",
            "3 months earlier",
        ),
    ],
)
def test_the_time_between_two_deadlines(
    question: str,
    gap: str,
    assistant: Assistant,
    analyse: Callable[[str], QueryAnalysis],
    context: Callable[[], AnswerContext],
) -> None:
    assert gap in compared_first_line(question, assistant, analyse, context)

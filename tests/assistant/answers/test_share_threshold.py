"""A yes/no question setting a threshold over a set of rows ('Were at least half of the X
met completely?', 'Did most of the areas remain ongoing?'): the rows counted against the
whole set of the scope, and yes or no first."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant.analysis import QueryAnalysis
from assistant.analysis.shares import threshold
from assistant.answers.composers import register
from assistant.answers.context import AnswerContext
from assistant.answers.router import choose_route
from assistant.service import Assistant
from tests.assistant.answers.conftest import check_answer


@pytest.mark.parametrize(
    ("question", "first"),
    [
        (
            "Were at least half of the District Audit recommendations met completely?",
            "**No — 6 of 13 (46%), against at least half.**",
        ),
        (
            "Were more than a third of the PURE recommendations rated high?",
            "**Yes — 14 of 32 (44%), against more than a third.**",
        ),
        (
            "Did most of the 2017 improvement areas remain ongoing?",
            "**Yes — 10 of 10 (100%), against most.**",
        ),
        (
            "Were fewer than a quarter of the District Audit recommendations met only partially?",
            "**Yes — 1 of 13 (8%), against fewer than a quarter.**",
        ),
    ],
)
def test_a_share_of_the_rows_against_a_threshold(
    question: str,
    first: str,
    assistant: Assistant,
    analyse: Callable[[str], QueryAnalysis],
    context: Callable[[], AnswerContext],
) -> None:
    q = analyse(question)
    assert q.intent == "count" and choose_route(q) == "register"
    assert not {"least", "third", "quarter", "half", "most"} & set(q.terms), q.terms
    answer = check_answer(assistant, register.listing(q, context()), "register")
    assert answer.answer.splitlines()[0] == first


def test_threshold_words() -> None:
    found = threshold("Were 40 per cent of the rows complete?")
    assert found is not None and found.op == ">=" and found.share == 0.4
    assert found.met(2, 5) and not found.met(1, 5)
    assert threshold("Which rows are complete?") is None

"""Forms of two-sided comparisons: a pair of opposites as the polarity, a ref against a side
named in words, the deadline first set rather than the current one."""

from __future__ import annotations

from collections.abc import Callable

from assistant.analysis import QueryAnalysis
from assistant.answers.composers import sides
from assistant.answers.context import AnswerContext
from assistant.service import Assistant
from tests.assistant.answers.conftest import check_answer


def _first_line(
    question: str,
    assistant: Assistant,
    analyse: Callable[[str], QueryAnalysis],
    context: Callable[[], AnswerContext],
) -> str:
    q = analyse(question)
    assert q.intent == "compare" and len(q.sides) == 2, (q.intent, q.sides)
    answer = check_answer(assistant, sides.by_sides(q, context()), "compare")
    return answer.answer.splitlines()[0]


def test_better_or_worse_orders_the_papers_own_degrees(
    assistant: Assistant,
    analyse: Callable[[str], QueryAnalysis],
    context: Callable[[], AnswerContext],
) -> None:
    first = _first_line(
        "Did the SMART performance measures do better or worse than the staff appraisal process?",
        assistant,
        analyse,
        context,
    )
    assert first.startswith("**R8 was met less far than R6** (R8: “Recommendation met: moderately”")


def test_a_ref_is_ordered_against_a_side_named_in_words(
    assistant: Assistant,
    analyse: Callable[[str], QueryAnalysis],
    context: Callable[[], AnswerContext],
) -> None:
    first = _first_line(
        "Which was due first: R21 or the business case for the NICC funding going live?",
        assistant,
        analyse,
        context,
    )
    assert first.startswith("**“the business case for the NICC funding going live” is due first")
    assert "March 2009" in first and "Dec 09" in first

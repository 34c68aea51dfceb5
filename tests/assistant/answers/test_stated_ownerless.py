"""'Which area has no (working) lead?' over a table with no owner column: the rows whose own
text says they have none, not an empty list."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant.analysis import QueryAnalysis
from assistant.answers.composers import register
from assistant.answers.context import AnswerContext
from assistant.service import Assistant
from tests.assistant.answers.conftest import check_answer


@pytest.mark.parametrize(
    "question",
    [
        "Which improvement area in the 2017 MPS governance report has no working lead?",
        "Which improvement area of the 2017 report still lacks a lead?",
        "Which 2017 improvement area is without a working lead?",
    ],
)
def test_the_rows_saying_they_have_no_lead(
    question: str,
    assistant: Assistant,
    analyse: Callable[[str], QueryAnalysis],
    context: Callable[[], AnswerContext],
) -> None:
    q = analyse(question)
    assert q.no_owner
    answer = check_answer(assistant, register.listing(q, context()), "register").answer
    assert answer.startswith("**1 improvement area") and "**8** Strategic Partnerships" in answer


def test_a_table_with_owners_keeps_its_empty_owner_cells(
    assistant: Assistant,
    analyse: Callable[[str], QueryAnalysis],
    context: Callable[[], AnswerContext],
) -> None:
    q = analyse("Which PURE recommendations have no owner?")
    answer = check_answer(assistant, register.listing(q, context()), "register").answer
    assert answer.startswith("**2 recommendations") and "**R20**" in answer

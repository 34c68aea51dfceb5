"""A name given with its short form ('the Purchase to Pay (P2P) workstream') picks the rows
that write either form; the question's verbs ('rely on', 'depend on … to deliver') narrow
nothing."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant.analysis import QueryAnalysis
from assistant.answers.composers import register
from assistant.answers.context import AnswerContext
from assistant.service import Assistant
from tests.assistant.answers.conftest import check_answer


@pytest.mark.parametrize(
    ("question", "head", "refs"),
    [
        (
            "Which actions rely on the Developing Resource Management (DRM) programme?",
            "**11 actions saying 'Developing Resource Management (DRM)':**",
            ["R5", "R16", "R17"],
        ),
        (
            "Which recommendations depend on the Purchase to Pay (P2P) workstream to deliver?",
            "**3 recommendations saying 'Purchase to Pay (P2P)':**",
            ["R17", "R18"],
        ),
        (
            "Which actions involve the Service Improvement Board (SIB)?",
            "**3 actions saying 'Service Improvement Board (SIB)':**",
            [],
        ),
        (
            "Which actions refer to the Scheme of Delegation (SoD)?",
            "**4 actions saying 'Scheme of Delegation (SoD)':**",
            ["R18", "R19"],
        ),
    ],
)
def test_a_name_and_its_short_form_pick_the_rows_writing_either(
    question: str,
    head: str,
    refs: list[str],
    assistant: Assistant,
    analyse: Callable[[str], QueryAnalysis],
    context: Callable[[], AnswerContext],
) -> None:
    q = analyse(question)
    answer = check_answer(assistant, register.listing(q, context()), "register")
    assert answer.answer.splitlines()[0] == head
    assert all(f"**{ref}**" in answer.answer for ref in refs)

"""records.by_field on a record described only by register values ('when is the action owned
by the Treasurer due?'): the rows those values keep answer it, not an abstention."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant.analysis import QueryAnalysis
from assistant.answers.composers import records
from assistant.answers.context import AnswerContext
from assistant.service import Assistant
from tests.assistant.answers.conftest import (
    DISTRICT_AUDIT_2002,
    PURE_2008,
    check_answer,
    record_id,
)

Analyse = Callable[[str], QueryAnalysis]
Context = Callable[[], AnswerContext]


@pytest.mark.parametrize(
    ("question", "paper", "refs", "value"),
    [
        ("When is the action owned by the Treasurer due?", PURE_2008, ["R2", "R13"], "December 08"),
        (
            "what's the deadline for the recommendation ACHR leads",
            DISTRICT_AUDIT_2002,
            ["R6"],
            "Dec 2002",
        ),
        (
            "What priority was the Head of Pay and Benefits' recommendation given?",
            PURE_2008,
            ["R21"],
            "High",
        ),
        (
            "When is the Head of Pay and Benefits' action due?",
            PURE_2008,
            ["R21"],
            "Report Dec 09 (31 December 2009)",
        ),
    ],
)
def test_a_field_of_the_rows_an_owner_describes(
    assistant: Assistant,
    analyse: Analyse,
    context: Context,
    question: str,
    paper: str,
    refs: list[str],
    value: str,
) -> None:
    q = analyse(question)
    assert q.owner and not q.refs
    answer = check_answer(assistant, records.by_field(q, context()), "field")
    assert [r.id for r in answer.records] == [record_id(paper, ref) for ref in refs]
    assert f"**{value}**" in answer.answer


def test_rows_described_by_values_are_not_taken_when_many(
    analyse: Analyse, context: Context
) -> None:
    q = analyse("When is the high priority recommendation due?")
    assert q.priority == "High"
    assert records.described_by_values(q, context()) == []  # fourteen rows: not one described


def test_subject_words_describe_the_record_not_the_values(
    analyse: Analyse, context: Context
) -> None:
    q = analyse("When is the Treasurer's action on reserves due?")
    found = records.by_field(q, context())
    assert found is not None
    assert [r.id for r in found.records] == [record_id(PURE_2008, "R13")]
    assert records.described_by_values(q, context()) == []  # 'reserves' is a subject word

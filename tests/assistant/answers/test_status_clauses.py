"""A status word inside a deadline ('due to be completed by March 2009', 'expected to be
finished by September 2002') or inside a whether-clause naming the subject is no status filter:
the rows are those due by the date, whatever their state."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant.analysis import QueryAnalysis
from assistant.analysis.degrees import in_a_clause


@pytest.mark.parametrize(
    ("question", "due_to"),
    [
        ("How many PURE recommendations were due to be completed by March 2009?", "2009-03-31"),
        (
            "Which District Audit recommendations were expected to be finished by September 2002?",
            "2002-09-30",
        ),
        (
            "List the Audit Commission recommendations planned to be implemented by April 2009.",
            "2009-04-30",
        ),
        (
            "Which 2007/08 governance actions were meant to have been closed by the end of 2008?",
            "2008-12-31",
        ),
    ],
)
def test_a_participle_of_a_deadline_is_no_status(
    question: str, due_to: str, analyse: Callable[[str], QueryAnalysis]
) -> None:
    q = analyse(question)
    assert q.statuses == [] and q.due_to == due_to, (q.statuses, q.due_to)


def test_a_status_of_the_rows_is_still_read() -> None:
    question = "Which recommendations were completed by March 2009?"
    assert not in_a_clause(question, question.index("completed"))
    clause = "Checking whether the actions get implemented is old. Which are open?"
    assert in_a_clause(clause, clause.index("implemented"))

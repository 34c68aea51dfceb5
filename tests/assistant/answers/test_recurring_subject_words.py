"""A recurring subject named beyond its theme ('tying budgets to performance information') is
looked for by its words in every paper: a paper of a year the question names whose rows do not
say it is not filled with the rows that merely share the theme."""

from __future__ import annotations

from collections.abc import Callable

from assistant.analysis import QueryAnalysis
from assistant.answers.composers import across_reports
from assistant.answers.context import AnswerContext
from tests.assistant.answers.conftest import AGS_2007_08, doc_id


def test_a_subject_beyond_its_theme_does_not_bring_in_a_papers_themed_rows(
    analyse: Callable[[str], QueryAnalysis], context: Callable[[], AnswerContext]
) -> None:
    q = analyse("Was tying budgets to performance information raised in 2002 and again in 2008?")
    assert q.intent == "recurring" and q.themes == ["performance"]
    answer = across_reports.recurrence(q, context())
    assert answer is not None and answer.records
    assert not any(r.document.id == doc_id(AGS_2007_08) for r in answer.records)


def test_a_subject_that_is_its_theme_still_reads_the_papers_progress(
    analyse: Callable[[str], QueryAnalysis], context: Callable[[], AnswerContext]
) -> None:
    q = analyse("Was performance raised in 2002 and again in 2008?")
    answer = across_reports.recurrence(q, context())
    assert answer is not None and answer.records

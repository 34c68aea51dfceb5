"""Recurrence asked by structure rather than by a word for 'again': of the papers before or
after one named ('raised before the 2017 report'), in how many papers, with 'keep' + a verb in
-ing ('keep returning to'), and what a named paper raised that a later one still reports
('which 2008 issues were still open in 2017?')."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant.analysis import QueryAnalysis
from assistant.analysis.recurrence import around_a_paper
from assistant.answers.composers import across_reports
from assistant.answers.context import AnswerContext
from assistant.answers.router import choose_route
from assistant.service import Assistant
from tests.assistant.answers.conftest import check_answer


@pytest.mark.parametrize(
    ("question", "years"),
    [
        ("Has partnership governance been raised as a concern before the 2017 report?", "2002"),
        ("Did performance information come up again after the 2002 District Audit report?", "2017"),
        ("Was the scheme of delegation mentioned after the 2007/08 governance statement?", "2008"),
        ("Had risk management been flagged before the 2017 MPS governance report?", "2008"),
    ],
)
def test_a_subject_asked_of_the_papers_on_one_side_of_a_named_one(
    question: str,
    years: str,
    assistant: Assistant,
    analyse: Callable[[str], QueryAnalysis],
    context: Callable[[], AnswerContext],
) -> None:
    q = analyse(question)
    assert q.intent == "recurring" and choose_route(q) == "recurring"
    answer = check_answer(assistant, across_reports.recurrence(q, context()), "recurring")
    head = answer.answer.splitlines()[0]
    assert head.startswith("**Yes — ") and years in head, head


def test_the_side_of_the_named_paper() -> None:
    assert around_a_paper("Was X raised before the 2017 report?") == "before"
    assert around_a_paper("Did X come up again after the 2002 audit?") == "after"
    assert around_a_paper("Was X mentioned since the 2008 plan?") == "after"
    assert around_a_paper("Was R5 due before the 2017 report?") is None


@pytest.mark.parametrize(
    "question",
    [
        "In how many of the papers does the scheme of delegation appear?",
        "Across how many reports is partnership working discussed?",
        "Do the papers keep returning to financial training for members?",
        "Does the record keep mentioning the scheme of delegation?",
    ],
)
def test_recurrence_asked_by_a_count_of_papers_or_a_continuous_aspect(
    question: str, analyse: Callable[[str], QueryAnalysis]
) -> None:
    q = analyse(question)
    assert q.intent == "recurring", q.intent
    assert not {"keep", "returning", "mentioning", "many"} & set(q.terms), q.terms


@pytest.mark.parametrize(
    ("question", "within", "kept"),
    [
        (
            "Which problems in the 2007/08 governance statement were still being reported in 2017?",
            "(2008 and 2017)",
            "*Commercial & Contract Controls*",
        ),
        (
            "What weaknesses from the 2002 District Audit report were still there in 2008?",
            "(2002 and 2008)",
            "*Resourcing for Best Value reviews*",
        ),
    ],
)
def test_the_issues_a_paper_raised_that_a_later_one_still_reports(
    question: str,
    within: str,
    kept: str,
    assistant: Assistant,
    analyse: Callable[[str], QueryAnalysis],
    context: Callable[[], AnswerContext],
) -> None:
    q = analyse(question)
    assert q.intent == "recurring" and across_reports.recurrence(q, context()) is None
    answer = check_answer(assistant, across_reports.recurring_overview(q, context()), "recurring")
    assert answer.answer.startswith(f"**3 issues appear in more than one report {within}**")
    assert kept in answer.answer


@pytest.mark.parametrize(
    ("question", "subject"),
    [
        ("Where do HR policies appear in the 2002 and 2008 papers?", "'HR policies'"),
        ("In which papers does financial training come up?", "'financial training'"),
        ("where does contract management feature in the record", "'contract management'"),
        ("Which reports mention the scheme of delegation?", "'scheme of delegation'"),
    ],
)
def test_where_a_subject_comes_up_is_a_recurrence_across_the_papers(
    question: str,
    subject: str,
    assistant: Assistant,
    analyse: Callable[[str], QueryAnalysis],
    context: Callable[[], AnswerContext],
) -> None:
    q = analyse(question)
    assert q.intent == "recurring" and choose_route(q) == "recurring"
    answer = check_answer(assistant, across_reports.recurrence(q, context()), "recurring")
    head = answer.answer.splitlines()[0]
    assert head.startswith(f"**{subject} "), head  # where, not whether: no yes or no

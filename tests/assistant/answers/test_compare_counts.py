"""Comparisons asked of two things at once: what two papers each say about one subject
('What do A and B say about X?'), counts asked yes/no ('Does A own more N than B?', 'Were more
rows met X than Y?'), and a table named by a paper's name and the row noun ('the HMIC
improvement areas') rather than the other paper's table whose heading shares the noun."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant.analysis import QueryAnalysis
from assistant.analysis.comparison import asked_more, than_values
from assistant.answers.composers import paper_counts
from assistant.answers.context import AnswerContext
from assistant.answers.router import choose_route
from assistant.service import Assistant
from tests.assistant.answers.conftest import check_answer, compared_first_line

HMIC_AREAS = "HMIC Inspection of Resource Leverage – MPS 2008 (Summary of Areas for Improvement)"


@pytest.mark.parametrize(
    "question",
    [
        "What do the 2007/08 governance statement and the 2017 governance report each say "
        "about contract controls?",
        "what did the District Audit summary and the PURE plan say about partner working",
        "What did the MOPAC plan and the MPS governance report say about the risk register?",
    ],
)
def test_two_papers_asked_the_same_open_question_are_compared(
    question: str, analyse: Callable[[str], QueryAnalysis]
) -> None:
    q = analyse(question)
    assert q.intent == "compare" and len(q.documents) == 2, (q.intent, q.documents)
    assert choose_route(q) == "compare"


def test_one_paper_asked_an_open_question_is_a_lookup(
    analyse: Callable[[str], QueryAnalysis],
) -> None:
    assert analyse("What does the PURE plan say about partner working?").intent != "compare"


@pytest.mark.parametrize(
    "question",
    [
        "Does the Director of Business Performance lead more HMIC improvement areas than the "
        "Director of Finance Services?",
        "Who is responsible for more of the HMIC areas for improvement, the Director of Finance "
        "Services or the Director of Business Performance?",
    ],
)
def test_owners_counted_within_the_table_the_paper_and_row_noun_name(
    question: str,
    assistant: Assistant,
    analyse: Callable[[str], QueryAnalysis],
    context: Callable[[], AnswerContext],
) -> None:
    q = analyse(question)
    assert q.section == HMIC_AREAS and q.sections == [], (q.section, q.sections)
    first = compared_first_line(question, assistant, analyse, context)
    assert "Director of Finance Services owns more: 11 against 10" in first, first
    assert first.startswith("**No — ") == question.startswith("Does")


@pytest.mark.parametrize(
    ("question", "starts"),
    [
        ("Were more PURE recommendations rated high than medium?", "**Yes — More are high: 14"),
        (
            "Were fewer District Audit recommendations met moderately than partially?",
            "**No — More are moderately: 2 against 1",
        ),
        (
            "Did the District Audit summary have fewer recommendations met significantly than "
            "completely?",
            "**Yes — More are completely: 6 against 4",
        ),
    ],
)
def test_two_values_counted_in_a_yes_no_than_question(
    question: str,
    starts: str,
    assistant: Assistant,
    analyse: Callable[[str], QueryAnalysis],
    context: Callable[[], AnswerContext],
) -> None:
    assert compared_first_line(question, assistant, analyse, context).startswith(starts)


def test_the_count_a_yes_no_question_asks_of_its_first_side() -> None:
    assert asked_more("Does A own more rows than B?") == "max"
    assert asked_more("Did A have fewer rows than B?") == "min"
    assert asked_more("Who owns more, A or B?") is None
    assert than_values("Were more rows rated high than medium?") == ["high", "medium"]
    assert than_values("Does A own more rows than the Treasurer's office?") == []


@pytest.mark.parametrize(
    ("question", "starts"),
    [
        (
            "Which has more high-priority recommendations in the PURE plan, internal control or "
            "value for money?",
            "**More are internal control: 5 against 4 value for money.**",
        ),
        (
            "Are there more PURE recommendations under financial management or under internal "
            "control?",
            "**More are financial management: 10 against 8 internal control.**",
        ),
        (
            "Which has more medium-priority recommendations: financial reporting or financial "
            "standing?",
            "**Neither: 1 each are financial reporting and financial standing (category).**",
        ),
    ],
)
def test_two_categories_counted_with_the_other_filters(
    question: str,
    starts: str,
    assistant: Assistant,
    analyse: Callable[[str], QueryAnalysis],
    context: Callable[[], AnswerContext],
) -> None:
    assert compared_first_line(question, assistant, analyse, context).startswith(starts)


@pytest.mark.parametrize(
    ("question", "starts"),
    [
        (
            "Which has more completed items: the 2002 District Audit progress summary or the "
            "PURE plan?",
            "**Action Plan Progress Summary: District Audit Report on Policing and Performance "
            "Plan 2001/2 (2002) has more: 6 items (complete), against 5.**",
        ),
        (
            "Which paper has more recommendations owned by the MPA, the district audit summary "
            "or the PURE plan?",
            "**MPS Action Plan for PURE/SRL (2008) has more: 4 recommendations (owned by MPA), "
            "against 0.**",
        ),
        (
            "Did the PURE plan or the 2007/08 action plan have more partnership actions?",
            "**MPS Action Plan for PURE/SRL (2008) has more: 3 actions (partnership), against 1.**",
        ),
    ],
)
def test_the_rows_of_two_papers_counted_are_those_the_values_named_keep(
    question: str,
    starts: str,
    assistant: Assistant,
    analyse: Callable[[str], QueryAnalysis],
    context: Callable[[], AnswerContext],
) -> None:
    answer = check_answer(assistant, paper_counts.counted(analyse(question), context()), "compare")
    assert answer.answer.startswith(starts), answer.answer


def test_a_paper_size_claimed_is_checked_against_the_whole_paper_not_the_rows_asked(
    assistant: Assistant,
    analyse: Callable[[str], QueryAnalysis],
    context: Callable[[], AnswerContext],
) -> None:
    for question, refs in (
        ("which of the 27 audit commission recommendations are rated low", ["R2"]),
        ("which of the district audit's 13 recommendations were led by ACHR", ["R6"]),
    ):
        answer = assistant.ask(question)
        assert answer.route == "register", answer.answer
        assert [r.ref for r in answer.records] == refs, question

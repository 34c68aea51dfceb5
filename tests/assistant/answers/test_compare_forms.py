"""Forms of two-sided comparisons: a pair of opposites as the polarity, a ref against a side
named in words, the deadline first set rather than the current one."""

from __future__ import annotations

from collections.abc import Callable

from assistant.analysis import QueryAnalysis
from assistant.analysis.parts import question_parts
from assistant.answers.composers import sides
from assistant.answers.context import AnswerContext
from assistant.answers.router import choose_route
from assistant.service import Assistant
from tests.assistant.answers.conftest import check_answer, compared_first_line


def test_better_or_worse_orders_the_papers_own_degrees(
    assistant: Assistant,
    analyse: Callable[[str], QueryAnalysis],
    context: Callable[[], AnswerContext],
) -> None:
    first = compared_first_line(
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
    first = compared_first_line(
        "Which was due first: R21 or the business case for the NICC funding going live?",
        assistant,
        analyse,
        context,
    )
    assert first.startswith("**“the business case for the NICC funding going live” is due first")
    assert "March 2009" in first and "Dec 09" in first


def test_an_original_deadline_is_compared_where_it_was_revised(
    assistant: Assistant,
    analyse: Callable[[str], QueryAnalysis],
    context: Callable[[], AnswerContext],
) -> None:
    question = (
        "Which was {}due first, the HR policies action or the partnership governance arrangements?"
    )
    # both deadlines were revised to March 2009; first set, they were a month apart
    now = compared_first_line(question.format(""), assistant, analyse, context)
    assert now.startswith("**They fall on the same date, March 2009**")
    first = compared_first_line(question.format("originally "), assistant, analyse, context)
    assert first.startswith("**“the HR policies action” was originally due first: November 2008")
    assert "December 2008" in first and "1 month earlier" in first


def test_two_papers_are_ordered_and_who_presented_each_is_said(
    assistant: Assistant,
    analyse: Callable[[str], QueryAnalysis],
    context: Callable[[], AnswerContext],
) -> None:
    question = (
        "Which came first, the panel meeting on the MOPAC Governance Improvement Plan or the "
        "one on the MPS Governance Report, and who reported each?"
    )
    assert question_parts(question) == [question]  # 'each' points back to the two sides
    q = analyse(question)
    assert choose_route(q) == "compare"
    answer = check_answer(assistant, sides.by_sides(q, context()), "compare").answer
    assert answer.startswith("**“the one on the MPS Governance Report” came first: Friday, 31")
    assert "“Report by: The Chief Financial Officer, MOPAC” [" in answer
    assert "“Report by: The Director of Strategy and Insight” [" in answer


def test_which_is_later_names_the_later_side_first(
    assistant: Assistant,
    analyse: Callable[[str], QueryAnalysis],
    context: Callable[[], AnswerContext],
) -> None:
    first = compared_first_line(
        "Which was originally due later, the HR policies action or the partnership governance "
        "arrangements?",
        assistant,
        analyse,
        context,
    )
    assert first.startswith(
        "**“the partnership governance arrangements” was originally due later: December 2008"
    )
    assert first.endswith("— 1 month later.**")


def test_two_owners_are_compared_on_the_records_in_the_state_asked(
    assistant: Assistant,
    analyse: Callable[[str], QueryAnalysis],
    context: Callable[[], AnswerContext],
) -> None:
    q = analyse(
        "Does the Treasurer or the Director of Property Services have more recommendations "
        "marked complete?"
    )
    answer = check_answer(assistant, sides.owners_counted(q, context()), "compare")
    # each owns two; both of the Director's are complete (R10, R11), neither of the Treasurer's
    first = answer.answer.splitlines()[0]
    assert (
        first
        == "**Director of Property Services owns more (complete): 2 against 0 for Treasurer.**"
    )
    assert {r.ref for r in answer.records} == {"R10", "R11"}


def test_two_sides_standing_for_the_two_papers_named_are_dated_by_their_mastheads(
    assistant: Assistant,
    analyse: Callable[[str], QueryAnalysis],
    context: Callable[[], AnswerContext],
) -> None:
    # 'the MOPAC plan' holds too few of its paper's title words to name it alone, but the
    # question names two papers and has two sides: each side is the paper it shares words with
    first = compared_first_line(
        "Which sitting of the panel came first: the one taking the MOPAC plan or the one taking "
        "the MPS governance report?",
        assistant,
        analyse,
        context,
    )
    assert first.startswith("**“the one taking the MPS governance report” came first")
    assert "Tuesday, 19 December 2017" in first and "2017/18" not in first


def test_two_owners_are_compared_within_the_due_window_asked(
    assistant: Assistant,
    analyse: Callable[[str], QueryAnalysis],
    context: Callable[[], AnswerContext],
) -> None:
    q = analyse(
        "Does the Treasurer or the Director of Property Services have more recommendations "
        "due in 2008?"
    )
    answer = check_answer(assistant, sides.owners_counted(q, context()), "compare")
    # each owns two; only the Treasurer's R2 (December 08) is due in 2008
    first = answer.answer.splitlines()[0]
    assert first == (
        "**Treasurer owns more (due 2008-01-01 to 2008-12-31): 1 against 0 for "
        "Director of Property Services.**"
    )
    assert {r.ref for r in answer.records} == {"R2"}


def test_the_age_of_two_papers_orders_them_and_a_paper_without_a_date_by_its_year(
    assistant: Assistant,
    analyse: Callable[[str], QueryAnalysis],
    context: Callable[[], AnswerContext],
) -> None:
    """'older', 'more recent', 'newer' order two papers in time; a paper printing no date is
    dated by the year of its period, and only its year is compared."""
    for question, start in (
        (
            "Which paper is older, the MPS Action Plan for PURE/SRL or the MPS Governance Report?",
            "**“the MPS Action Plan for PURE/SRL” came first: 2008",
        ),
        (
            "Which is the more recent report, the MOPAC Governance Improvement Plan or the "
            "Action Plan Progress Summary?",
            "**“the MOPAC Governance Improvement Plan” came later: Tuesday, 19 December 2017",
        ),
        (
            "Is the MPS Action Plan for PURE/SRL newer than the MOPAC Governance Improvement Plan?",
            "**No — “the MOPAC Governance Improvement Plan” came later: Tuesday, 19 December",
        ),
    ):
        first = compared_first_line(question, assistant, analyse, context)
        assert first.startswith(start), (question, first)
        assert "about 9 years" in first or "15 years and 8 months" in first, first

"""Comparisons of two records named in words, and filters read inside a negation."""

from __future__ import annotations

from collections.abc import Callable

from assistant.analysis import QueryAnalysis
from assistant.answers.composers import sides
from assistant.answers.context import AnswerContext
from assistant.service import Assistant
from tests.assistant.answers.conftest import PURE_2008, check_answer, sample_text


def test_two_records_named_in_words_are_compared_on_priority(
    assistant: Assistant,
    analyse: Callable[[str], QueryAnalysis],
    context: Callable[[], AnswerContext],
) -> None:
    row = next(line for line in sample_text(PURE_2008).splitlines() if " R13 Keep reserves" in line)
    assert "\tHigh\t" in row  # the register's value, as the paper writes it
    q = analyse(
        "Which has the higher priority, keeping reserves under review or reviewing the "
        "Standards Committee meetings?"
    )
    assert q.intent == "compare" and len(q.sides) == 2
    answer = check_answer(assistant, sides.by_sides(q, context()), "compare")
    assert answer.answer.startswith("**R13 has a higher priority than R20** (R13: “High” [1]; R20:")
    assert [r.ref for r in answer.records] == ["R13", "R20"]
    lower = analyse(
        "Which has the lower priority, keeping reserves under review or reviewing the "
        "Standards Committee meetings?"
    )
    assert check_answer(assistant, sides.by_sides(lower, context()), "compare").answer.startswith(
        "**R20 has a lower priority than R13**"
    )


def test_a_side_the_register_does_not_hold_passes_the_question_on(
    analyse: Callable[[str], QueryAnalysis], context: Callable[[], AnswerContext]
) -> None:
    q = analyse("Which is due sooner, keeping reserves under review or the canteen refit?")
    assert q.sides and sides.by_sides(q, context()) is None


def test_negated_status_and_excluded_owner_are_complements(
    ask: Callable[..., object], analyse: Callable[[str], QueryAnalysis]
) -> None:
    q = analyse("Which recommendations have not been completed?")
    assert sorted(q.statuses) == ["not_started", "ongoing", "partial"]
    assert "yet" not in analyse("Which recommendations are yet to be implemented?").terms
    q = analyse(
        "Which PURE actions are owned by someone other than the Director of Finance Services?"
    )
    assert q.owner is None and q.owner_not == "Director of Finance Services"
    q = analyse("Which PURE actions are owned by the Director of Finance Services?")
    assert q.owner == "Director of Finance Services" and q.owner_not is None


def test_a_named_value_the_record_contradicts_is_corrected(
    assistant: Assistant,
    analyse: Callable[[str], QueryAnalysis],
    context: Callable[[], AnswerContext],
) -> None:
    from assistant.answers.composers import records

    q = analyse("Why is R13 in the PURE plan owned by the Director of Property Services?")
    assert q.owner == "Director of Property Services"
    answer = check_answer(assistant, records.by_ref(q, context()), "refs")
    assert answer.answer.startswith(
        "**No — R13 (MPS Action Plan for PURE/SRL (2008)) is owned by Director of Finance "
        "Services and Treasurer [1], not Director of Property Services.**"
    )
    same = analyse("Why is R13 in the PURE plan owned by the Director of Finance Services?")
    assert not check_answer(assistant, records.by_ref(same, context()), "refs").answer.startswith(
        "**No"
    )


def test_an_event_a_sentence_dates_is_ordered_against_a_deadline(
    assistant: Assistant,
    analyse: Callable[[str], QueryAnalysis],
    context: Callable[[], AnswerContext],
) -> None:
    q = analyse(
        "Which happened first, the launch of the Developing Resource Management programme "
        "or the deadline for the HR policies?"
    )
    answer = check_answer(assistant, sides.by_sides(q, context()), "compare")
    first = answer.answer.splitlines()[0]
    # the event's date comes from the progress sentence, the other side's from its deadline
    assert first.startswith("**“the launch of the Developing Resource Management programme”")
    assert "July 2008" in first and "March 2009" in first and "8 months earlier" in first


def test_a_row_of_several_deadlines_is_ordered_by_the_one_asked(
    assistant: Assistant,
    analyse: Callable[[str], QueryAnalysis],
    context: Callable[[], AnswerContext],
) -> None:
    q = analyse("Which is due sooner, the risk management strategy review or the HR policies?")
    first = check_answer(assistant, sides.by_sides(q, context()), "compare").answer.splitlines()[0]
    assert first.startswith("**“the risk management strategy review” is due first: Sept 2008")


def test_papers_named_by_their_meetings_are_ordered_by_their_dates(
    assistant: Assistant,
    analyse: Callable[[str], QueryAnalysis],
    context: Callable[[], AnswerContext],
) -> None:
    q = analyse(
        "Which came first, the meeting that received the MPS Governance Report or the one "
        "that received the MOPAC Governance Improvement Plan?"
    )
    first = check_answer(assistant, sides.by_sides(q, context()), "compare").answer.splitlines()[0]
    assert "31 March 2017" in first and "19 December 2017" in first
    assert first.startswith("**“the meeting that received the MPS Governance Report” came first")

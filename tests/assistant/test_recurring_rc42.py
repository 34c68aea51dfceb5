"""Recurring and across-body questions (rc42): the opening answers the question asked."""

from __future__ import annotations

import pytest

from assistant.analysis.periods import due_window
from assistant.analysis.recurrence import CONTENT_ASKED
from assistant.service import Assistant


@pytest.mark.parametrize(
    "question",
    [
        "Across these bodies, who has an audit action about testing disaster recovery?",
        "Of all the bodies: who has a recommendation on gas safety?",
        "which organisations have an action on payroll overpayments?",
        "Eastmoor - which recommendations keep coming up?",
        "How has partnership governance been dealt with across these papers?",
    ],
)
def test_a_wh_question_asks_for_content(question: str) -> None:
    assert CONTENT_ASKED.search(question)


@pytest.mark.parametrize(
    "question",
    [
        "Has gas safety come up before?",
        "Across the papers, is lone working raised more than once?",
        "Does disaster recovery recur, and where?",
        "How often has payroll come up?",
        "Has it come up more than once: which actions deal with training or skills?",
    ],
)
def test_a_yes_no_question_is_not_content_asked(question: str) -> None:
    assert not CONTENT_ASKED.search(question)


@pytest.mark.parametrize(
    "question",
    [
        "Across these bodies, who has an action about gas safety certificates?",
        "Which bodies have a recommendation on gas safety certificates?",
    ],
)
def test_who_or_which_bodies_is_answered_without_yes(
    bodies_assistant: Assistant, question: str
) -> None:
    answer = bodies_assistant.ask(question).answer
    assert not answer.startswith("**Yes") and not answer.startswith("**No")
    assert "Tamar Vale Homes" in answer and "Fenbury Housing Group" in answer


def test_a_yes_no_question_of_bodies_still_opens_with_yes(bodies_assistant: Assistant) -> None:
    answer = bodies_assistant.ask("Has gas safety come up at more than one body?").answer
    assert answer.startswith("**Yes")


@pytest.mark.parametrize(
    "question",
    [
        "the scheme of delegation shows up in a few places - which actions touch on it?",
        "which actions mention the scheme of delegation?",
        "List the rows dealing with the scheme of delegation.",
    ],
)
def test_a_row_writing_only_the_short_form_is_on_the_topic(
    assistant: Assistant, question: str
) -> None:
    """R19 of the PURE plan says only 'SoD', which the plan defines as 'Scheme of Delegation'."""
    answer = assistant.ask(question).answer
    assert "**R19**" in answer and "**R18**" in answer


def test_a_short_form_of_a_name_the_question_spells_out(assistant: Assistant) -> None:
    """'most similar forces (MSF)': R23 writes only 'MSFs'."""
    answer = assistant.ask(
        "Which items deal with comparing the Met's costs against most similar forces or "
        "benchmarking?"
    ).answer
    assert "**R23**" in answer and "**R24**" in answer


def test_a_short_form_whose_name_the_question_lacks_adds_nothing(assistant: Assistant) -> None:
    """'delegation' alone names no short form's whole name: no row is listed for 'SoD'."""
    answer = assistant.ask("which actions mention delegation of financial authority?").answer
    assert "**R19**" not in answer


@pytest.mark.parametrize(
    ("question", "window"),
    [
        ("which of the risk management actions ran to March 2009 instead?", "2009-03"),
        ("which actions run until Q2 2009?", "2009-04"),
        ("which ones went on into 2010?", "2010-01"),
        ("which actions stretched to December 2008?", "2008-12"),
    ],
)
def test_a_row_run_out_to_a_date_is_a_deadline_window(question: str, window: str) -> None:
    start, _end, words = due_window(question)
    assert start is not None and start.startswith(window) and words


def test_a_person_who_ran_something_names_no_deadline() -> None:
    assert due_window("Who ran the March 2009 review?") == (None, None, None)

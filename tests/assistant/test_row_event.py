"""The date or the doer of an event a named row does not give (``composers/row_event``), and
the cause of a named row's moved deadline (``unstated_cause.unstated_row_cause``): refused,
naming the row, when no sentence of the row gives it; the row's own deadline, a modifier, a
phrase of mere happening, a dated note or a named doer still answer. Over other bodies' papers
(``bodies_assistant``), in wordings written here."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant.analysis import answer_type
from assistant.answers.composers.row_event import undated_event, unnamed_agent
from assistant.answers.composers.unstated_cause import unstated_row_cause
from assistant.answers.model import Answer
from assistant.service import Assistant
from tests.assistant.conftest import checked_asker
from vectorstore.filters import SearchFilters

Ask = Callable[[str], Answer]


@pytest.fixture()
def ask(bodies_assistant: Assistant) -> Ask:
    return checked_asker(bodies_assistant)


@pytest.mark.parametrize(
    ("question", "ref"),
    [
        # 'Process changed; training pending.': the change is reported, with no date
        ("On what date was the HC-03 payroll process changed?", "HC-03"),
        # an event the row never speaks of: its deadline is another thing's
        ("When did IA-10's weekly figures first go to the Board?", "IA-10"),
    ],
)
def test_a_date_the_row_does_not_give_is_refused(ask: Ask, question: str, ref: str) -> None:
    answer = ask(question)
    assert answer.abstained and not answer.citations, answer.answer
    assert answer.abstention == "value_not_given"
    assert ref in answer.answer.splitlines()[0]


@pytest.mark.parametrize(
    "question",
    [
        "When will the remaining IA-02 blocks be assessed?",  # a modifier: the row's own work
        "When did IA-04's retraining take place?",  # 'Training delivered September 2020.'
        "When is HC-05 expected to be finished?",  # the row's own deadline
        "When was the HC-04 template supposed to be drafted?",  # intended: its deadline
    ],
)
def test_the_row_own_deadline_or_a_dated_note_is_not_refused(
    bodies_assistant: Assistant, question: str
) -> None:
    q = bodies_assistant.analyse(question)
    context = bodies_assistant.context(SearchFilters(), None)
    assert undated_event(q, context) is None


def test_a_doer_the_row_does_not_name_is_refused_not_answered_with_the_owner(ask: Ask) -> None:
    answer = ask("Who carried out the IA-02 fire risk assessments?")
    first = answer.answer.splitlines()[0]
    assert answer.abstained and not answer.citations, answer.answer
    assert "IA-02" in first and "Head of Asset Management" in answer.answer  # not the doer


@pytest.mark.parametrize(
    "question",
    [
        "Who endorsed the IA-08 compliance statement?",  # '… approved by the Board.'
        "Who dealt with IA-04?",  # the row's own work: its owner answers
    ],
)
def test_a_named_doer_or_the_row_own_work_is_not_refused(
    bodies_assistant: Assistant, question: str
) -> None:
    q = bodies_assistant.analyse(question)
    context = bodies_assistant.context(SearchFilters(), None)
    assert unnamed_agent(q, context) is None


def test_a_named_row_moved_with_no_cause_is_refused_for_its_cause(ask: Ask) -> None:
    # 'First census reconciled. Deadline moved back from …': moved, and no cause given
    answer = ask("How come the HC-01 deadline got put back?")
    first = answer.answer.splitlines()[0]
    assert answer.abstained and not answer.citations, answer.answer
    assert "HC-01" in first and "no reason" in first


def test_a_named_row_that_never_moved_is_left_to_the_other_answers(
    bodies_assistant: Assistant,
) -> None:
    q = bodies_assistant.analyse("Why was HC-06's deadline put back?")
    context = bodies_assistant.context(SearchFilters(), None)
    assert unstated_row_cause(q, context) is None


def test_a_follow_up_opening_with_and_still_asks_a_date() -> None:
    assert answer_type("and when did the panel last sit?") == "year"
    assert answer_type("so when was it agreed?") == "year"


def test_a_paper_own_body_and_abbreviations_name_no_party(assistant: Assistant) -> None:
    # 'A consultant has been appointed to draft a set of HR policies for the Authority.': the
    # paper's own body ('the Authority') and its own abbreviation ('HR') name no consultancy
    answer = checked_asker(assistant)(
        "Which consultancy is drafting the item 2 HR policies in the 2007/08 governance action "
        "plan?"
    )
    assert answer.abstained and not answer.citations, answer.answer
    assert "names no consultancy" in answer.answer


def test_a_note_saying_more_than_the_move_may_give_the_cause() -> None:
    from assistant.answers.composers.unstated_cause import _says_more_than_the_move
    from tests.assistant.test_followup_rules import record

    row = record(
        "DR-1",
        title="Replace the depot roof",
        action="Replace the depot roof and gutters",
        progress="Roof survey done. Completion date moved from March to June 2025.",
    )
    assert not _says_more_than_the_move(row)  # its own work, then the move
    cause = row.model_copy(
        update={"progress": "Contractor went into administration. Date moved to June 2025."}
    )
    assert _says_more_than_the_move(cause)
    purpose = row.model_copy(update={"progress": "Deferred to avoid the winter months."})
    assert _says_more_than_the_move(purpose)

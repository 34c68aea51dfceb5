"""A thing the question asks of a named row that the row does not hold ('when will the X *for*
R4 be agreed?'), a cause asked of a subject several moved rows fit, and a doer no passage about
the event names: refused with what the record does hold, while the row's own deadline, a
stated cause and a named doer still answer. Over other bodies' papers (``bodies_assistant``)
and the bundled record, in wordings written here."""

from __future__ import annotations

import pytest

from assistant.answers.composers.prose_doer import unnamed_doer
from assistant.answers.composers.row_event import undated_event
from assistant.answers.composers.unstated_cause import unstated_cause
from assistant.answers.support.doers import names_doer
from assistant.answers.support.ref_phrase import ref_phrase_heads
from assistant.service import Assistant
from tests.assistant.conftest import checked_asker
from vectorstore.filters import SearchFilters


def test_the_phrase_a_ref_completes_is_read_by_its_preposition_or_possessive() -> None:
    assert {"bonus", "payment"} <= ref_phrase_heads(
        "When will the bonus payment for Q-7 be made?", ["Q-7"]
    )
    assert "rota" in ref_phrase_heads("When is Q-7's rota going to be published?", ["Q-7"])
    # the ref is the phrase itself: the board is where, not what
    assert not ref_phrase_heads("When will Q-7 be reviewed by the board?", ["Q-7"])


def test_a_planned_date_of_a_thing_the_row_does_not_hold_is_refused(
    bodies_assistant: Assistant,
) -> None:
    answer = checked_asker(bodies_assistant)("When will the bonus payment for NV-05 be made?")
    first = answer.answer.splitlines()[0]
    assert answer.abstained and not answer.citations, answer.answer
    assert answer.abstention == "value_not_given"
    assert "NV-05" in first and "payment" in first


@pytest.mark.parametrize(
    "question",
    [
        "When will NV-05's screens be maintained under contract?",  # the row's own thing
        "When will NV-05 be signed off by the board?",  # no thing but the row
    ],
)
def test_a_planned_date_of_the_row_itself_is_left_to_its_deadline(
    bodies_assistant: Assistant, question: str
) -> None:
    q = bodies_assistant.analyse(question)
    context = bodies_assistant.context(SearchFilters(), None)
    assert undated_event(q, context) is None


def test_a_cause_asked_of_a_change_the_note_writes_is_refused_when_none_is_given(
    bodies_assistant: Assistant,
) -> None:
    # many rows speak of a test; the one whose note writes the asked change gives no cause
    q = bodies_assistant.analyse("How come the recovery test got pushed back?")
    context = bodies_assistant.context(SearchFilters(), None)
    answer = unstated_cause(q, context)
    assert answer is not None and answer.abstained, answer
    assert "HC-05" in answer.answer.splitlines()[0]


def test_a_cause_the_note_gives_still_answers(bodies_assistant: Assistant) -> None:
    # 'Awaiting new backup software.': a cause, however loosely worded
    q = bodies_assistant.analyse("How come the backup testing got pushed back?")
    context = bodies_assistant.context(SearchFilters(), None)
    assert unstated_cause(q, context) is None


def test_a_by_phrase_naming_only_what_the_question_names_is_no_doer() -> None:
    question = "Who audited the depot accounts for the Parish Council?"
    assert not names_doer(
        "The depot accounts were audited as requested by the Parish Council.", question
    )
    assert names_doer("The depot accounts were audited by Smith and Partners.", question)


def test_a_doer_no_passage_names_is_refused(assistant: Assistant) -> None:
    answer = checked_asker(assistant)(
        "Who commissioned the review of the regularity of Standards Committee meetings?"
    )
    assert answer.abstained and not answer.citations, answer.answer
    assert answer.abstention == "value_not_given"


def test_a_doer_a_passage_names_is_left_to_the_passages(assistant: Assistant) -> None:
    # 'Internal Audit has undertaken a systems review of …': the doer is named
    q = assistant.analyse("Who undertook the systems review of the corporate risk process?")
    assert unnamed_doer(q, assistant.context(SearchFilters(), None)) is None

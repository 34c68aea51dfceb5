"""'Which <kind> …' asked of one row that speaks of the kind but names none gets the typed
refusal, not the row quoted back ('which new system are they waiting on?' of a row saying 'the
rest waits for the new system'; ``support/unnamed_kind``); a row that names one, by a
capitalised name, a modifier the question does not give or a count, is still answered. And a
doer asked with an adverb or an irregular past ('who *actually drafted* it?', 'who *got* the
post?') is a doer of an event, refused when no sentence of the row with that verb names one
(``support/doers.WHO_DID``). Over another body's papers (``data/papers/dev``) and the bundled
record, in wordings written here."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant.analysis import answer_type
from assistant.answers.model import Answer
from assistant.answers.support.doers import WHO_DID
from assistant.answers.support.unnamed_kind import asked_kind_phrase
from assistant.service import Assistant
from tests.assistant.conftest import checked_asker

Ask = Callable[[str], Answer]


@pytest.fixture()
def ask_bodies(bodies_assistant: Assistant) -> Ask:
    return checked_asker(bodies_assistant)


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("which two sites are those?", ["sites"]),
        ("Which HR system are the records going into?", ["hr", "system"]),
        ("and which new system are they waiting on?", ["system"]),
        (
            "which document management product did they scan them into?",
            ["document", "management", "product"],
        ),
        ("which trustees sit on the committee that discussed it?", ["trustees"]),
    ],
)
def test_the_kind_asked_is_the_noun_phrase_after_which(question: str, kind: list[str]) -> None:
    assert asked_kind_phrase(question, []) == kind


@pytest.mark.parametrize(
    "question",
    [
        "which of those had a September deadline?",  # rows picked
        "Which actions in the Board 4 report have no owner?",  # a record noun
        "which ones are overdue?",
        "which board is it going to?",  # a body: its own typed answers read it
        "which year was it signed off?",  # a time
        "what system is it?",  # 'what' asks what it is, which a description answers
    ],
)
def test_rows_columns_times_and_what_ask_no_kind(question: str) -> None:
    assert asked_kind_phrase(question, []) == []


@pytest.mark.parametrize(
    ("question", "ref"),
    [
        ("Which finance system is W3 waiting on?", "W3"),  # 'Awaiting the new finance system.'
        ("For W3, which new finance system are they waiting for?", "W3"),
        ("which backup software is AL-09 awaiting?", "AL-09"),  # 'Awaiting new backup software.'
    ],
)
def test_a_kind_the_row_speaks_of_unnamed_is_refused(
    ask_bodies: Ask, question: str, ref: str
) -> None:
    answer = ask_bodies(question)
    assert answer.abstained and not answer.citations, answer.answer
    # refused by the kind the row leaves unnamed, or by the product role no name fills
    assert ref in answer.answer
    assert "unheld-named" in answer.notes or answer.abstention == "value_not_given"


@pytest.mark.parametrize(
    ("question", "said"),
    [
        # a modifier the question does not give tells which one
        ("Which system are the firefighter competence records moving into?", "training management"),
        # a count the question does not give answers in part
        ("which stations had incomplete inventory records?", "three stations"),
    ],
)
def test_a_kind_the_row_tells_apart_is_answered(ask_bodies: Ask, question: str, said: str) -> None:
    answer = ask_bodies(question)
    assert not answer.abstained and said in answer.answer


def test_capitalised_names_of_the_kind_are_answered(ask: Ask) -> None:
    answer = ask("Which two IT systems lack an interface, per HMIC's areas for improvement?")
    assert not answer.abstained and "Oracle and SAP" in answer.answer


@pytest.mark.parametrize(
    ("question", "verb"),
    [
        ("who actually drafted the forward plan?", "drafted"),
        ("and who got that job?", "got"),
        ("who first wrote the policy?", "wrote"),
    ],
)
def test_a_doer_is_asked_past_an_adverb_and_by_irregular_verbs(question: str, verb: str) -> None:
    found = WHO_DID.search(question)
    assert found is not None and found["verb"] == verb


@pytest.mark.parametrize(
    "question",
    [
        "who got appointed to chase the recommendations",
        "and who got promoted into the role?",
        "who got elected chair in the end?",
    ],
)
def test_got_before_a_participle_asks_who_was_done_to_not_a_doer(question: str) -> None:
    assert WHO_DID.search(question) is None


def test_an_appointee_the_row_names_is_answered(ask: Ask) -> None:
    """R13 of the 2002 summary: '… the appointment of a sergeant in DAC TP's office with
    specific responsibility for tracking and chasing implementation of recommendations.'"""
    answer = ask(
        "In the 2002 district audit summary, who got appointed to chase the recommendations "
        "under R13?"
    )
    assert not answer.abstained and "sergeant" in answer.answer, answer.answer


def test_a_doer_the_rows_sentences_of_that_verb_do_not_name_is_refused(ask_bodies: Ask) -> None:
    """W2's note says 'Checklist drafted and piloted in the north area.': drafted, by nobody
    named; its owner is a post the question does not ask."""
    answer = ask_bodies("who actually drafted the W2 void inspection checklist?")
    assert answer.abstained and not answer.citations, answer.answer


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("how big was the maintenance backlog in pounds?", "amount"),  # a size in money's units
        ("how large is the repairs backlog in cash terms?", "amount"),
        ("what size is the deficit in money terms?", "amount"),
        ("how big is the gap between income and spend?", "change"),  # a gap between two figures
    ],
)
def test_a_size_in_money_is_an_amount_and_a_gap_a_change(question: str, kind: str) -> None:
    assert answer_type(question) == kind


def test_a_backlog_is_a_stock_not_a_change() -> None:
    """'how big is the backlog?' asks its size (a count or a sum), not the size of a change."""
    assert answer_type("how big is the backlog of cases?") != "change"

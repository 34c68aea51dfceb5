"""A price asked by its frame ('what is X expected to cost?', 'how much income was lost?',
'what size of grant …?') asks an amount, and a name asked of a post by its possessive ('the
Estates Officer's name', 'the Clerks' names') asks a person: a sentence about the subject must
give one, or the answer says the record does not cover it."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from assistant.analysis import answer_type
from assistant.answers.support.persons import posts_asked


@pytest.mark.parametrize(
    "question",
    [
        "What is the boiler replacement expected to cost?",
        "what's the new website likely to cost the council?",
        "How much rental income did the depot lose?",
        "How much money has been recovered from the supplier?",
        "What size of grant is the bid asking for?",
        "How big a loan does the trust need?",
        "How large was the overspend on the new depot?",
        "what level of savings is the restructure meant to bring in?",
        # a perfect tense and a clitic typed without its apostrophe (issue 14)
        "what has that work cost so far?",
        "What have the trustees spent on the roof repairs to date?",
        "what had the audit of R4: payroll charged by March?",
        "whats the budget for the new depot?",
    ],
)
def test_a_price_asked_by_its_frame_is_an_amount(question: str) -> None:
    assert answer_type(question) == "amount"


@pytest.mark.parametrize(
    "question",
    [
        "How much progress has the depot review made?",
        "how much time was lost to the strike?",
        "What is the depot review expected to deliver?",
        "what has the report said about the costs?",
        "what has the review found?",
        "whats the status of the depot review?",
    ],
)
def test_no_price_asked(question: str) -> None:
    assert answer_type(question) != "amount"


@pytest.mark.parametrize(
    "question",
    [
        "What is the Estates Officer's name?",
        "and what's the DPO's name?",
        "What are the Clerks' names?",
        "Do we know her name?",
    ],
)
def test_a_name_asked_of_a_post_is_a_person(question: str) -> None:
    assert answer_type(question) == "person"


@pytest.mark.parametrize(
    "question",
    [
        "whats the name of the person they appointed as programme manager?",
        "What was the name of the individual who signed it off?",
        "and the name of that person?",
    ],
)
def test_the_name_of_a_person_described_by_a_deed_is_a_person(question: str) -> None:
    assert answer_type(question) == "person"


@pytest.mark.parametrize(
    "question",
    [
        "who was at that BVPB meeting?",
        "Who were at the March meeting of the panel?",
        "who was present at the audit committee session?",
    ],
)
def test_who_was_at_a_meeting_asks_who_attended(question: str) -> None:
    assert answer_type(question) == "holder"


@pytest.mark.parametrize("question", ["who was at fault?", "who is at the head of the project?"])
def test_at_without_a_meeting_asks_no_attendance(question: str) -> None:
    assert answer_type(question) != "holder"


@pytest.mark.parametrize("question", ["What is the committee's name?", "what's the scheme's name?"])
def test_the_name_of_a_body_or_thing_asks_no_person(question: str) -> None:
    assert answer_type(question) != "person"


def _owned(ref: str, owner: str) -> SimpleNamespace:
    return SimpleNamespace(ref=ref, owner=owner)


def test_the_post_asked_is_found_by_its_words_or_its_initials() -> None:
    rows = [
        _owned("A1", "Data Protection Officer"),
        _owned("A2", "Head of Estates"),
        _owned("A3", "Head of Estates and Facilities"),
    ]
    context = SimpleNamespace(register=SimpleNamespace(all=lambda: rows))
    by_initials = SimpleNamespace(question="And what's the DPO's name?")
    by_words = SimpleNamespace(question="What is the Data Protection Officer's full name?")
    of_two = SimpleNamespace(question="What is the Head of Estates' name?")
    assert [r.ref for r in posts_asked(by_initials, context)] == ["A1"]  # type: ignore[arg-type]
    assert [r.ref for r in posts_asked(by_words, context)] == ["A1"]  # type: ignore[arg-type]
    assert [r.ref for r in posts_asked(of_two, context)] == ["A2", "A3"]  # type: ignore[arg-type]

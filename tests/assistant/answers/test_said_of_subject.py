"""A value must be said of the asked subject (support/values.py): who chairs something is
named with the body chaired ('a forum chaired by the Corporate Risk Manager' is about the
forum, and the holder's own name is no word of it); a name the question writes in capitals
('the Standards Committee') must be in the sentence that gives the value, not spread over a
row; the asked event's word is checked by meaning, not by the subject's words."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant.answers.model import Answer
from assistant.answers.support.acronyms import text_aliases, with_aliases
from assistant.answers.support.events import without_event
from assistant.answers.support.values import said_of, subject_names


def test_the_holder_is_said_of_the_body_written_with_it() -> None:
    said, verb = said_of(
        "holder", "Staff meet monthly in a panel chaired by the Head of Fleet Services in Leeds."
    )
    assert verb == "chaired" and "panel" in said and "Fleet" not in said
    said, verb = said_of("holder", "The Director of Estates chairs the depot board.")
    assert verb.strip() == "chairs" and "depot board" in said and "Estates" not in said
    assert said_of("year", "The board met in May 2009.") == ("The board met in May 2009.", "")


@pytest.mark.parametrize(
    "sentence",
    [
        "The Depot Board is chaired by the Head of Fleet and the Tyre Panel by the Yard Manager.",
        "The Depot Board is chaired by the Head of Fleet and the Tyre Panel is chaired by the "
        "Yard Manager.",
    ],
)
def test_a_holder_stops_before_the_next_body_chaired(sentence: str) -> None:
    said, verb = said_of("holder", sentence)
    assert verb == "chaired" and "Tyre Panel" in said and "Depot Board" in said
    assert "Head of Fleet" not in said


def test_a_holder_keeps_and_inside_its_name_but_not_at_its_end() -> None:
    said, _ = said_of("holder", "The yard is chaired by the Head of Fleet and Depots.")
    assert "Depots" not in said
    said, _ = said_of("holder", "The yard forum is chaired by the Head of Fleet and meets weekly.")
    assert said.endswith("and meets weekly.") and "Fleet" not in said


def test_names_are_read_from_the_question_capitals() -> None:
    assert subject_names("When did the Standards Committee last meet?") == ["Standards Committee"]
    assert subject_names("Who chaired December's Fleet Review Board?") == ["Fleet Review Board"]
    assert subject_names("Who chaired the Business and Resources Group?") == [
        "Business and Resources Group"
    ]
    assert subject_names("Who chairs the working group?") == []
    titles = ["Fleet Review Board Minutes"]
    assert subject_names("When does the Fleet Review Board meet?", titles) == []


def test_a_plural_short_form_defines_its_singular() -> None:
    pairs = dict(text_aliases("It is backed by the Depot Safety Leads (DSLs) in each area."))
    assert pairs["DSL"] == "Depot Safety Leads"


def test_the_asked_event_is_no_subject_word() -> None:
    weights = {"programm": 1.0, "start": 3.0}
    assert without_event(weights, ["start"]) == {"programm": 1.0}
    assert without_event({"start": 1.0}, ["start"]) == {"start": 1.0}


@pytest.mark.parametrize(
    "question",
    [
        "Who chaired the Corporate Governance Committee meeting in December?",  # 000: unnamed
        "who chairs the working group?",  # 002 names the chair of another group
        "When did the Standards Committee last meet?",  # 002: a date of another committee
        "When did the PMF Project Board meet?",  # 004: the board agreed, no meeting dated
    ],
)
def test_a_value_of_another_subject_is_not_given(
    ask: Callable[[str], Answer], question: str
) -> None:
    assert ask(question).abstained


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("Who chaired the Business and Resources Group?", "DoR"),
        ("Who chairs the forum the BGRCs meet in?", "Corporate Risk Manager"),
        ("When was the Community Engagement Strategy published?", "July 2016"),
    ],
)
def test_a_value_said_of_the_subject_is_given(
    ask: Callable[[str], Answer], question: str, value: str
) -> None:
    answer = ask(question)
    assert not answer.abstained and value in answer.answer


def test_a_plural_short_form_also_reads_as_its_singular() -> None:
    assert "DSL" in with_aliases("The DSLs met.", {"DSL": "Depot Safety Leads"}).split()

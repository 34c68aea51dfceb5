"""A follow-up naming a cell of the row in focus by a word a table heads such a cell with ('the
remarks', 'the commentary column'), a follow-up asking an attribute of a short list with no
pronoun, a demonstrative that is the subject of a passive ('was that met?'), and a reply noun
said of the row itself ('the comment of R13'). Wordings written here."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest

from assistant.agent_pronoun import agent_only
from assistant.answers.model import Answer
from assistant.antecedents import Previous
from assistant.carried_row import carried_row
from assistant.followup_forms import looks_like_follow_up
from assistant.fronted_place import fronted_place
from assistant.row_field_nouns import cell_words, part_of_pronoun
from assistant.service import Assistant
from assistant.tag_question import untagged
from assistant.turn_answers import TurnAnswers
from ingest.model import ActionRecord


def _row(assistant: Assistant, ref: str, document: str = "002") -> ActionRecord:
    return next(
        r for r in assistant.register.all() if r.ref == ref and r.document.id.startswith(document)
    )


def _carried(assistant: Assistant, question: str, previous: Previous) -> str | None:
    answers = TurnAnswers(assistant.ask, assistant.analyse)
    return carried_row(question, previous, answers, assistant.register)


@pytest.mark.parametrize(
    "question, words",
    [
        ("what do the remarks say?", {"remarks", "say"}),
        ("and what does the commentary column read?", {"commentary", "column", "read"}),
        ("what's the explanation given?", set()),  # a reason's noun, no header's
        ("what about the narrative recorded against it?", {"narrative", "recorded"}),
        ("who owns the canteen refurbishment?", set()),
    ],
)
def test_the_words_naming_a_cell(question: str, words: set[str]) -> None:
    assert cell_words(question) == words


def test_a_cell_named_by_a_header_word_is_asked_of_the_row(assistant: Assistant) -> None:
    row = _row(assistant, "R13")
    previous = Previous("who is responsible for R13?", [row], ["R13"])
    asked = _carried(assistant, "what do the remarks say?", previous)
    assert asked == "what do the remarks say for R13?"
    asked = _carried(assistant, "and what does the response column read?", previous)
    assert asked == "and what does the response column read for R13?"


def test_an_attribute_without_a_pronoun_is_asked_of_a_short_list(assistant: Assistant) -> None:
    rows = [_row(assistant, "R21"), _row(assistant, "R13")]
    previous = Previous("which are high priority?", rows, ["R21", "R13"])
    asked = _carried(assistant, "what do the remarks say?", previous)
    assert asked == "what do the remarks say for R21 and R13?"
    # 'it' of two rows: which one is not clear
    assert _carried(assistant, "when was it supposed to be wrapped up?", previous) is None
    # a subject of its own is still a fresh question
    assert _carried(assistant, "who owns the whistle-blowing arrangements?", previous) is None
    # a thing of one of the rows ('the reserves review') is not asked of all of them
    assert _carried(assistant, "why was the reserves review postponed?", previous) is None


def test_a_reply_noun_of_the_row_itself_is_its_column(ask: Callable[..., Answer]) -> None:
    # 'R13' is the row asked of, not a party whose words the row should report
    answer = ask("What was the comment of R13 in the PURE plan?")
    assert not answer.abstained, answer.answer
    assert re.search(r"reserves", answer.answer), answer.answer


@pytest.mark.parametrize(
    "question, agent",
    [
        ("what did they set the parking charge at?", True),
        ("when did they appoint a new auditor?", True),
        ("did they meet their deadlines?", False),  # a column of the rows: theirs
        ("when did they send it to the board?", False),  # 'it' still points at a row
        ("are they complete?", False),
    ],
)
def test_they_acting_on_an_object_of_its_own(question: str, agent: bool) -> None:
    assert agent_only(question) is agent


@pytest.mark.parametrize(
    "question",
    [
        "what did the commentary against it say?",
        "is the note on them still open?",
    ],
)
def test_a_pronoun_inside_the_subject_points_back(question: str) -> None:
    assert looks_like_follow_up(question)
    # a thing of its own with the pronoun after it: not a part of the row
    assert not part_of_pronoun("When did the report on it go to the cabinet?")


@pytest.mark.parametrize(
    "question, rest, place",
    [
        (
            "In the 2019 fleet review, when is the telematics roll-out due?",
            "when is the telematics roll-out due?",
            "In the 2019 fleet review",
        ),
        (
            "Within the college's tracker, who owns HC-03?",
            "who owns HC-03?",
            "Within the college's tracker",
        ),
        # a topic, not a place: the subject asked of
        (
            "For the roof overspend, how much was saved?",
            "For the roof overspend, how much was saved?",
            "",
        ),
        ("In that fleet one, when was it due?", "In that fleet one, when was it due?", ""),
        ("In what year was it due?", "In what year was it due?", ""),
    ],
)
def test_a_fronted_place_is_no_part_of_the_subject(question: str, rest: str, place: str) -> None:
    assert fronted_place(question) == (rest, place)


@pytest.mark.parametrize(
    "question, kept",
    [
        (
            "The fleet one was signed off as well, wasn't it?",
            "Was the fleet one signed off as well?",
        ),
        ("the budget review is complete, isn't it?", "Is the budget review complete?"),
        ("the budget review is complete, hasn't it?", "the budget review is complete?"),
        ("It was met in full, wasn't it?", "It was met in full, wasn't it?"),  # its own 'it'
        ("Who owns it?", "Who owns it?"),
    ],
)
def test_a_question_tag_repeats_its_clause(question: str, kept: str) -> None:
    assert untagged(question) == kept

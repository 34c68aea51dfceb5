"""A field value asserted of a record described in other words (issue 14, exam5 FP-1): an owner
the premise names ('why was X handed to the Treasurer?') is a claim about X, not a filter; and
a compound is matched in the record's spelling ('data base' / 'database')."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant.answers.model import Answer
from assistant.answers.support.premises import value_words
from assistant.evidence import split_compound, term_weights
from assistant.service import Assistant


@pytest.mark.parametrize(
    ("question", "ref", "owner", "claimed"),
    [
        (
            "Why was the backlog maintenance plan handed to the Treasurer?",
            "R11",
            "Director of Property Services",
            "Treasurer",
        ),
        (
            "Why did the MPS give the whistle-blowing action to the Director of Property Services?",
            "R22",
            "Director of Finance Services & MPA",
            "Director of Property Services",
        ),
    ],
)
def test_an_owner_named_in_the_premise_is_corrected_not_filtered(
    ask: Callable[[str], Answer], question: str, ref: str, owner: str, claimed: str
) -> None:
    answer = ask(question)
    assert "premise-corrected" in answer.notes and not answer.abstained
    assert f"{ref} " in answer.answer and f"owned by {owner}" in answer.answer
    assert f"not {claimed}" in answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "The backlog maintenance plan sits with the Treasurer - when is it due?",
        "Is the backlog maintenance plan still with the Treasurer?",
        "As the backlog maintenance plan rests with the Treasurer, is it finished?",
    ],
)
def test_an_owner_the_action_is_placed_with_is_checked(
    ask: Callable[[str], Answer], question: str
) -> None:
    answer = ask(question)
    assert "premise-corrected" in answer.notes and not answer.abstained
    assert "R11 " in answer.answer and "owned by Director of Property Services" in answer.answer
    assert "not Treasurer" in answer.answer


def test_a_compound_is_read_in_the_records_spelling(assistant: Assistant) -> None:
    stats = assistant.stats
    assert stats.df("database") > 0 and stats.df("base") > 0
    joined = term_weights(["contracts", "data", "base"], stats)
    assert "databas" in joined or "database" in joined  # the record's closed compound
    assert split_compound("riskregister", stats) == ["risk", "register"]


def test_a_record_described_with_an_open_compound_is_found(ask: Callable[[str], Answer]) -> None:
    answer = ask("Why is the contracts data base work a high priority?")
    assert "premise-corrected" in answer.notes
    assert "item 1.1" in answer.answer and "no priority" in answer.answer


def test_the_words_asking_a_field_value_describe_no_record(assistant: Assistant) -> None:
    for question, words in (
        ("The depot survey was pushed back - what's the new date?", {"new", "date", "pushed"}),
        ("Who is the current owner of the depot survey?", {"current", "owner"}),
    ):
        assert words <= value_words(assistant.analyse(question)), question
    assert "survey" not in value_words(assistant.analyse("When is the new depot survey due?"))

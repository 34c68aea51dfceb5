"""A later question may open with a preposition before its question word (', since what
year …', ', and into which fund …'); a bare question phrase (', on what date,') shares the
verb of the part after it. A relative clause ('in which the Clerk is named') is no part."""

from __future__ import annotations

import pytest

from assistant.analysis import NameIndex, analyse
from assistant.analysis.intent import ASKS_WHEN
from assistant.analysis.parts import question_parts


@pytest.mark.parametrize(
    ("question", "parts"),
    [
        (
            "Which depot plan covers fleet safety, and by what month was it to be signed off?",
            ["Which depot plan covers fleet safety?", "By what month was it to be signed off?"],
        ),
        (
            "Who runs the tenant survey, since what year has it run, and into which fund is it paid?",
            [
                "Who runs the tenant survey?",
                "Since what year has it run?",
                "Into which fund is it paid?",
            ],
        ),
        (
            "Which contractor, on what date, and in which report was the depot lease signed?",
            [
                "Which contractor was the depot lease signed?",
                "On what date was the depot lease signed?",
                "In which report was the depot lease signed?",
            ],
        ),
    ],
)
def test_a_clause_opening_with_a_preposition_and_a_question_word_is_a_part(
    question: str, parts: list[str]
) -> None:
    assert question_parts(question) == parts


@pytest.mark.parametrize(
    "question",
    [
        "Which actions, in which the Clerk is named, are late?",
        "Which depot actions slipped and which were closed?",
    ],
)
def test_relative_clauses_and_verbs_are_not_bare_question_phrases(question: str) -> None:
    parts = question_parts(question)
    assert all(not p.lower().startswith("in which the") for p in parts)
    assert "Which were closed were closed?" not in parts


def test_a_clause_with_its_own_verb_keeps_its_predicate() -> None:
    """Only a question phrase with no verb ('Which firm?') borrows the next part's verb."""
    assert question_parts("Which unit leads training, and when was it set up?") == [
        "Which unit leads training?",
        "When was it set up?",
    ]
    assert question_parts("Which body owns R3, and what was it asked to do?") == [
        "Which body owns R3?",
        "What was it asked to do?",
    ]


def test_a_record_described_in_a_command_is_the_first_hop() -> None:
    assert question_parts(
        "Find the 2011 depot action led by the Fleet Manager: what is it about, and when is it due?"
    ) == [
        "Which 2011 depot action led by the Fleet Manager?",
        "What is it about?",
        "When is it due?",
    ]
    # nothing points back: the command is the question
    assert question_parts("Find the depot actions that slipped.") == [
        "Find the depot actions that slipped."
    ]


def test_a_thing_asked_by_its_name_is_pointed_at_by_its_noun_afterwards() -> None:
    parts = question_parts(
        "The 2011 report mentions a panel with tenant members set up that year. What is it "
        "called, and what does the 2012 report say it reviews?"
    )
    assert parts[-1] == "What does the 2012 report say that panel reviews?"
    # without a question for its name, 'it' is left to the bridge
    parts = question_parts("Which panel reviews depot safety, and when does it meet?")
    assert parts[-1] == "When does it meet?"


@pytest.mark.parametrize(
    "question",
    [
        "On what date was the depot lease signed?",
        "In which month was the fleet review completed?",
        "By what date was it to be done?",
        "Since what year has the panel met?",
    ],
)
def test_a_question_of_when_asserts_no_completion(question: str) -> None:
    assert ASKS_WHEN.match(question)
    assert analyse(question, NameIndex.from_records([], [])).claims == []


def test_a_record_described_before_a_spaced_hyphen_is_the_first_hop() -> None:
    assert question_parts(
        "Find the kennel inspection action whose deadline was June 2019 - who led it and was "
        "it done?"
    ) == [
        "Which kennel inspection action whose deadline was June 2019?",
        "Who led it?",
        "Was it done?",
    ]
    assert question_parts("Identify the ferry recommendation with no owner - when is it due?") == [
        "Which ferry recommendation with no owner?",
        "When is it due?",
    ]

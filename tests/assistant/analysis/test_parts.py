"""A question in several parts is read into its parts; relative clauses, prefaces, quoted
titles and two-sided comparisons are not cut. The examples are made up, not from any paper."""

from __future__ import annotations

import pytest

from assistant.analysis import preface, question_parts
from assistant.antecedents import Previous
from assistant.bridging import bridge, has_own_subject


@pytest.mark.parametrize(
    ("question", "parts"),
    [
        ("Who owns IA-07 and is it complete?", ["Who owns IA-07?", "Is it complete?"]),
        ("What is the status of 4.2; who owns it?", ["What is the status of 4.2?", "Who owns it?"]),
        (
            "Who is responsible for item 3? When is it due?",
            ["Who is responsible for item 3?", "When is it due?"],
        ),
        (
            "Which board runs the estates review, and when does that project end?",
            ["Which board runs the estates review?", "When does that project end?"],
        ),
        (
            "For the 2019 finding on payroll controls, which team leads it, how far was it met, "
            "and what training was arranged?",
            [
                "For the 2019 finding on payroll controls, which team leads it?",
                "How far was it met?",
                "What training was arranged?",
            ],
        ),
        (
            "Which actions slipped and which were closed?",
            ["Which actions slipped?", "Which were closed?"],
        ),
        (
            "List the red actions and tell me who owns them",
            ["List the red actions?", "Tell me who owns them?"],
        ),
    ],
)
def test_a_question_in_parts_is_cut_at_each_new_question(question: str, parts: list[str]) -> None:
    assert question_parts(question) == parts


@pytest.mark.parametrize(
    "question",
    [
        "Which actions are due and are still open?",  # one question: 'are still open' has no subject
        "What does the plan say about fraud, which was revised in 2019?",  # relative clause
        "Which is due sooner, the payroll action or the estates one?",  # two sides, one question
        "Between 2018 and 2019, which actions slipped?",  # a preface is no question
        "Compare what the 2018 and 2019 statements say about fraud",
        "Who wrote 'Plans, and what came of them'?",  # quoted text is never cut
    ],
)
def test_one_question_stays_whole(question: str) -> None:
    assert len(question_parts(question)) == 1


def test_a_preface_sets_the_scope_of_the_later_parts() -> None:
    assert preface("For the 2019 finding on payroll, which team leads it?") == (
        "For the 2019 finding on payroll"
    )
    assert preface("Which team leads the 2019 finding?") is None


def test_a_later_part_is_asked_of_what_the_earlier_part_found() -> None:
    found = Previous("Who owns IA-07?", [], ["IA-07"])
    assert bridge("Is it complete?", "Who owns IA-07?", found, None) == (
        "Is IA-07 complete?",
        True,
        [],
    )
    # too short to have a subject: asked of the one record found
    question, bridged, _ = bridge("When does the project end?", "Which is IA-07?", found, None)
    assert bridged and "IA-07" in question
    # passages found but no record to name: asked within the documents they came from
    nothing = Previous("Which board runs the review?", [], [])
    asked = bridge("When does it end?", "Which board runs the review?", nothing, None, ["d1", "d1"])
    assert asked == ("When does it end?", True, ["d1"])
    # nothing found at all: the earlier part's question travels with it
    question, bridged, within = bridge("When does it end?", "Which board runs it?", nothing, None)
    assert bridged and "board" in question and not within


def test_a_part_with_its_own_subject_is_asked_as_written() -> None:
    part = "When is the workforce strategy for the estates directorate to be published?"
    assert has_own_subject(part)
    found = Previous("Who owns IA-07?", [], ["IA-07"])
    assert bridge(part, "Who owns IA-07?", found, None) == (part, False, [])


def test_a_preface_is_carried_into_a_part_without_a_subject() -> None:
    asked = bridge("What training was arranged?", "x", None, "For the 2019 finding")
    assert asked == ("For the 2019 finding, what training was arranged?", False, [])


def test_a_dash_joins_a_command_and_a_question() -> None:
    assert question_parts(
        "Find the owner of the lift action - which other actions are theirs?"
    ) == [
        "Find the owner of the lift action?",
        "Which other actions are theirs?",
    ]
    # a described noun phrase before the dash is no question of its own
    assert len(question_parts("The boiler item due in May 2020 — who owns it?")) == 1
    # a command word followed by a comma is an aside, not a new part
    assert len(question_parts("Who owns the lift action - say, the fleet lead?")) == 1
    # a first part whose subject is a pronoun points forward: one question
    assert len(question_parts("Is this still a problem - which items cover fleet safety?")) == 1
    assert len(question_parts("Has it slipped again: which actions are about the depot?")) == 1


def test_the_met_is_no_degree_word() -> None:
    from assistant.analysis.patterns import FIELD_WORDS

    def fields(text: str) -> list[str]:
        return [field for pattern, field in FIELD_WORDS if pattern.search(text)]

    assert "status" not in fields("What does EA-4 ask the Met to fund?")
    assert "status" in fields("Was EA-4 met in full?")
    assert "status" in fields("Which items were only partially met?")
    assert "status" in fields("Was EA-4 met more fully than EA-5?")
    # a meeting, whoever met, is no degree either
    assert "status" not in fields("What was decided when the working party met in 2019?")


def test_who_was_a_paper_by_asks_its_author() -> None:
    from assistant.analysis.patterns import DOC_FIELDS

    author = next(pattern for pattern, field in DOC_FIELDS if field == "author")
    assert author.search("Who was the fleet renewal plan by?")
    assert not author.search("Who is EA-4 owned by?")  # an owner, not an author
    assert not author.search("Who is EA-4 held by?")  # no paper named
    assert not author.search("Who was it run by?")


def test_a_first_part_that_only_points_at_a_record_asks_for_it() -> None:
    assert question_parts(
        "Take the depot recommendation whose lead is the Head of Fleet - what does it cover?"
    ) == [
        "Which depot recommendation whose lead is the Head of Fleet?",
        "What does it cover?",
    ]
    assert question_parts(
        "Consider the boiler action owned by the estates team: when is it due?"
    ) == [
        "Which boiler action owned by the estates team?",
        "When is it due?",
    ]

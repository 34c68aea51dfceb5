"""A question asked on the answer of a yes/no question ('…, and if so to when?') and a later
part that leaves its predicate out ('… and which aren't?') are read as parts of their own.
Wordings are made up."""

from __future__ import annotations

import pytest

from assistant.analysis import question_parts
from assistant.analysis.conditional_parts import conditional_parts
from assistant.analysis.elided_parts import restored


@pytest.mark.parametrize(
    ("question", "parts"),
    [
        (
            "Was the kiosk refit put back, and if so until when?",
            ["Was the kiosk refit put back?", "When is it due?"],
        ),
        (
            "Is QX-3 signed off? If not, who is chasing it?",
            ["Is QX-3 signed off?", "Who is chasing it?"],
        ),
        ("Has QX-8 got a lead yet; if so, who?", ["Has QX-8 got a lead yet?", "Who owns it?"]),
        (
            "Has the depot survey stalled - if it has, why?",
            ["Has the depot survey stalled?", "Why has the depot survey stalled?"],
        ),
    ],
)
def test_a_question_on_a_yes_or_no_is_a_part(question: str, parts: list[str]) -> None:
    assert question_parts(question) == parts


@pytest.mark.parametrize(
    "question",
    [
        "Which items would move if the grant is late?",  # a condition inside one question
        "Show the kiosk actions, if any.",
    ],
)
def test_a_condition_inside_one_question_is_not_cut(question: str) -> None:
    assert conditional_parts(question) is None


@pytest.mark.parametrize(
    ("part", "before", "asked"),
    [
        (
            "which aren't?",
            "Which kiosk items are signed off?",
            "Which kiosk items are not signed off?",
        ),
        ("and who hasn't?", "Who has sent a return?", "Who has not sent a return?"),
        ("Which are?", "Which depots were not inspected?", "Which depots are inspected?"),
    ],
)
def test_an_elided_predicate_is_taken_from_the_part_before(
    part: str, before: str, asked: str
) -> None:
    assert restored(part, before) == asked


def test_an_elided_part_is_restored_in_the_parts() -> None:
    parts = question_parts("Which grants findings have closed, and which haven't?")
    assert parts == ["Which grants findings have closed?", "Which grants findings have not closed?"]


def test_a_part_with_its_own_predicate_is_left() -> None:
    assert restored("Which are late?", "Which kiosk items are open?") == "Which are late?"


def test_a_count_with_its_noun_left_out_counts_the_noun_before() -> None:
    """'… how many inspections were there, and how many have been passed?': the second count
    is of inspections too, not of every row."""

    assert restored("and how many have been passed?", "How many inspections were there?") == (
        "How many inspections have been passed?"
    )
    assert (
        restored("how many are overdue?", "How many low-risk findings were raised?")
        == "How many low-risk findings are overdue?"
    )
    # a part before whose count runs through another verb lends no noun
    assert restored("how many are closed?", "How many findings does the log hold?") == (
        "how many are closed?"
    )

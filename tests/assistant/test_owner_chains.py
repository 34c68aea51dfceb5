"""Chains through the owner: a role fronted by the row it holds, then a question of that
owner's other rows (assistant.analysis.hops, assistant.owners_other), and a number that labels a
row rather than counting rows (assistant.answers.support.figures)."""

from __future__ import annotations

import pytest

from assistant.analysis.parts import question_parts
from assistant.answers.support.figures import Figure, _counts_rows
from assistant.antecedents import Previous
from assistant.owners_other import owners_other
from tests.assistant.test_followup_rules import record


@pytest.mark.parametrize(
    ("question", "first", "rest"),
    [
        (
            "The clerk in charge of the boiler servicing - which other items are theirs?",
            "Who is responsible for the boiler servicing?",
            ["Which other items are theirs?"],
        ),
        (
            "whichever post looks after the kiosk takings, have they got another action, and "
            "when was it due?",
            "Who is responsible for the kiosk takings?",
            ["Have they got another action?", "When was it due?"],
        ),
        (
            "The officer who owns the grit bin audit also owns which other recommendation?",
            "Who is responsible for the grit bin audit?",
            ["That owner also owns which other recommendation?"],
        ),
    ],
)
def test_a_fronted_role_is_asked_first(question: str, first: str, rest: list[str]) -> None:
    assert question_parts(question) == [first, *rest]


def test_a_fronted_noun_without_a_pointer_back_is_one_question() -> None:
    asked = "The manager in charge of the kiosk - when was the till replaced?"
    assert question_parts(asked)[0] != "Who is responsible for the kiosk?"
    # 'its' points at a paper here, not at a role
    assert len(question_parts("The paper that deals with the pier - what is its date?")) == 1
    unit = question_parts("The unit in charge of fleet checks: are any of its actions late?")
    assert unit == ["Who is responsible for fleet checks?", "Are any of its actions late?"]


_ONE = Previous(
    "Who is responsible for the kiosk takings?",
    [record("KT-3", owner="Retail Supervisor")],
    ["KT-3"],
)


@pytest.mark.parametrize(
    ("part", "asked"),
    [
        (
            "Is any other recommendation of theirs still outstanding?",
            "Which actions other than KT-3 are owned by Retail Supervisor and still outstanding?",
        ),
        (
            "what else is she down for?",
            "Which actions other than KT-3 are owned by Retail Supervisor?",
        ),
        (
            "Are any of that team's items overdue?",
            "Which actions are owned by Retail Supervisor and overdue?",
        ),
        (
            "Has he got another one?",
            "Which actions other than KT-3 are owned by Retail Supervisor?",
        ),
        (
            "That owner also owns which other recommendation?",
            "Which actions other than KT-3 are owned by Retail Supervisor?",
        ),
    ],
)
def test_a_part_asking_of_the_owner_s_rows_lists_them(part: str, asked: str) -> None:
    assert owners_other(part, _ONE) == asked


def test_two_owners_or_no_pointer_leave_the_part_alone() -> None:
    two = Previous("Who?", [record("A-1", owner="Clerk"), record("A-2", owner="Mayor")], [])
    assert owners_other("what else are they down for?", two) is None
    assert owners_other("When is the other recommendation due?", _ONE) is None


def test_a_number_before_a_singular_noun_labels_it() -> None:
    label = Figure("111 helpline", "count of helplin", 111)
    assert not _counts_rows("who owns the 111 helpline recommendation?", label)
    count = Figure("12 recommendations", "count of recommend", 12)
    assert _counts_rows("the 12 recommendations of the audit", count)

"""'What other actions does that director have?', "what's their other action?", 'and the other
item the officer holds?': the other rows of the owner the conversation is about, in the same
paper, the rows shown left out (made-up records, no index; and two turns over the bundled
record)."""

from __future__ import annotations

from typing import Any

import pytest

from assistant.antecedents import Previous
from assistant.owner_back import others_of_owner
from assistant.service import Assistant
from ingest.model import ActionRecord, DocumentRef
from tests.assistant.test_follow_ups import converse

TRACKER = DocumentRef(id="t1", title="Waste Contract Tracker", filename="t1.md", date="2023-01-31")


def record(ref: str, owner: str, **fields: Any) -> ActionRecord:
    data: dict[str, Any] = {
        "id": f"t1:{ref}",
        "document": TRACKER,
        "section": "Actions",
        "ref": ref,
        "ordinal": 1,
        "owner": owner,
        "title": "Retender the bulky waste collection",
        "source_text": "Retender the bulky waste collection",
        "source_start": 0,
        "source_end": 35,
        "report_date": "2023-01-31",
        "year": 2023,
    }
    data.update(fields)
    return ActionRecord(**data)


ONE = Previous("Who owns WC-3?", [record("WC-3", "Head of Environmental Services")], ["WC-3"])
TWO = Previous(
    "Which actions are late?",
    [record("4", "Parish Clerk"), record("9", "Parish Clerk")],
    ["item 4", "item 9"],
)
MIXED = Previous(
    "Which actions are late?",
    [record("4", "Parish Clerk"), record("9", "Finance Officer")],
    ["item 4", "item 9"],
)
ASKED = "Which other actions in the Waste Contract Tracker are owned by"


@pytest.mark.parametrize(
    "question",
    [
        "What other actions does that head have?",
        "what other items do they hold there?",
        "And the other action the head of service is responsible for?",
        "what's his other action?",
        "Does she lead any other actions?",
    ],
)
def test_the_owner_in_focus_is_asked_for_the_others(question: str) -> None:
    assert others_of_owner(question, ONE) in (
        f"{ASKED} Head of Environmental Services, other than WC-3?",
        f"{ASKED.replace('actions', 'items')} Head of Environmental Services, other than WC-3?",
    )


def test_several_rows_of_one_owner_are_all_left_out() -> None:
    assert others_of_owner("What's their other action?", TWO) == (
        f"{ASKED} Parish Clerk, other than item 4 and item 9?"
    )


@pytest.mark.parametrize(
    "question, previous",
    [
        ("Which other actions are overdue?", ONE),  # no owner pointed at
        ("What other actions do they have?", MIXED),  # two owners: whose?
        ("When is the other one due?", ONE),  # a pick, not an owner's rows
        # a yes/no question of the other row: a pick to read a value of, no list
        ("Does the other action the head holds have the same deadline?", ONE),
    ],
)
def test_no_owner_pointed_at_is_no_owners_list(question: str, previous: Previous) -> None:
    assert others_of_owner(question, previous) is None


@pytest.mark.slow
def test_the_directors_other_action_over_the_bundled_record(assistant: Assistant) -> None:
    for first, then in (
        (
            "Who is responsible for R10 in the PURE plan?",
            "What other actions does that director have?",
        ),
        ("Who owns R11 in the PURE plan?", "What's their other action?"),
    ):
        _, others = converse(assistant, first, then)
        assert "other than" in others.standalone
        assert [r.ref for r in others.answer.records] == ["R11" if "R10" in first else "R10"]


def test_else_with_an_owners_possessive_asks_their_rows() -> None:
    assert others_of_owner("What else is on their plate?", ONE) == (
        f"{ASKED} Head of Environmental Services, other than WC-3?"
    )
    assert others_of_owner("What else is in their report?", ONE) is None  # a paper


def test_a_row_with_no_ref_is_left_out_by_its_opening_words() -> None:
    refless = Previous(
        "Who's handling it?",
        [record("", "Bereavement Services Manager", title="Relining of the chapel roof is late")],
        ["“Relining of the chapel roof is late”"],
    )
    assert others_of_owner("What else does that manager have on the log?", refless) == (
        f"{ASKED} Bereavement Services Manager, other than the one on Relining of the chapel?"
    )


def test_one_holder_of_a_joint_owner_named_is_asked_for_their_rows() -> None:
    joint = Previous("Who owns WC-3?", [record("WC-3", "Head of Waste and Parish Clerk")], ["WC-3"])
    assert others_of_owner("Does the parish clerk hold any other actions?", joint) == (
        f"{ASKED} Parish Clerk, other than WC-3?"
    )
    assert others_of_owner("What other actions do they have?", joint) == (
        f"{ASKED} Head of Waste and Parish Clerk, other than WC-3?"
    )


def test_the_two_holders_of_a_joint_row_listed_for_other_rows() -> None:
    # the last answer named a row's two joint holders: 'those two' are the people, not the row
    joint = Previous(
        "Who leads WC-7?",
        [record("WC-7", "Head of Legal and Head of Procurement")],
        ["WC-7"],
    )
    for question in (
        "Those two - what other item are they both down for?",
        "which other actions do they share?",
        "is she listed against any other item?",
    ):
        asked = others_of_owner(question, joint)
        assert asked is not None, question
        assert "owned by Head of Legal and Head of Procurement" in asked, question
        assert "other than WC-7" in asked, question
    # no pointer at the holders: not this form
    assert others_of_owner("which other items are down for March?", joint) is None

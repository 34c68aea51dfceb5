"""'and the low ones?' after a list ('which are high priority?') and a turn that narrowed it by
naming its rows ('which of P1, P4 and P7 are complete?'): the list's own question with the
rating changed, the narrowing kept ('… low priority and are complete?'). Over an invented
reader of questions."""

from __future__ import annotations

import pytest

from assistant.analysis import QueryAnalysis
from assistant.antecedents import Previous
from assistant.service import Assistant
from assistant.slot_swap import swapped_slot
from tests.assistant.test_follow_ups import converse
from tests.assistant.test_followup_slot_swap import _read

_LIST = "Which parks plan actions are high priority?"


def _narrowed(narrowing: str, names: list[str]) -> Previous:
    return Previous(narrowing, [], [], before=Previous(_LIST, [], names))


@pytest.mark.parametrize(
    ("narrowing", "asked", "expected"),
    [
        ("Which of P1, P4 and P7 are complete?", "and the low ones?",
         "Which parks plan actions are low priority and are complete?"),
        ("Which of P1, P4 and P7 belong to the Chief Clerk?", "What about the medium ones?",
         "Which parks plan actions are medium priority and belong to the Chief Clerk?"),
        ("How many of P1, P4 and P7 are ongoing?", "and the low ones?",
         "How many parks plan actions are low priority and are ongoing?"),
    ],
)  # fmt: skip
def test_the_lists_slot_is_changed_and_the_narrowing_kept(
    narrowing: str, asked: str, expected: str
) -> None:
    assert swapped_slot(asked, _narrowed(narrowing, ["P1", "P4", "P7"]), _read) == expected


def test_a_turn_naming_other_rows_than_the_list_is_no_narrowing_of_it() -> None:
    last = _narrowed("Which of P2 and P9 are complete?", ["P1", "P4", "P7"])
    assert swapped_slot("and the low ones?", last, _read) is None


def test_a_narrowing_scoped_by_place_keeps_no_predicate() -> None:
    last = _narrowed("Which of P1, P4 and P7 in the 2024 plan?", ["P1", "P4", "P7"])
    assert swapped_slot("and the low ones?", last, _read) is None


def _read_slip(question: str) -> QueryAnalysis:
    """The invented reader, with 'slipped' read as a value the paper holds ('Slipped')."""
    read = _read(question)
    if "slipped" in question.lower():
        read.status_says = ["Slipped"]
        read.terms = [t for t in read.terms if t != "slipped"]
    return read


def test_a_state_swapped_for_a_slip_replaces_the_state() -> None:
    # 'and which ones have slipped?' after a count of the complete ones: the slipped rows of
    # the same scope, not the complete ones that slipped; 'many' is no slot to replace
    last = Previous("How many parks plan actions are complete?", [], [])
    assert swapped_slot("And which ones have slipped?", last, _read_slip) == (
        "Which parks plan actions are slipped?"
    )


def test_a_single_row_asked_is_left_to_the_rules_that_pick_one() -> None:
    last = _narrowed("Which of P1, P4 and P7 are complete?", ["P1", "P4", "P7"])
    assert swapped_slot("and the low one?", last, _read) is None


def test_an_owner_in_the_possessive_swaps_the_owner() -> None:
    last = Previous("Which actions does the Chief Clerk own in the parks plan?", [], [])
    assert swapped_slot("And the Head of Parks's?", last, _read) == (
        "Which actions does the Head of Parks own in the parks plan?"
    )


@pytest.mark.slow
def test_how_many_of_a_requested_list_counts_its_rows(bodies_assistant: Assistant) -> None:
    # 'List X' then 'how many of those …?': 'how many X …', not 'List X and …' (a list)
    listed, counted = converse(
        bodies_assistant,
        "List all the recommendations in the Severnside fire internal audit tracker",
        "How many of those does the Treasurer own?",
    )
    treasurer = {r.id for r in listed.answer.records if r.owner == "Treasurer"}
    assert counted.standalone.startswith("How many recommendations in the Severnside")
    assert treasurer and {r.id for r in counted.answer.records} == treasurer

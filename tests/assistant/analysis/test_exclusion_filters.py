"""Filters named by exclusion or by absence: a state in an exclusion clause ('leaving aside
the closed ones', 'neither A nor B') is its complement; a deadline said never to have moved is
revised = False; an owner cell named by what it lacks is the blank-owner filter. Bodies and rows
are invented (those of test_body_names)."""

from __future__ import annotations

import pytest

from assistant.analysis import NameIndex, analyse
from assistant.analysis.negated_states import revision_denied, states_excluded
from assistant.analysis.patterns import STATUS_WORDS
from ingest.model import ActionRecord
from tests.assistant.analysis.test_body_names import _DOCS, _index

OPEN = ["partial", "ongoing", "not_started"]


@pytest.mark.parametrize(
    ("question", "statuses"),
    [
        ("Setting aside the closed ones, which Marrowby actions are left?", OPEN),
        ("How many Marrowby actions are there, not counting the finished ones?", OPEN),
        ("Which Marrowby actions are neither complete nor in progress?", ["partial", "not_started"]),
        ("List the Marrowby actions, ignoring anything implemented", OPEN),
    ],
)  # fmt: skip
def test_a_state_in_an_exclusion_clause_is_its_complement(
    question: str, statuses: list[str]
) -> None:
    assert analyse(question, _index()).statuses == statuses, question


def test_a_state_asked_beside_the_exclusion_is_not_turned() -> None:
    assert states_excluded("Which are open, except those led by the clerk?", STATUS_WORDS) is None


@pytest.mark.parametrize(
    "question",
    [
        "Which Marrowby actions were never put back?",
        "How many Marrowby actions stuck to their original deadline?",
        "Which Marrowby actions had no extension?",
        "list the Marrowby actions whose due date was never changed",
    ],
)
def test_a_deadline_never_moved_is_unrevised(question: str) -> None:
    assert analyse(question, _index()).revised is False, question


def test_a_moved_deadline_stays_revised() -> None:
    assert analyse("Which Marrowby actions had their deadline put back?", _index()).revised
    assert revision_denied("Which actions were pushed back?", 19) is None


@pytest.mark.parametrize(
    "question",
    [
        "Which Marrowby actions have no one named against them?",
        "How many Marrowby actions have no officer listed?",
        "which Marrowby actions have no named officer",
    ],
)
def test_an_owner_named_by_its_absence_is_the_blank_owner(question: str) -> None:
    assert analyse(question, _index()).no_owner, question


@pytest.mark.parametrize(
    ("question", "intent"),
    [
        ("Marrowby: anything that's overdue or partly done?", "list"),
        ("Marrowby - anything which is still open?", "list"),
        ("Is there anything that explains the Marrowby delay?", "lookup"),
    ],
)
def test_anything_in_a_state_asks_for_the_rows(question: str, intent: str) -> None:
    assert analyse(question, _index()).intent == intent, question


@pytest.mark.parametrize(
    ("question", "no_due"),
    [
        ("Which Marrowby actions are without a target date?", True),
        ("How many Marrowby actions have no set deadline?", True),
        ("list the Marrowby actions whose timescale is not yet agreed", True),
        ("Which Marrowby actions have a target date in 2024?", False),
    ],
)
def test_a_deadline_named_by_its_absence(question: str, no_due: bool) -> None:
    assert analyse(question, _index()).no_due is no_due, question


def _owned_index() -> NameIndex:
    doc = _DOCS[3]
    records = [
        ActionRecord(
            id=f"fire:{ref}",
            document=doc.ref(),
            ref=ref,
            ordinal=n,
            title=title,
            owner=owner,
            status="ongoing",
            status_text="In progress",
            source_text=title,
            source_start=0,
            source_end=len(title),
            year=2024,
        )
        for n, (ref, title, owner) in enumerate(
            [("F1", "Fleet checks", "Fleet Engineer"), ("F2", "Fuel cards", "Station Clerk")], 1
        )
    ]
    return NameIndex.from_records([doc], records)


def test_an_owner_in_an_exclusion_clause_is_left_out() -> None:
    q = analyse(
        "Which Marrowby actions, not counting the ones owned by the Station Clerk, are open?",
        _owned_index(),
    )
    assert q.owner_not == "Station Clerk" and q.owner is None


def test_an_exclusion_opening_the_question_leaves_the_list_asked() -> None:
    q = analyse("Bar the closed ones, list the Marrowby actions", _index())
    assert q.intent == "list" and q.statuses == OPEN


def test_an_owner_after_the_excluded_object_is_asked_for() -> None:
    q = analyse(
        "Which Marrowby actions other than F1 are owned by the Station Clerk?", _owned_index()
    )
    assert q.owner == "Station Clerk" and q.owner_not is None

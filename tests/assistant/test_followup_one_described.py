"""'Who leads the late one?', 'when is the one held by the clerk due?', 'what did the ones about
litter say?': a row of the list shown, picked inside a question by what its cells hold — a
holder read in the owner cell only, the description read as far as it still picks (made-up
records, no index)."""

from __future__ import annotations

import pytest

from assistant.antecedents import Previous
from assistant.followups import rewrite_by_rules
from assistant.one_described import described_one
from tests.assistant.test_followup_focus import HISTORY
from tests.assistant.test_followup_owner_back import record

ROWS = [
    record(
        "P-1", "Parish Clerk", title="Litter bins in the park are overflowing", status_text="Late"
    ),
    record(
        "P-2",
        "Finance Officer",
        title="Bank reconciliations were not signed",
        action="Clerk to countersign each reconciliation",
        status_text="Done",
    ),
    record("P-3", "Parish Clerk", title="Litter picking rota lapsed", status_text="Open"),
]
LISTED = Previous("Which actions are open?", ROWS, ["P-1", "P-2", "P-3"], route="register")


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("who leads the late one?", "who leads P-1?"),
        ("when is the one held by the finance officer due?", "when is P-2 due?"),
        ("And the one on bank reconciliations, is it signed now?", "And P-2, is it signed now?"),
        ("what did the ones about litter say?", "what did P-1 and P-3 say?"),
        ("is the rota one finished?", "is P-3 finished?"),
    ],
)
def test_a_row_is_picked_by_what_it_holds(question: str, asked: str) -> None:
    assert described_one(question, LISTED) == asked


@pytest.mark.parametrize(
    "question",
    [
        "who owns the one held by the clerk?",  # two rows the clerk holds: not one
        "who leads the second one?",  # a place: the ordinal rules
        "and the 2023 one?",  # a paper by its year
        "what about the one on allotments?",  # a description no row fits
        "what did the ones about anything say?",
    ],
)
def test_no_single_row_no_pick(question: str) -> None:
    assert described_one(question, LISTED) is None


def test_a_holders_words_elsewhere_in_a_row_are_no_holder() -> None:
    # 'clerk' is in P-2's action, but P-2 is held by the finance officer
    one = described_one("when is the one led by the clerk due?", LISTED)
    assert one is None  # the clerk holds two rows; P-2 is not a third


def test_the_list_shown_before_a_single_row_is_picked_from() -> None:
    single = Previous(
        "Who owns P-2?",
        [ROWS[1]],
        ["P-2"],
        listed=ROWS,
        listed_names=["P-1", "P-2", "P-3"],
    )
    assert described_one("and who owns the late one?", single) == "and who owns P-1?"


def test_a_bare_description_and_a_papers_words_are_left_to_other_rules() -> None:
    assert described_one("and the one about litter picking?", LISTED) is None
    assert described_one("what about the late one?", LISTED) is None
    # 'tracker' is a word of the rows' paper title: 'the tracker one' is that paper
    assert described_one("who wrote the tracker one?", LISTED) is None


def test_a_description_named_first_is_the_topic_of_the_question_after_it() -> None:
    asked = rewrite_by_rules(
        "and the one held by the finance officer, is it signed off?", HISTORY, LISTED
    )
    assert asked == "Is P-2 signed off?"
    asked = rewrite_by_rules(
        "and the one held by the finance officer, what was agreed?", HISTORY, LISTED
    )
    assert asked is not None and "P-2" in asked

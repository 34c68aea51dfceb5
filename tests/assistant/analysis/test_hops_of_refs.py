"""First hops written inside a question around a row's ref: 'the lead for X', 'whoever owns
X' in the middle of a sentence, and how far a date moved asked with a plain verb of moving."""

from __future__ import annotations

from assistant.analysis.due_asked import asked_due_kind
from assistant.analysis.hops import embedded_hop


def test_a_role_of_a_ref_is_asked_first() -> None:
    assert embedded_hop("Which items does the lead for ZX-12 look after besides it?") == [
        "Who is responsible for ZX-12?",
        "Which items does that owner look after besides it?",
    ]


def test_a_role_of_a_ref_fronted_before_a_dash() -> None:
    assert embedded_hop("The lead for QA/7/3 - which rows are they named on?") == [
        "Who is responsible for QA/7/3?",
        "Which rows are they named on?",
    ]


def test_a_role_of_no_ref_or_asked_about_is_no_hop() -> None:
    assert embedded_hop("Who is the owner of ZX-12?") is None
    assert embedded_hop("Which rows does the owner of it hold?") is None
    # a date of a paper, not a holder: 'of' only links a role to its row
    assert embedded_hop("The date of QA/7/3 - when is it?") is None


def test_a_free_relative_inside_the_question_is_asked_first() -> None:
    assert embedded_hop("How many of the rows given to whoever owns K-4 are late?") == [
        "Who is responsible for K-4?",
        "How many of the rows given to that owner are late?",
    ]
    assert embedded_hop("Which rows fall to whoever leads the forum?") == [
        "Who leads the forum?",
        "Which rows fall to that owner?",
    ]


def test_whoever_pointing_back_is_no_free_relative() -> None:
    # 'whoever that is' points at an owner already found; it asks nothing first
    assert embedded_hop("Who runs the ferry - is whoever that is named on another row?") is None


def test_a_plain_verb_of_moving_with_a_measure_asks_how_far() -> None:
    assert asked_due_kind("By how many weeks did the target shift?") == "slip"
    assert asked_due_kind("How far did its date move?") == "slip"
    assert asked_due_kind("When did the board move to the new offices?") == "current"


def test_a_capitalised_post_title_before_a_dash_is_no_first_hop() -> None:
    # 'Head of …' is a post's title here: the statement states a premise, it names no row
    assert (
        embedded_hop(
            "The Head of Parks Services tabled the tree report at the Estates Board in May "
            "2021 - what did they recommend?"
        )
        is None
    )

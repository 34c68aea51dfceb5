"""What a narrowing left out, and the list a pick was made from: 'the one that didn't' after
'which of those slipped?' is the row of the list that did not; 'which of them …' after 'the last
one - who owns it?' narrows the list the one was picked from (made-up records, no index)."""

from __future__ import annotations

import pytest

from assistant.antecedents import Previous
from assistant.followups import Turn, rewrite_by_rules
from tests.assistant.test_followup_rules import record

HISTORY = [Turn(role="user", content="…"), Turn(role="assistant", content="…")]
ROWS = [record("EA-2"), record("EA-4"), record("EA-6")]
NAMES = ["EA-2", "EA-4", "EA-6"]
LISTED = Previous("Which estates actions are open", ROWS, NAMES, route="register")
NARROWED = Previous(
    "Which of EA-2, EA-4 and EA-6 slipped",
    [ROWS[0], ROWS[2]],
    ["EA-2", "EA-6"],
    route="register",
    pool=ROWS,
    pool_names=NAMES,
    before=LISTED,
)
PICKED = Previous(
    "Who owns EA-6", [ROWS[2]], ["EA-6"], route="refs", pool=ROWS, pool_names=NAMES, before=LISTED
)


@pytest.mark.parametrize(
    "question, expected",
    [
        ("what's the rating on the one that didn't", "what's the rating on EA-4"),
        ("Who owns the one which hasn't slipped?", "Who owns EA-4?"),
        ("and when is the one that did not slip due?", "and when is EA-4 due?"),
    ],
)
def test_the_one_that_did_not_is_what_the_narrowing_left(question: str, expected: str) -> None:
    assert rewrite_by_rules(question, HISTORY, NARROWED) == expected


@pytest.mark.parametrize(
    "question, expected",
    [
        ("And which of them is overdue?", "Which of EA-2, EA-4 and EA-6 is overdue?"),
        ("which of those are complete", "Which of EA-2, EA-4 and EA-6 are complete?"),
        ("but which of these slipped?", "Which of EA-2, EA-4 and EA-6 slipped?"),
    ],
)
def test_which_of_them_after_a_pick_narrows_the_list_it_was_picked_from(
    question: str, expected: str
) -> None:
    assert rewrite_by_rules(question, HISTORY, PICKED) == expected


@pytest.mark.parametrize(
    "last, expected",
    [
        ("Pellham fire: which actions are open", "Pellham fire: how many actions are open?"),
        ("the estates plan - which rows slipped", "the estates plan - how many rows slipped?"),
        ("Which estates actions are open", "How many estates actions are open?"),
    ],
)
def test_how_many_after_a_list_asked_with_its_topic_first(last: str, expected: str) -> None:
    listed = Previous(last, ROWS, NAMES, route="register")
    assert rewrite_by_rules("how many", HISTORY, listed) == expected


@pytest.mark.parametrize(
    "question, expected",
    [
        (
            "What were the original deadlines for those two?",
            "What were the original deadlines for EA-2 and EA-6?",
        ),
        ("who owns these two actions", "who owns EA-2 and EA-6"),
        ("Are the two ones complete?", "Are EA-2 and EA-6 complete?"),
    ],
)
def test_a_number_with_the_plural_pronoun_goes_with_it(question: str, expected: str) -> None:
    two = Previous(
        "Which estates actions slipped", [ROWS[0], ROWS[2]], ["EA-2", "EA-6"], route="register"
    )
    assert rewrite_by_rules(question, HISTORY, two) == expected


@pytest.mark.parametrize(
    "follow_up, expected",
    [
        ("and in the 2019 one?", "When is EA-4 due in the 2019 plan?"),
        ("What about the 2019 follow-up?", "When is EA-4 due in the 2019 plan?"),
        ("and for the 2019/20 version", "When is EA-4 due in the 2019/20 plan?"),
    ],
)
def test_a_paper_named_by_another_year_changes_the_year(follow_up: str, expected: str) -> None:
    asked = Previous("When is EA-4 due in the 2018 plan", [ROWS[1]], ["EA-4"], route="refs")
    assert rewrite_by_rules(follow_up, HISTORY, asked) == expected

"""'which of those are high priority?' after an answer that quoted passages of several rows:
which of those rows, by name — not the last question with the condition glued on."""

from __future__ import annotations

from assistant.antecedents import Previous
from assistant.followups import Turn, rewrite_by_rules
from tests.assistant.test_followup_rules import record

HISTORY = [Turn(role="user", content="…"), Turn(role="assistant", content="…")]
QUOTED = Previous(
    "What does the estates plan say about boilers",
    [record("EA-4"), record("EA-7")],
    ["EA-4", "EA-7"],
    quoted=True,
)


def test_which_of_those_after_passages_narrows_the_rows_quoted() -> None:
    for question, expected in (
        ("which of those are high priority?", "Which of EA-4 and EA-7 are high priority?"),
        ("and which of them has been approved", "Which of EA-4 and EA-7 has been approved?"),
        (
            "how many of those were met completely?",
            "How many actions among EA-4 and EA-7 were met completely?",
        ),
    ):
        assert rewrite_by_rules(question, HISTORY, QUOTED) == expected, question


def test_which_of_those_after_a_short_list_narrows_the_rows_shown() -> None:
    # the last question with the condition glued on reads as prose when it was asked in a
    # member's words ('What is marked Open in the log and belongs to the Clerk?'): by name
    listed = Previous(
        "What is marked Open in the estates log",
        [record("EA-4"), record("EA-7"), record("EA-9")],
        ["EA-4", "EA-7", "EA-9"],
        route="register",
    )
    for question, expected in (
        (
            "Which of those belongs to the Clerk?",
            "Which of EA-4, EA-7 and EA-9 belongs to the Clerk?",
        ),
        ("and which of them slipped", "Which of EA-4, EA-7 and EA-9 slipped?"),
    ):
        assert rewrite_by_rules(question, HISTORY, listed) == expected, question
    counted = rewrite_by_rules("how many of those are complete?", HISTORY, listed)
    assert counted is not None and "EA-4" not in counted  # the list question, counted


def test_which_of_those_after_a_long_list_still_narrows_the_list_question() -> None:
    rows = [record(f"EA-{n}") for n in range(1, 11)]
    listed = Previous(
        "Which estates actions slipped", rows, [r.ref for r in rows], route="register"
    )
    asked = rewrite_by_rules("which of those are high priority?", HISTORY, listed)
    assert asked is not None and asked.startswith("Which estates actions slipped")

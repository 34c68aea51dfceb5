"""Follow-up rules on made-up records (no index): 'that body' is the owner of the last answer's
record, 'the report' of an action that asks for a report is that action's, 'the two' and
'both' are the last answer's records, 'is that before Y?' sets the last record against Y."""

from __future__ import annotations

from assistant.antecedents import Previous
from assistant.followups import Turn, rewrite_by_rules
from tests.assistant.test_followup_rules import record

HISTORY = [Turn(role="user", content="Who owns EA-4?"), Turn(role="assistant", content="…")]
ONE = Previous(
    "Who owns EA-4?",
    [
        record(
            "EA-4",
            owner="Estates Board",
            title="Publish an annual report on estates compliance",
            due_text="31/12/2019",
        )
    ],
    ["EA-4"],
)
TWO = Previous("Which actions slipped?", [record("EA-4"), record("EA-7")], ["EA-4", "EA-7"])


def test_an_agent_noun_points_at_the_owner() -> None:
    asked = rewrite_by_rules("What else does that body own?", HISTORY, ONE)
    assert asked == "What else does Estates Board own?"


def test_the_report_of_an_action_asking_for_one_is_the_action_s() -> None:
    asked = rewrite_by_rules("When is the report due?", HISTORY, ONE)
    assert asked == "When is EA-4's report due?"


def test_the_two_and_both_are_the_last_answer_s_records() -> None:
    assert rewrite_by_rules("Are both complete?", HISTORY, TWO) == "Are EA-4 and EA-7 complete?"
    assert rewrite_by_rules("Who owns the two?", HISTORY, TWO) == "Who owns EA-4 and EA-7?"


def test_is_that_before_builds_a_two_sided_question() -> None:
    assert rewrite_by_rules("Is that before March 2020?", HISTORY, ONE) == (
        "Is EA-4 due before March 2020?"
    )
    assert rewrite_by_rules("Was it after EA-9?", HISTORY, ONE) == (
        "Which came first, EA-4 or EA-9?"
    )


def test_the_two_x_ones_are_the_last_answer_s_records_with_that_word() -> None:
    three = Previous(
        "Which?", [record("EA-4"), record("HM 1"), record("HM 2")], ["EA-4", "HM 1", "HM 2"]
    )
    assert rewrite_by_rules("When are the two HM ones due?", HISTORY, three) == (
        "When are HM 1 and HM 2 due?"
    )

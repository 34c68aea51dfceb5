"""A column asked again with a word that sets it against another value ('and the revised
one?' after 'what was the original deadline of EA-4?', 'and the current status?'): the last
question, of that column of the same record; and 'what was the original deadline' (a definite
column with a word before it) is a follow-up, asked of the record the turn before was about."""

from __future__ import annotations

from assistant.antecedents import Previous
from assistant.followup_forms import looks_like_follow_up
from assistant.followups import Turn, rewrite_by_rules
from tests.assistant.test_followup_rules import record

HISTORY = [Turn(role="user", content="…"), Turn(role="assistant", content="…")]
ASKED = Previous(
    "what was the original deadline of EA-4 in the 2019 Estates Plan?",
    [record("EA-4")],
    ["EA-4 in the 2019 Estates Plan"],
    route="refs",
)


def test_the_column_is_asked_again_with_the_other_word() -> None:
    base = "of EA-4 in the 2019 Estates Plan?"
    for question, expected in (
        ("and the revised one?", f"what was the revised deadline {base}"),
        ("what about the new one?", f"what was the new deadline {base}"),
        ("and the current status?", f"what was the current status {base}"),
        ("and its previous owner?", f"what was the previous owner {base}"),
        ("the latest progress?", f"what was the latest progress {base}"),
    ):
        assert rewrite_by_rules(question, HISTORY, ASKED) == expected, question


def test_a_word_that_names_a_subject_is_not_another_column() -> None:
    asked = rewrite_by_rules("and the depot one?", HISTORY, ASKED)
    assert asked is None or "depot deadline" not in asked


def test_a_column_with_a_word_before_it_is_a_follow_up() -> None:
    for question in (
        "what was the original deadline",
        "what's the revised timescale?",
        "who is the current owner",
    ):
        assert looks_like_follow_up(question), question
    one = Previous("Who owns EA-4?", [record("EA-4")], ["EA-4"], route="refs")
    asked = rewrite_by_rules("what was the original deadline", HISTORY, one)
    assert asked is not None and "EA-4" in asked, asked

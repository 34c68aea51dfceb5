"""A follow-up that opens with a clause whose subject is a pronoun ('since it's been completed,
when did X start?', 'now that they are met, who signed them off?'): the clause points back —
its pronoun is what the last answer was about, the contraction spelt out so the verb stays."""

from __future__ import annotations

from assistant.antecedents import Previous
from assistant.followup_forms import looks_like_follow_up
from assistant.followups import Turn, rewrite_by_rules
from tests.assistant.test_followup_rules import record

HISTORY = [Turn(role="user", content="…"), Turn(role="assistant", content="…")]
ONE = Previous("Who owns EA-4?", [record("EA-4")], ["EA-4"], route="refs")
TWO = Previous(
    "Which estates actions slipped?",
    [record("EA-4"), record("EA-7")],
    ["EA-4", "EA-7"],
    route="register",
)


def test_the_clause_pronoun_is_what_the_last_answer_was_about() -> None:
    for question, expected in (
        (
            "Since it's been completed, when did the survey start?",
            "Since EA-4 has been completed, when did the survey start?",
        ),
        (
            "now that it has been fully met, who signed it off?",
            "now that EA-4 has been fully met, who signed it off?",
        ),
        ("as it's finished, what replaced it?", "as EA-4 is finished, what replaced it?"),
    ):
        assert looks_like_follow_up(question), question
        assert rewrite_by_rules(question, HISTORY, ONE) == expected, question
    asked = rewrite_by_rules("since they're both late, who chases them?", HISTORY, TWO)
    assert asked == "since EA-4 and EA-7 are both late, who chases them?"


def test_a_clause_naming_its_own_subject_is_left_alone() -> None:
    question = "Since the depot survey was completed, when did the boiler work start?"
    assert rewrite_by_rules(question, HISTORY, ONE) in (None, question)

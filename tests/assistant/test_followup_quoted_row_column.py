"""A pronoun object of a phrasal verb ('who picked that up?'), or a pronoun in a column's
relative clause ('the first deadline it was given'), is the row itself, not a possessive."""

from __future__ import annotations

from assistant.antecedents import Previous
from assistant.followups import Turn, rewrite_by_rules
from tests.assistant.test_followup_rules import record

HISTORY = [Turn(role="user", content="…"), Turn(role="assistant", content="…")]


def test_a_pronoun_before_a_particle_is_the_row_not_its_possessive() -> None:
    previous = Previous("Who owns GR-7?", [record("GR-7")], ["GR-7"])
    for question, expected in (
        ("Who picked that up?", "Who picked GR-7 up?"),
        ("Who signed this off?", "Who signed GR-7 off?"),
        ("Where does that stand now?", "Where does GR-7 stand now?"),
    ):
        assert rewrite_by_rules(question, HISTORY, previous) == expected, question


def test_a_pronoun_in_a_columns_relative_clause_points_back() -> None:
    from assistant.followup_forms import looks_like_follow_up

    for question in (
        "What was the very first deadline it was given, before any slippage?",
        "Which officer is the owner it was assigned to?",
        "What priority were they given by the auditors?",
    ):
        assert looks_like_follow_up(question), question
    assert not looks_like_follow_up("What was the very first deadline for the tree survey?")

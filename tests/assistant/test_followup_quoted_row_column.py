"""A column asked with 'it' after a passage answer that quoted one row only ('what date was it
first meant to be done by?', 'who is in charge of it?') is asked of that row; a pronoun
object of a phrasal verb ('who picked that up?') is the row itself, not a possessive."""

from __future__ import annotations

from assistant.antecedents import Previous
from assistant.followups import Turn, rewrite_by_rules
from tests.assistant.test_followup_rules import record

HISTORY = [Turn(role="user", content="…"), Turn(role="assistant", content="…")]


def _quoted_one_row() -> Previous:
    row = record("GR-7", title="Replace the glasshouse heating controls")
    return Previous("What does the plan say about the heating controls", [row], ["GR-7"], True)


def test_a_column_asked_of_it_after_passages_of_one_row_is_that_rows() -> None:
    previous = _quoted_one_row()
    for question in (
        "What date was it first meant to be done by?",
        "Which manager is in charge of it at the moment?",
        "When was it supposed to be finished originally?",
    ):
        asked = rewrite_by_rules(question, HISTORY, previous) or ""
        assert "GR-7" in asked, question


def test_a_question_asking_no_column_after_passages_is_left_as_written() -> None:
    previous = _quoted_one_row()
    asked = rewrite_by_rules(
        "Why has it taken the contractors so long to respond?", HISTORY, previous
    )
    assert asked is None or "GR-7" not in asked


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

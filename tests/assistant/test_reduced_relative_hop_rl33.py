"""A role fronted by the row it holds through a participle ('the person doing X, what else
are they down for?'), with a scope before it ('Oxwell: the officer checking X - …'), is a first
hop to that row's owner, then the question of that owner; a participle after a noun that is no
role ('the paper covering X') is none (assistant.analysis.hops)."""

from __future__ import annotations

from assistant.analysis.parts import question_parts


def test_a_participle_after_a_role_is_a_first_hop() -> None:
    parts = question_parts("The officer checking the allotment rents - what else do they own?")
    assert parts == [
        "Who is responsible for checking the allotment rents?",
        "What else do they own?",
    ]


def test_a_scope_before_the_fronted_role_stays_with_the_first_hop() -> None:
    parts = question_parts(
        "Oxwell council: the officer reviewing grave plot records, which other items are theirs?"
    )
    assert parts[0] == "Oxwell council, who is responsible for reviewing grave plot records?"
    assert parts[1] == "Which other items are theirs?"


def test_a_participle_after_no_role_is_no_hop() -> None:
    assert len(question_parts("The paper covering allotment rents: what is its date?")) == 1

"""Rows of 'the plan', 'the summary' or of 'it', asked after a turn about one paper (the paper
itself, passages of it, one of its rows): rows of that paper, named by its title — not every
paper's rows, and not the 'summary' of the row the last answer quoted."""

from __future__ import annotations

from assistant.antecedents import Previous
from assistant.followups import Turn, rewrite_by_rules
from tests.assistant.test_followup_rules import record

HISTORY = [Turn(role="user", content="…"), Turn(role="assistant", content="…")]


def test_rows_of_the_paper_named_by_its_kind_are_that_paper_s() -> None:
    row = record("EA-4")
    title = row.document.title
    about_paper = Previous(
        "Who wrote the estates plan", [], [], route="document", documents=[title]
    )
    about_row = Previous("What does it say about boilers", [row], ["EA-4"], quoted=True)
    for previous in (about_paper, about_row):
        for question, expected in (
            ("how many actions does the plan list?", f"how many actions does the {title} list?"),
            (
                "how many recommendations are in the summary?",
                f"how many recommendations are in the {title}?",
            ),
            ("how many actions are in it?", f"how many actions are in the {title}?"),
            ("which areas does the report cover?", f"which areas does the {title} cover?"),
        ):
            assert rewrite_by_rules(question, HISTORY, previous) == expected, question


def test_rows_of_a_paper_named_in_full_are_left_alone() -> None:
    row = record("EA-4")
    about_row = Previous("What does it say about boilers", [row], ["EA-4"], quoted=True)
    asked = rewrite_by_rules("how many actions does the 2008 fleet plan list?", HISTORY, about_row)
    assert asked is None or "2008 fleet plan" in asked

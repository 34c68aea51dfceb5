"""A later part naming the paper of the one row found and pointing at that row with 'it'
('what did the report give for it?'): the paper is named by its title and 'it' is still the
row; 'who wrote it?' asks of the paper. Invented rows (assistant.referring.point_back)."""

from __future__ import annotations

from assistant.antecedents import Previous
from assistant.referring import point_back
from tests.assistant.test_followup_rules import record

ONE = Previous("Which estates action had no lead?", [record("EA-7")], ["EA-7"])


def test_it_after_the_paper_is_the_row() -> None:
    assert (
        point_back("What rating did the plan give for it?", ONE)
        == "What rating did the Estates Audit Plan give for EA-7?"
    )
    assert (
        point_back("What does the report say about its cost?", ONE)
        == "What does the Estates Audit Plan say about EA-7's cost?"
    )


def test_it_of_a_paper_asked_about_is_the_paper() -> None:
    asked = point_back("When was the report written and who presented it?", ONE)
    assert asked is not None and "EA-7" not in asked

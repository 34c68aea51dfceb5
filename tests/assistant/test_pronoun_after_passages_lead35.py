"""A longer question naming nothing but 'it' after passages all of one row points back at
that row (lead35)."""

from __future__ import annotations

from assistant.antecedents import Previous
from assistant.followups import Turn, rewrite_by_rules
from tests.assistant.test_followup_focus import record

HISTORY = [Turn(role="user", content="…"), Turn(role="assistant", content="…")]
ROW = record("EA-4", title="Test the boiler shutdown plan")


def _passages_of(*rows: object) -> Previous:
    return Previous(
        "Tell me about the boiler shutdown action.",
        list(rows),  # type: ignore[arg-type]
        ["EA-4"] * len(rows),
        quoted=True,
        focus="the boiler shutdown action",
    )


def test_it_after_passages_of_one_row_is_that_row() -> None:
    asked = rewrite_by_rules(
        "What date did it have before it was pushed back?", HISTORY, _passages_of(ROW, ROW)
    )
    assert asked is not None and "boiler shutdown" in asked


def test_it_after_passages_of_several_rows_is_left_as_asked() -> None:
    other = record("EA-7", title="Replace the chiller units")
    asked = rewrite_by_rules(
        "What date did it have before it was pushed back?", HISTORY, _passages_of(ROW, other)
    )
    assert asked is None

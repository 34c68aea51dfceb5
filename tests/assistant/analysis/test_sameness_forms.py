"""A sameness question with a scope set before it ('In the depot plan, did A and B …'), in
other words for 'the same' ('matching', 'identical', 'alike'), asking the value each side
started with, and with a later clause asking something of each side."""

from __future__ import annotations

import pytest

from assistant.analysis.comparison import asks_original, same_field, same_sides


@pytest.mark.parametrize(
    ("question", "sides", "field"),
    [
        (
            "In the depot plan, did the fleet item and the stores item have matching owners?",
            ["the fleet item", "the stores item"],
            "owner",
        ),
        (
            "For the 2011 review, do the boiler action and the roof action carry identical "
            "priorities, and what is each rated now?",
            ["the boiler action", "the roof action"],
            "priority",
        ),
        (
            "Did the boiler action and the roof action start out with equal priorities?",
            ["the boiler action", "the roof action"],
            "priority",
        ),
    ],
)
def test_a_sameness_question_behind_a_scope_keeps_its_two_sides(
    question: str, sides: list[str], field: str
) -> None:
    assert same_sides(question) == sides
    assert same_field(question) == field


def test_starting_values_are_the_original_ones() -> None:
    assert asks_original("Did the two actions start out with the same deadline?")
    assert asks_original("Were both due on the same date at first?")
    assert not asks_original("Are both due on the same date?")

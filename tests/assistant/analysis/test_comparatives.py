"""'Was A larger than B?': only a comparative ends side A ('boiler', 'register' end in -er
and are none), and the word before it stays in side A unless it is a verb or a degree word
(assistant.analysis.comparatives)."""

from __future__ import annotations

import pytest

from assistant.analysis.comparison import compared_sides


@pytest.mark.parametrize(
    ("question", "sides"),
    [
        (
            "Was the depot survey fee larger than the boiler servicing charge?",
            ["the depot survey fee", "the boiler servicing charge"],
        ),
        (
            "was the boiler servicing charge more than the depot survey fee",
            ["the boiler servicing charge", "the depot survey fee"],
        ),
        (
            "Did the boiler servicing cost more than the depot survey?",
            ["the boiler servicing", "the depot survey"],
        ),
        ("Is the salt register older than the grit log?", ["the salt register", "the grit log"]),
        ("Was DX-4 slightly later than DX-9?", ["DX-4", "DX-9"]),
    ],
)
def test_side_a_ends_at_the_comparative(question: str, sides: list[str]) -> None:
    assert compared_sides(question) == sides


def test_more_than_one_is_no_comparison_of_two_sides() -> None:
    assert compared_sides("Has the drainage register come up at more than one body?") == []

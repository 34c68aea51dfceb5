"""A word of moving asked by where the thing went is no moved deadline (analysis/patterns.py
moved_elsewhere): 'where has the unit been moved to?', 'which board was it moved to?'. Invented
wordings, no model."""

from __future__ import annotations

import pytest

from assistant.analysis.patterns import moved_elsewhere


@pytest.mark.parametrize(
    ("question", "elsewhere"),
    [
        ("Where has the fraud team been moved to?", True),
        ("and where were its duties transferred?", True),
        ("Which directorate was the payroll function moved into?", True),
        ("To whom was the contract register moved?", True),
        ("Where has its deadline been moved to?", False),
        ("When was it moved to?", False),
        ("Which actions were moved to a later date?", False),
        ("What has the target been pushed back to?", False),
    ],
)
def test_a_move_asked_by_its_place_or_body_is_no_deadline(question: str, elsewhere: bool) -> None:
    assert moved_elsewhere(question) is elsewhere

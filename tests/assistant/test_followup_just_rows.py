"""'just the high priority ones', 'only the ones for the Clerk', 'just those that slipped': the
list shown, narrowed by what describes the rows kept (narrowing.as_narrowing); a pick by
place ('only the first two') is left to the picking rules."""

from __future__ import annotations

import pytest

from assistant.narrowing import as_narrowing


@pytest.mark.parametrize(
    ("asked", "narrowing"),
    [
        ("just the amber ones", "which of those are amber"),
        ("and only the ones for the Head of Parks?", "which of those are for the Head of Parks"),
        ("just those that slipped", "which of those slipped"),
        ("only those owned by the Clerk please", "which of those are owned by the Clerk"),
        ("just the ones the Clerk owns", "which of those the Clerk owns"),
        ("just the ones due in 2025", "which of those are due in 2025"),
    ],
)
def test_just_the_rows_described_narrows_the_list(asked: str, narrowing: str) -> None:
    assert as_narrowing(asked) == narrowing


@pytest.mark.parametrize("asked", ["only the first two", "just the other one", "just the totals"])
def test_a_pick_by_place_or_no_rows_is_left_alone(asked: str) -> None:
    assert as_narrowing(asked) == asked


@pytest.mark.parametrize(
    ("asked", "narrowing"),
    [
        # a verb of narrowing keeps the rows described
        (
            "narrow that down to the ones the Harbourmaster leads",
            "which of those the Harbourmaster leads",
        ),
        ("Filter those to the red ones", "which of those are red"),
        ("ok, cut it down to those that are overdue", "which of those are overdue"),
        ("limit the list to the ones due in 2026", "which of those are due in 2026"),
        ("keep only the ones owned by the Clerk", "which of those are owned by the Clerk"),
        ("show me only the amber ones", "which of those are amber"),
        # the list named first, then the rows described with no question word
        ("of those, the ones with a Q3 2026 date?", "which of those have a Q3 2026 date"),
        ("among them, the ones without an owner", "which of those have no owner"),
        ("out of those, just the ones the Treasurer owns", "which of those the Treasurer owns"),
    ],
)
def test_a_narrowing_verb_or_a_bare_fronted_list_narrows(asked: str, narrowing: str) -> None:
    assert as_narrowing(asked) == narrowing


@pytest.mark.parametrize(
    "asked", ["show me the ones the Clerk owns", "narrow it down to the first two", "keep going"]
)
def test_a_list_of_its_own_or_a_pick_by_place_is_left_alone(asked: str) -> None:
    assert as_narrowing(asked) == asked

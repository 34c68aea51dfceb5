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

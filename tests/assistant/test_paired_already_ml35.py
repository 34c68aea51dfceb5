"""Rows of a later paper said to have been in the earlier one already ('were already in the
2023 tracker', 'was also on the 2023 list') are the rows both papers hold, asked of the later
paper; 'already in progress' says a state, not a listing (assistant.analysis.paired_states)."""

from __future__ import annotations

import pytest

from assistant.analysis.paired_states import paired_states
from tests.assistant.test_paired_states_rl32 import HELD, PAPERS


@pytest.mark.parametrize(
    "question",
    [
        "Which items in the 2024 follow-up were already in the 2023 tracker?",
        "How many 2024 follow-up items were previously on the 2023 tracker?",
        "Which open items of the 2024 follow-up were originally in the 2023 tracker?",
    ],
)
def test_rows_already_in_the_earlier_paper_are_held_by_both(question: str) -> None:
    paired = paired_states(question, PAPERS, HELD)
    assert paired is not None and paired.after.held is True, question


def test_already_in_progress_is_no_listing() -> None:
    paired = paired_states(
        "Which items in the 2024 follow-up were already in progress in the 2023 tracker?",
        PAPERS,
        HELD,
    )
    assert paired is None or paired.after.held is not True

"""Rows one of a body's two papers has and the other lacks are read by what the phrase says,
not by which paper the question names first: rows 'new' or 'added' are the later paper's,
rows 'dropped' or 'no longer listed' the earlier's, rows 'not in' or 'missing from' a paper
named right after the phrase the other paper's (assistant.analysis.paired_states)."""

from __future__ import annotations

import pytest

from assistant.analysis.paired_states import paired_states
from tests.assistant.test_paired_states_rl32 import HELD, PAPERS


@pytest.mark.parametrize(
    ("question", "subject"),
    [
        (
            "Compared with the 2023 tracker, how many new items does the 2024 follow-up have?",
            "later",
        ),
        ("Of the 2023 tracker and the 2024 follow-up, how many items were added?", "later"),
        ("How many items in the 2024 follow-up were not in the 2023 tracker?", "later"),
        (
            "How many items does the 2023 tracker have that were missing from the 2024 follow-up?",
            "earlier",
        ),
        (
            "How many of the 2024 follow-up's items were dropped compared with the 2023 tracker?",
            "earlier",
        ),
        ("Which items of the 2023 tracker were not in the 2024 follow-up?", "earlier"),
    ],
)
def test_whose_rows_an_absence_asks_for(question: str, subject: str) -> None:
    paired = paired_states(question, PAPERS, HELD)
    assert paired is not None and paired.after.held is False
    assert paired.subject == subject

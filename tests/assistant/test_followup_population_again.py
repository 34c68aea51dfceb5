"""'Of the high-priority ones, which …' after a count or list asked over a described set: the
description restates that set (its words are all words of the set's noun phrase), so the new
condition is asked of the set, not of the rows the last answer kept; a description with a word
of its own narrows the rows shown (other rules). My own wordings."""

from __future__ import annotations

import pytest

from assistant.narrowing import described_set


@pytest.mark.parametrize(
    ("last", "asked", "expected"),
    [
        (
            "How many of the high-priority grant recommendations are marked complete?",
            "Of the high-priority ones, which are due by June 2024?",
            "Which high-priority grant recommendations are due by June 2024?",
        ),
        (
            "Which of the red-rated tracker actions have slipped?",
            "and among the red-rated ones, how many are owned by the Clerk?",
            "How many red-rated tracker actions are owned by the Clerk?",
        ),
        (
            "how many fleet audit recommendations were closed?",
            "out of the fleet ones, which ones lack an owner?",
            "Which fleet audit recommendations lack an owner?",
        ),
    ],
)
def test_the_set_asked_over_is_asked_again(last: str, asked: str, expected: str) -> None:
    assert described_set(asked, last) == expected


@pytest.mark.parametrize(
    ("last", "asked"),
    [
        # a word the set's phrase does not have: a narrowing of the rows shown
        (
            "How many of the grant recommendations are complete?",
            "Of the medium ones, which are due?",
        ),
        # no set named by the last question
        ("Who owns R4?", "Of the high-priority ones, which are due in May?"),
        # not the fronted form
        ("How many of the high recommendations are complete?", "which are due in May?"),
    ],
)
def test_no_set_restated(last: str, asked: str) -> None:
    assert described_set(asked, last) is None

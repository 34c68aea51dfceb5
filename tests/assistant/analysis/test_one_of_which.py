"""'One of the X is so. Which is it?': the same question as 'Which of the X is so?'."""

from __future__ import annotations

import pytest

from assistant.analysis import NameIndex, analyse
from assistant.analysis.ones import one_of_which


@pytest.mark.parametrize(
    ("question", "read"),
    [
        (
            "One of the depot recommendations has no named owner. Which is it?",
            "Which of the depot recommendations has no named owner?",
        ),
        (
            "Only one of the harbour actions is rated high - which one?",
            "Which of the harbour actions is rated high?",
        ),
        (
            "One of the fleet audit findings was due in May 2009: which?",
            "Which of the fleet audit findings was due in May 2009?",
        ),
        (
            "One of the quay items is complete. What is it, and who owns it?",
            "Which of the quay items is complete, and who owns it?",
        ),
    ],
)
def test_one_of_then_which_is_a_which_question(question: str, read: str) -> None:
    assert one_of_which(question) == read


def test_other_forms_are_left_alone() -> None:
    assert one_of_which("One of them is late.") is None
    assert one_of_which("Which one of the depot actions is late?") is None


def test_it_reads_as_a_list() -> None:
    q = analyse(
        "One of the depot recommendations has no named owner. Which is it?",
        NameIndex.from_records([], []),
    )
    assert q.intent == "list"

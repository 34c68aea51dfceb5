"""analysis.same_as: rows asked for by the value they share with a described row (its owner,
deadline, priority) are two steps, the described row's value and then the other rows holding
it, and whatever is asked of them after."""

from __future__ import annotations

import pytest

from assistant.analysis import question_parts
from assistant.analysis.same_as import same_as_parts


@pytest.mark.parametrize(
    ("question", "parts"),
    [
        (
            "Which Norbury action has the same owner as the kiosk cash counts, and how far has it got?",
            [
                "Who is responsible for the kiosk cash counts (Norbury)?",
                "Which other actions do they own?",
                "How far has it got?",
            ],
        ),
        (
            "What else is led by the same manager as the depot roof repairs?",
            ["Who is responsible for the depot roof repairs?", "Which other actions do they own?"],
        ),
        (
            "Which items are due the same day as QX-4?",
            ["When is QX-4 due?", "Which other actions have the same date?"],
        ),
        (
            "Which recommendations share a priority with the grants audit?",
            [
                "What priority is the grants audit given?",
                "Which other actions have the same priority?",
            ],
        ),
    ],
)
def test_shared_value_is_two_steps(question: str, parts: list[str]) -> None:
    assert question_parts(question) == parts


@pytest.mark.parametrize(
    "question",
    [
        "Do QX-4 and QX-5 have the same owner?",  # a comparison of two named rows
        "Which action has the same owner?",  # no row described to take it from
        "Is the owner the same as last year?",
    ],
)
def test_no_shared_value_hop(question: str) -> None:
    assert same_as_parts(question) is None

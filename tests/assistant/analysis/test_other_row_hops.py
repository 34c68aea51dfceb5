"""Two-step questions about an owner's other row: the owner found through the row the
question describes (a topic put first and pointed back at, a role after a scope preface), then
the owner's other rows, then the question asked of them (analysis.hops, analysis.other_held)."""

from __future__ import annotations

import pytest

from assistant.analysis import question_parts
from assistant.analysis.other_held import of_other_row


@pytest.mark.parametrize(
    ("question", "parts"),
    [
        (
            "The boiler replacement at the depot - whoever is responsible for that, is their "
            "other action finished?",
            [
                "Who is responsible for the boiler replacement at the depot?",
                "Which other actions do they own?",
                "Is it finished?",
            ],
        ),
        (
            "Payroll reconciliations: whoever owns them, when is it due?",
            ["Who is responsible for Payroll reconciliations?", "When is it due?"],
        ),
        (
            "For the museum plan, the manager leading on loan agreements - when is the other "
            "item she holds due?",
            [
                "Who is responsible for loan agreements (For the museum plan)?",
                "Which other actions do they own?",
                "When is it due?",
            ],
        ),
        (
            "Whoever owns the fleet telematics action - how far has their other recommendation "
            "got?",
            [
                "Who owns the fleet telematics action?",
                "Which other actions do they own?",
                "How far has it got?",
            ],
        ),
    ],
)
def test_other_row_asked_after_the_owner(question: str, parts: list[str]) -> None:
    assert question_parts(question) == parts


@pytest.mark.parametrize(
    "part",
    [
        "What are their other actions?",  # only the rows asked for
        "List the other items they hold.",
        "When is it due?",  # no other row named
    ],
)
def test_no_question_of_the_other_row(part: str) -> None:
    assert of_other_row(part) is None


def test_other_row_named_by_a_relative_clause() -> None:
    assert of_other_row("What rating does the other action they are responsible for carry?") == [
        "Which other actions do they own?",
        "What rating does it carry?",
    ]


@pytest.mark.parametrize(
    ("question", "parts"),
    [
        (
            "What is the priority of the other action held by the owner of KX-12?",
            [
                "Who is responsible for KX-12?",
                "Which other actions do they own?",
                "What is the priority of it?",
            ],
        ),
        (
            "Any news on the other recommendation led by whoever is responsible for stock checks?",
            [
                "Who is responsible for stock checks?",
                "Which other actions do they own?",
                "Any news on it?",
            ],
        ),
    ],
)
def test_other_row_of_a_role_inside_the_question(question: str, parts: list[str]) -> None:
    assert question_parts(question) == parts


def test_row_held_by_a_post_then_its_other_row() -> None:
    assert question_parts(
        "The museum loans register sits with a head of service. Is their other action late?"
    ) == [
        "Who is responsible for the museum loans register?",
        "Which other actions do they own?",
        "Is it late?",
    ]

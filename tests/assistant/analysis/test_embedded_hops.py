"""analysis.hops.embedded_hop: a first hop written inside the question (a free relative, a role
of a described thing) spelled out as two parts; questions that ask for the role itself, or
hold no such hop, stay one question."""

from __future__ import annotations

import pytest

from assistant.analysis import question_parts
from assistant.analysis.hops import embedded_hop


@pytest.mark.parametrize(
    ("question", "parts"),
    [
        (
            "Whoever leads R6 in the 2002 report, which other recommendations do they lead?",
            ["Who leads R6 in the 2002 report?", "Which other recommendations do they lead?"],
        ),
        (
            "whoever is responsible for managing the budget gap: what else are they responsible for",
            [
                "Who is responsible for managing the budget gap?",
                "What else are they responsible for",
            ],
        ),
        (
            "Whoever owns R13 in the PURE plan is named against which other recommendations?",
            [
                "Who owns R13 in the PURE plan?",
                "Which other recommendations is that owner named against?",
            ],
        ),
        (
            "Which other areas does the owner of the NICC business case area own?",
            [
                "Who is responsible for the NICC business case area?",
                "Which other areas does that owner own?",
            ],
        ),
        (
            "What else is the officer responsible for the hospitality recommendation in charge of?",
            [
                "Who is responsible for the hospitality recommendation?",
                "What else is that owner in charge of?",
            ],
        ),
        (
            "How many actions does the lead for the 2002 appraisal recommendation also hold?",
            [
                "Who is responsible for the 2002 appraisal recommendation?",
                "How many actions does that owner also hold?",
            ],
        ),
    ],
)
def test_the_hop_inside_a_question_is_a_part_of_its_own(question: str, parts: list[str]) -> None:
    assert embedded_hop(question) == parts
    assert question_parts(question) == parts


@pytest.mark.parametrize(
    "question",
    [
        "Who is the owner of the NICC area?",  # asks for the role itself
        "who is the lead officer for the partnership toolkit",
        "Who owns R2, and what else do they own?",  # parts of their own already
        "Whoever",
        "What does the 2017 report say about the owner of the website?",  # no verb follows
    ],
)
def test_no_hop_is_made_where_none_is_written(question: str) -> None:
    assert embedded_hop(question) is None


@pytest.mark.parametrize(
    ("question", "first", "rest"),
    [
        (
            "Fernhill: whoever looks after the boiler servicing action - which other items do "
            "they hold?",
            "Fernhill, who looks after the boiler servicing action?",
            ["Which other items do they hold?"],
        ),
        (
            "At the water company, whoever owns the leak audit, what else are they down for, "
            "and how far along is it?",
            "At the water company, who owns the leak audit?",
            ["What else are they down for?", "How far along is it?"],
        ),
        (
            "In the 2021 tracker, whoever leads on the fleet review: is any other action of "
            "theirs late?",
            "In the 2021 tracker, who leads on the fleet review?",
            ["Is any other action of theirs late?"],
        ),
    ],
)
def test_a_scope_set_before_the_free_relative_stays_with_the_first_hop(
    question: str, first: str, rest: list[str]
) -> None:
    parts = question_parts(question)
    assert parts[0] == first
    assert parts[1:] == rest

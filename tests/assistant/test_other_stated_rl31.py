"""A statement of whose a row is, then a question of the holder's other rows: the holder's
rows less the stated one (rl31); a hyphened compound is said either way when a row is left out
by its words."""

from __future__ import annotations

import pytest

from assistant.analysis.other_stated import other_than_stated
from assistant.service import Assistant


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "The boiler survey sits with the Estates Manager. What other actions does the "
            "Estates Manager have?",
            "Which actions other than the boiler survey are owned by the Estates Manager?",
        ),
        (
            "FIN-4 belongs to the Bursar. Which other recommendations does the Bursar own, "
            "and when are they due?",
            "Which recommendations other than FIN-4 are owned by the Bursar, and when are they "
            "due?",
        ),
        (
            "The kiosk refit is shared with the Parish Clerk. Does the Parish Clerk hold any "
            "other items?",
            "Which items other than the kiosk refit are owned by the Parish Clerk?",
        ),
    ],
)
def test_other_rows_of_a_stated_holder(question: str, expected: str) -> None:
    assert other_than_stated(question) == expected


@pytest.mark.parametrize(
    "question",
    [
        "The plan was agreed in March. What other recommendations were made?",
        "The boiler survey sits with the Estates Manager. When is it due?",
        "What other actions does the Estates Manager have?",
    ],
)
def test_not_a_stated_holder_then_others(question: str) -> None:
    assert other_than_stated(question) is None


def test_stated_row_left_out_of_the_holders_rows(assistant: Assistant) -> None:
    answer = assistant.ask(
        "The members' finance training recommendation sits with the MPA. What other "
        "recommendations is the MPA responsible for?"
    )
    refs = {r.ref for r in answer.records}
    assert "R9" not in refs and "R22" in refs, refs


def test_hyphened_compound_left_out_either_way(assistant: Assistant) -> None:
    answer = assistant.ask(
        "Which recommendations other than the whistleblowing one are owned by the MPA?"
    )
    refs = {r.ref for r in answer.records}
    assert "R22" not in refs and "R9" in refs, refs

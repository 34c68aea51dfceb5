"""rl34: years asked of one by one, and two-step questions across papers."""

from __future__ import annotations

import pytest

from assistant.analysis.periods import all_years, year_window


@pytest.mark.parametrize(
    "question",
    [
        "Where did the boiler replacement stand in 2021, and in 2022?",
        "Give the position on the fleet telematics finding for 2019 and for 2020.",
        "What was reported about the payroll audit in 2018 and then in 2019?",
    ],
)
def test_years_joined_by_and_are_each_asked_not_one_window(question: str) -> None:
    since, until, text = year_window(question, all_years(question), "lookup")
    assert (since, until) == (None, None)  # each year's paper is asked of, no one-year window
    assert text is not None and " and " in text


def test_a_lone_year_stays_a_window() -> None:
    question = "Where did the boiler replacement stand in 2021?"
    assert year_window(question, all_years(question), "lookup")[:2] == (2021, 2021)


def test_a_span_between_years_is_unchanged() -> None:
    question = "How did the boiler replacement change between 2021 and 2022?"
    assert year_window(question, all_years(question), "compare")[:2] == (2021, 2022)

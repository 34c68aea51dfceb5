"""A period named loosely ('the 2010/11-era reports', 'around 2010/11') is near a paper's year,
not a period of its own the record lacks (analysis.approx_years, rl32)."""

from __future__ import annotations

import pytest

from assistant.analysis.approx_years import loose, strict_years


@pytest.mark.parametrize(
    "question",
    [
        "What did the 2010/11-era reports say about fleet costs?",
        "Around 2010/11, which audits were still open?",
        "Circa 2010/11 what was the position on payroll?",
    ],
)
def test_loosely_named_period_near_a_paper_is_covered(question: str) -> None:
    assert loose(question, "2010/11")
    assert strict_years(question, [("2010/11", 2011)], [2010]) == []


def test_strictly_named_period_stays_unknown() -> None:
    question = "What did the 2010/11 statement say about fleet costs?"
    assert not loose(question, "2010/11")
    assert strict_years(question, [("2010/11", 2011)], [2010]) == [("2010/11", 2011)]


def test_loose_period_far_from_every_paper_stays_unknown() -> None:
    question = "What did the 2014/15-era plans say?"
    assert strict_years(question, [("2014/15", 2015)], [2008, 2017]) == [("2014/15", 2015)]

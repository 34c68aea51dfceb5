"""A body's paper named by a financial year ('the Brackley 2022/23 actions'): the paper titled
with that year, else the one made in the year it ends, not every paper of the body
(assistant.analysis.periods.body_paper_of_year). Papers are invented."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from assistant.analysis.periods import body_paper_of_year


@dataclass
class _Paper:
    id: str
    year: int | None
    title: str
    organisation: str = "Brackley Canal Trust"


_PAPERS = [
    _Paper("tracker", 2023, "Internal Audit Tracker 2022/23"),
    _Paper("followup", 2024, "Audit Follow-up Report March 2024"),
]
_IDS = [p.id for p in _PAPERS]


@pytest.mark.parametrize(
    ("question", "paper"),
    [
        ("Which Brackley 2022/23 actions are complete?", "tracker"),
        ("How many Brackley 2023/24 actions are still open?", "followup"),
        ("List the Brackley canal actions for 2022/23 that slipped", "tracker"),
    ],
)
def test_a_financial_year_names_one_paper_of_the_body(question: str, paper: str) -> None:
    found = body_paper_of_year(question, _IDS, _PAPERS)
    assert found is not None and found[0] == [paper], question


def test_a_paper_titled_with_the_year_is_chosen_before_the_years_end() -> None:
    papers = [
        _Paper("plan", 2024, "Delivery Plan 2023/24"),
        _Paper("review", 2024, "Mid-year Review"),
        _Paper("old", 2023, "Delivery Plan 2022/23"),
    ]
    found = body_paper_of_year(
        "Which 2023/24 plan actions are amber?", [p.id for p in papers], papers
    )
    assert found is not None and found[0] == ["plan"]

"""A year among the papers a lookup names by their body picks that year's paper; a year of a
deadline, a year every named paper shares, or two years leave the papers as named."""

from __future__ import annotations

from dataclasses import dataclass

from assistant.analysis.model import QueryAnalysis
from assistant.analysis.year_of_named import year_of_named


@dataclass
class _Paper:
    id: str
    year: int | None


_PAPERS = [_Paper("orchard-2021", 2021), _Paper("orchard-2022", 2022), _Paper("other-2021", 2021)]


def _q(question: str, years: list[int], intent: str = "lookup") -> QueryAnalysis:
    named = ["orchard-2021", "orchard-2022"]
    return QueryAnalysis(question=question, intent=intent, years=years, documents=named)


def test_the_year_of_one_named_paper_picks_it() -> None:
    q = _q("what rating did the orchard trust's 2021 log give the ladder inspections?", [2021])
    assert year_of_named(q, _PAPERS).documents == ["orchard-2021"]
    q = _q("who led on pruning in the orchard trust's log of 2022?", [2022])
    assert year_of_named(q, _PAPERS).documents == ["orchard-2022"]


def test_a_deadline_year_or_no_single_year_keeps_the_papers() -> None:
    named = ["orchard-2021", "orchard-2022"]
    for question, years in (
        ("which orchard action was due by 2021?", [2021]),
        ("which orchard action slipped in 2022?", [2022]),
        ("what did the orchard log say of the March 2022 storm?", [2022]),
        ("what did the orchard 2021 and 2022 logs say on ladders?", [2021, 2022]),
        ("what did the orchard log of 2019 say on ladders?", [2019]),
        ("why did the orchard trust drop the ladder action back in 2021?", [2021]),
    ):
        assert year_of_named(_q(question, years), _PAPERS).documents == named
    listed = _q("list the orchard trust's 2021 rows", [2021], intent="list")
    assert year_of_named(listed, _PAPERS).documents == named

"""Two papers of one body compared by their years alone ('Which Ostwick report had more …,
2019 or 2020?'): each year names a side, and the rows of each paper are counted. Invented
bodies in ``tests/fixtures/carried``."""

from __future__ import annotations

from assistant.analysis.comparison import compared_sides
from assistant.service import Assistant


def test_two_years_offered_last_are_the_sides() -> None:
    question = "Which water board report closed more actions, 2019 or 2020?"
    assert compared_sides(question) == ["the 2019 report", "the 2020 report"]
    assert compared_sides("Which plan had more items: the 2021 one or the 2022 one?")
    assert compared_sides("Were more actions due in 2019 or 2020?") == []  # no paper asked of


def test_each_years_paper_is_counted(carried_assistant: Assistant) -> None:
    answer = carried_assistant.ask("Which Ostwick report had more actions completed, 2019 or 2020?")
    first = answer.answer.split("\n")[0]
    assert "2020" in first and "2 " in first and "1" in first, answer.answer
    assert {r.document.id for r in answer.records} >= {"ostwick_2019-md", "ostwick_2020-md"}

"""Counts and lists over the bundled record (issue 14, COUNTLIST): the rows a paper's item noun
selects, a paper's year as a choice of paper, rows without an owner. Invented questions."""

from __future__ import annotations

from collections.abc import Callable

from assistant.answers.model import Answer


def _refs(answer: Answer) -> list[str]:
    return sorted(r.ref or r.title for r in answer.records)


def test_a_papers_recommendations_leave_out_its_areas_for_improvement(
    ask: Callable[..., Answer],
) -> None:
    answer = ask(
        "How many PURE/SRL recommendations does the Director of Business Performance hold alone?"
    )
    # R15 only: the area for improvement that director holds alone is no recommendation
    assert answer.coverage.matched == 1 and _refs(answer) == ["R15"]


def test_a_year_naming_the_paper_counts_all_its_rows(ask: Callable[..., Answer]) -> None:
    answer = ask("How many recommendations did the 2002 action plan summary report on?")
    assert answer.coverage.matched == 13  # one is due in 2002/03: the year is no due window


def test_rows_without_an_owner_in_papers_that_name_owners(ask: Callable[..., Answer]) -> None:
    answer = ask("Which recommendations in the PURE/SRL plan are without a named owner?")
    assert _refs(answer) == ["HMIC R3", "R20"]


def test_a_pending_predicate_keeps_the_rows_that_state_it(ask: Callable[..., Answer]) -> None:
    answer = ask("Which of the HMIC areas for improvement are yet to be piloted?")
    titles = [r.title for r in answer.records]
    assert "Benefits tracking and realisation" in titles and len(titles) <= 2
    assert "does not narrow" not in answer.answer

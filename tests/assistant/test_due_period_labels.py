"""Deadline windows over the bundled record: a quarter the paper writes as a label, and a
financial year spelt with a dash. Invented wordings."""

from __future__ import annotations

from collections.abc import Callable

from assistant.answers.model import Answer


def test_a_quarter_the_paper_labels_counts_the_labelled_rows(ask: Callable[..., Answer]) -> None:
    answer = ask(
        "In the Use of Resources recommendations, what falls due in the second quarter of 2009?"
    )
    assert sorted(r.ref or "" for r in answer.records) == ["R18", "R19"]
    assert "Q2 2009" in answer.answer.splitlines()[0]


def test_a_financial_years_last_quarter_spans_january_to_march(
    ask: Callable[..., Answer],
) -> None:
    answer = ask("Which actions in the 2008 plan are scheduled for the last quarter of 2008-09?")
    refs = {r.ref for r in answer.records}
    assert {"R1", "R25", "1.1"} <= refs  # Feb 09, 'Q4 2008-09', March 2009
    assert "R2" not in refs  # December 08: the quarter before

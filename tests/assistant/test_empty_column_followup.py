"""The one row a follow-up resolves to leaves the column asked empty (no deadline, no
timescale): an abstention naming the row, even when passages of OTHER rows were added after
the row's own summary (they say nothing of this row's column)."""

from __future__ import annotations

from collections.abc import Callable

from assistant.answers.model import Answer


def test_an_empty_column_of_the_row_is_not_answered_by_other_rows(
    ask: Callable[..., Answer],
) -> None:
    for question, ref in (
        ("what's the timescale for R4 in the 2002 district audit summary?", "R4"),
        ("when is item 6 of the march 2017 met report expected to be approved?", "6"),
        ("by when will item 3 in the 2017 MPS governance report be finished?", "3"),
    ):
        answer = ask(question)
        assert answer.abstained and not answer.citations, (question, answer.answer[:300])
        assert [r.ref for r in answer.records] == [ref], question


def test_a_decision_asked_of_a_row_that_reports_none_is_not_answered(
    ask: Callable[..., Answer],
) -> None:
    for question, ref in (
        ("what did the board decide about R9 in the 2002 district audit summary?", "R9"),
        ("what was decided about R10 in the PURE plan?", "R10"),
    ):
        answer = ask(question)
        assert answer.abstained and not answer.citations, (question, answer.answer[:300])
        assert [r.ref for r in answer.records] == [ref], question
    # a row whose text reports a decision ('Decision taken to …') is answered from it
    answer = ask("what was decided about R12 in the 2002 district audit summary?")
    assert not answer.abstained and answer.citations
    # what came of the work (its degree met) is no decision asked
    answer = ask("what was the outcome of R8 in the 2002 district audit summary?")
    assert not answer.abstained

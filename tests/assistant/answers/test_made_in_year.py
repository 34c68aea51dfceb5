"""Over the bundled record: a year the rows were made in (agreed, raised) picks the paper of
that year and keeps no window on their deadlines; a deadline's year stays a window."""

from __future__ import annotations

from collections.abc import Callable

from assistant.analysis import QueryAnalysis
from tests.assistant.answers.conftest import DISTRICT_AUDIT_2002, doc_id

Analyse = Callable[[str], QueryAnalysis]


def test_rows_made_in_a_year_are_those_of_its_paper(analyse: Analyse) -> None:
    q = analyse("Which actions were agreed in 2002?")
    assert q.documents == [doc_id(DISTRICT_AUDIT_2002)]
    assert (q.since, q.until, q.due_from) == (None, None, None)
    due = analyse("which actions were due in 2002?")
    assert (due.due_from, due.due_to) == ("2002-01-01", "2002-12-31")


def test_rows_made_the_year_before_their_paper_are_its_rows(analyse: Analyse) -> None:
    q = analyse("list the recommendations the district auditor raised in 2001")
    assert q.documents == [doc_id(DISTRICT_AUDIT_2002)]
    assert (q.since, q.until) == (None, None)


def test_rows_made_after_a_paper_are_that_paper_s(analyse: Analyse) -> None:
    q = analyse("show me the recommendations made after the 2008 inspection")
    assert (q.since, q.until) == (None, None)  # not the rows due from 2009

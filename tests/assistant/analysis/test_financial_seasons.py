"""Deadline windows named as a financial year, a quarter or half of one, a season, or the
period the paper was written in: each read into the dates it spans, with no paper named by the
financial year a deadline window uses. Invented wordings and an invented paper."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest

from assistant.analysis import NameIndex, analyse
from assistant.analysis.date_spans import span_of
from assistant.analysis.periods import due_window
from assistant.analysis.this_period import this_period_window
from ingest.model import ActionRecord, DocumentInfo


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("2031/32", date(2031, 4, 1), date(2032, 3, 31)),
        ("the financial year 2019-20", date(2019, 4, 1), date(2020, 3, 31)),
        ("Q1 2031/32", date(2031, 4, 1), date(2031, 6, 30)),
        ("Q4 2031-32", date(2032, 1, 1), date(2032, 3, 31)),
        ("the second half of 2031/32", date(2031, 10, 1), date(2032, 3, 31)),
        ("spring 2027", date(2027, 3, 1), date(2027, 5, 31)),
        ("the autumn of 2027", date(2027, 9, 1), date(2027, 11, 30)),
        ("winter 2027/28", date(2027, 12, 1), date(2028, 2, 29)),
    ],
)
def test_a_financial_year_or_season_spans_its_months(text: str, start: date, end: date) -> None:
    assert span_of(text) == (start, end)


def test_a_span_of_years_is_no_financial_year() -> None:
    assert span_of("2030-33") is None


@pytest.mark.parametrize(
    ("question", "window"),
    [
        ("Which points are to be done over the summer of 2027?", ("2027-06-01", "2027-08-31")),
        ("What falls due during 2031/32?", ("2031-04-01", "2032-03-31")),
        ("Anything due by 2031/32?", (None, "2032-03-31")),
        ("Show items due in the third quarter of 2031/32", ("2031-10-01", "2031-12-31")),
    ],
)
def test_the_due_window_reads_seasons_and_financial_years(
    question: str, window: tuple[str | None, str]
) -> None:
    assert due_window(question)[:2] == window


@dataclass
class _Paper:
    id: str
    date: str | None


def test_this_financial_year_is_the_papers_own() -> None:
    papers = [_Paper("a", "2031-02-10"), _Paper("b", "2029-06-01")]
    found = this_period_window("Which points are due in the current financial year?", ["a"], papers)
    assert found is not None and found[:2] == ("2030-04-01", "2031-03-31")
    by_end = this_period_window("What is due by the end of this year?", ["b"], papers)
    assert by_end is not None and by_end[:2] == (None, "2029-12-31")
    # papers of two periods in scope: no one period is meant
    assert this_period_window("What is due this financial year?", [], papers) is None
    assert this_period_window("What did the committee do this year?", ["a"], papers) is None


def _plan_index() -> NameIndex:
    """Two invented papers, one with a financial year in its title."""
    docs = [
        DocumentInfo(
            id=f"d{n}",
            filename=f"d{n}.docx",
            format="docx",
            sha256=str(n),
            title=title,
            organisation=body,
            date=day,
        )
        for n, (title, body, day) in enumerate(
            [
                ("Quarter 3 2031/32 assurance tracker", "Mossbury Port Authority", "2031-11-02"),
                ("Estates improvement plan", "Glenholt Library Trust", "2032-01-20"),
            ]
        )
    ]
    records = [
        ActionRecord(
            id=f"d{n}:{ref}",
            document=doc.ref(),
            ref=ref,
            ordinal=1,
            title="Repair the roof",
            owner="Estates Manager",
            source_text="Repair the roof",
            source_start=0,
            source_end=15,
        )
        for n, (doc, ref) in enumerate(zip(docs, ["P1", "E1"], strict=True))
    ]
    return NameIndex.from_records(docs, records)


def test_a_deadlines_financial_year_names_no_paper() -> None:
    q = analyse("Which Glenholt Library Trust actions are due in 2031/32?", _plan_index())
    assert q.documents == ["d1"]
    assert (q.due_from, q.due_to) == ("2031-04-01", "2032-03-31")


def test_this_financial_year_after_the_paper_named() -> None:
    q = analyse(
        "How many Glenholt Library Trust actions are due this financial year?", _plan_index()
    )
    assert (q.due_from, q.due_to) == ("2031-04-01", "2032-03-31")

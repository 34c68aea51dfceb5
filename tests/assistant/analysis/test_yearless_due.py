"""A deadline's month or season named without its year takes the year of the papers in
scope: a season label their cells hold for one year, else their own year; else none."""

from __future__ import annotations

from assistant.analysis.yearless_due import paper_year, with_year, yearless_window
from ingest.model import DocumentInfo


def _paper(year: int | None) -> DocumentInfo:
    return DocumentInfo(
        id=f"p{year}", filename="p.txt", format="txt", sha256="0", title="Plan", year=year
    )


def test_the_yearless_window_is_found_and_dated() -> None:
    assert yearless_window("Which items are scheduled for the summer?") is not None
    assert yearless_window("What is due before October 2022?") is None  # a year is given
    assert yearless_window("What did the October meeting decide?") is None  # no deadline
    assert with_year("What is due before October?", 2022) == "What is due before October 2022?"
    assert with_year("Anything due in the winter?", 2023) == "Anything due in winter 2023?"


def test_the_year_comes_from_labels_then_the_papers() -> None:
    assert paper_year("summer", [_paper(2020)], {"Summer 2021", "Winter 2021/22"}) == 2021
    assert paper_year("summer", [_paper(2020)], {"Summer 2021", "Summer 2022"}) is None
    assert paper_year("May", [_paper(2020)], set()) == 2020
    assert paper_year("May", [_paper(2020), _paper(2021)], set()) is None
    assert paper_year("May", [_paper(None)], set()) is None

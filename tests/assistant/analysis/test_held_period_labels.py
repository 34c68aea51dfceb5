"""A quarter or season the papers write as a deadline label: a question naming that period
asks for the rows dated by the label, not those dated by a month within it. Invented wordings
and an invented paper."""

from __future__ import annotations

from assistant.analysis import NameIndex, analyse
from assistant.analysis.held_periods import held_label, period_labels
from assistant.analysis.periods import period_range
from ingest.model import ActionRecord, DocumentInfo


def test_labels_are_read_from_the_cells_as_written() -> None:
    cells = ["Q3 2031 (rolling)", "August 2031", "Autumn  2030", "Q1 2031/32", None]
    assert period_labels(cells) == {"Q3 2031", "Autumn 2030", "Q1 2031/32"}


def test_a_spelt_out_period_finds_its_label() -> None:
    labels = {"Q3 2031", "Autumn 2030", "Q1 2031/32"}
    assert held_label("the third quarter of 2031", labels, period_range) == "Q3 2031"
    assert held_label("the autumn of 2030", labels, period_range) == "Autumn 2030"
    assert held_label("the first quarter of 2031/32", labels, period_range) == "Q1 2031/32"
    assert held_label("the first quarter of 2031", labels, period_range) is None
    assert held_label("August 2031", labels, period_range) is None  # a month is no label


def _index() -> NameIndex:
    doc = DocumentInfo(
        id="p",
        filename="p.xlsx",
        format="xlsx",
        sha256="p",
        title="Lighting upgrade programme tracker",
        organisation="Crandle Vale Parks Board",
    )
    cells = {"L1": "Q3 2031", "L2": "August 2031", "L3": "Q3 2031 - in hand", "L4": "Q4 2031"}
    records = [
        ActionRecord(
            id=f"p:{ref}",
            document=doc.ref(),
            ref=ref,
            ordinal=n,
            title="Replace the lamps",
            due_text=cell,
            source_text="Replace the lamps",
            source_start=0,
            source_end=17,
        )
        for n, (ref, cell) in enumerate(cells.items(), 1)
    ]
    return NameIndex.from_records([doc], records)


def test_a_named_papers_label_filters_the_rows() -> None:
    q = analyse(
        "How many Crandle Vale Parks Board points fall due in the third quarter of 2031?", _index()
    )
    assert q.due_says == "Q3 2031"
    assert (q.due_from, q.due_to) == ("2031-07-01", "2031-09-30")


def test_a_bound_keeps_every_row_up_to_it() -> None:
    q = analyse(
        "Which Crandle Vale Parks Board points are due by the third quarter of 2031?", _index()
    )
    assert q.due_says is None and q.due_to == "2031-09-30"


def _two_papers() -> NameIndex:
    """Two invented papers of different years: one dating by quarters, one by months."""
    docs = [
        DocumentInfo(
            id=f"y{year}",
            filename=f"y{year}.docx",
            format="docx",
            sha256=str(year),
            title="Depot safety action plan",
            organisation="Orrin Dale Transport Board",
            year=year,
        )
        for year in (2030, 2031)
    ]
    records = [
        ActionRecord(
            id=f"y{year}:S{year}",
            document=doc.ref(),
            ref=f"S{year}",
            ordinal=1,
            title="Fit new barriers",
            due_text=cell,
            source_text="Fit new barriers",
            source_start=0,
            source_end=16,
        )
        for doc, year, cell in zip(docs, (2030, 2031), ("Q1 2031", "February 2031"), strict=True)
    ]
    return NameIndex.from_records(docs, records)


def test_a_paper_dating_by_months_keeps_the_calendar_window() -> None:
    q = analyse("Which depot safety actions are due in the first quarter of 2031?", _two_papers())
    assert q.due_says is None and (q.due_from, q.due_to) == ("2031-01-01", "2031-03-31")


def test_a_papers_year_beside_a_deadline_window_names_the_paper() -> None:
    q = analyse("Which actions in the 2030 plan are due by May 2031?", _two_papers())
    assert q.documents == ["y2030"] and q.due_to == "2031-05-31"
    assert q.since is None and q.until is None

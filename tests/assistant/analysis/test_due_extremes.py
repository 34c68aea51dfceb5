"""A row picked by its deadline among the rows a question describes ('the recommendation with
the latest due date', 'which action is due first'): the superlative is read with its words
(no subject terms) and keeps that end of the dated rows. Papers and rows are invented."""

from __future__ import annotations

import pytest

from assistant.analysis import NameIndex, analyse
from assistant.analysis.extremes import at_extreme, due_extreme
from ingest.model import ActionRecord, DocumentRef

DOC = DocumentRef(id="depot", title="Depot audit", filename="depot.pdf")


def _row(ref: str, due: str | None) -> ActionRecord:
    return ActionRecord(
        id=f"depot:{ref}",
        document=DOC,
        ref=ref,
        ordinal=1,
        title=f"Depot task {ref}",
        due_date=due,
        source_text="x",
        source_start=0,
        source_end=1,
    )


@pytest.mark.parametrize(
    ("question", "order"),
    [
        ("Who owns the recommendation with the latest due date, and what is its status?", "latest"),
        ("which depot action is due first", "earliest"),
        ("Which of the open items falls due last?", "latest"),
        ("what's the soonest-due recommendation at the depot", "earliest"),
        ("Which area for improvement has the earliest target date?", "earliest"),
    ],
)
def test_a_superlative_on_the_deadline_picks_an_end(question: str, order: str) -> None:
    found = due_extreme(question)
    assert found is not None and found[0] == order
    q = analyse(question, NameIndex.from_records([], []))
    assert not {"latest", "first", "last", "soonest", "earliest"} & set(q.terms)


@pytest.mark.parametrize(
    "question",
    [
        "Which actions are due next month?",
        "Which came first, the depot review or the fleet audit?",
        "What was the first recommendation of the 2017 report?",
        "Who is the latest owner of R4?",
    ],
)
def test_other_superlatives_pick_no_deadline_end(question: str) -> None:
    assert due_extreme(question) is None


def test_the_rows_at_the_end_are_kept_and_undated_rows_drop() -> None:
    rows = [_row("A", "2024-03-31"), _row("B", "2024-09-30"), _row("C", None)]
    rows.append(_row("D", "2024-09-30"))
    assert [r.ref for r in at_extreme(rows, "latest")] == ["B", "D"]
    assert [r.ref for r in at_extreme(rows, "earliest")] == ["A"]
    assert [r.ref for r in at_extreme([_row("E", None)], "latest")] == ["E"]

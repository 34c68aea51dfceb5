"""The measuring-corpus builder takes rows with no deadline set (an 'Ongoing' or blank date
cell): their gold has no due date, their cells write the words given, and no derived question
asks of them or counts them overdue."""

from __future__ import annotations

from dataclasses import replace

import pytest

from eval.papers.build import questions
from eval.papers.dev_specs import D16
from eval.papers.spec import Paper, cells, date_value, gold_rows


def _undated(due_text: str) -> Paper:
    """D16 with every row but the first left without a deadline (the first keeps its date)."""
    rows = [D16.rows[0]] + [
        replace(r, due="", revised=None, due_text=due_text, status="Not started")
        for r in D16.rows[1:]
    ]
    return replace(D16, rows=tuple(rows))


@pytest.mark.parametrize("due_text", ["Ongoing", " "])
def test_undated_rows_have_no_gold_date_and_keep_their_words(due_text: str) -> None:
    paper = _undated(due_text)
    gold = gold_rows(paper)
    assert gold[0]["due_date"] == (D16.rows[0].revised or D16.rows[0].due)
    assert all(g["due_date"] is None and g["revised_from_date"] is None for g in gold[1:])
    row = paper.rows[1]
    assert due_text in cells(paper, row)
    assert date_value(paper, row, "due") is None


def test_questions_never_ask_the_date_of_an_undated_row_nor_count_it_overdue() -> None:
    paper = _undated("Ongoing")
    first = D16.rows[0]
    for index in range(10):
        for item in questions(paper, index):
            if item["type"] == "lookup_date":  # only the dated row has a date to ask
                named = first.ref or " ".join(first.issue.split()[:3])
                assert named in item["question"]
            if "overdue" in item["question"]:
                # only the dated row can be overdue; undated rows never are
                assert len(item["facts"]) <= 1

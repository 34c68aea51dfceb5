"""A list or count of the rows whose deadline gives a date ('which have an actual target
date rather than just ongoing or nothing at all', 'with a firm completion date'): the due
column's other values named beside it are no status. Wordings are invented; the rows are the
bundled record's."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant.answers.model import Answer


@pytest.mark.parametrize(
    "question",
    [
        "Which of the HMIC resource leverage areas for improvement carry a firm completion date "
        "instead of just 'ongoing'?",
        "List the HMIC areas for improvement with a definite deadline, not merely ongoing or blank",
        "How many HMIC resource leverage areas for improvement have a specific target date?",
    ],
)
def test_rows_with_a_dated_deadline(ask: Callable[..., Answer], question: str) -> None:
    answer = ask(question)
    assert answer.query.dated
    assert not answer.query.statuses  # 'ongoing' is the deadline's word here, no state
    assert all(r.due_date for r in answer.records)
    assert answer.records and len(answer.records) < 12  # not every area of the section

"""A date noun then its value ('whose timescale was July 2031', 'a completion date of Q3
2031') is a window on the rows' deadlines, as 'due in July 2031' is; a date noun asked for
('what is the timescale of X?') is no window. Invented wordings; no paper."""

from __future__ import annotations

import pytest

from assistant.analysis import NameIndex, analyse

_NAMES = NameIndex.from_records([], [])


@pytest.mark.parametrize(
    ("question", "start", "end"),
    [
        ("Which hangar recommendation whose timescale was July 2031?", "2031-07-01", "2031-07-31"),
        ("Which item had a target date of March 2031?", "2031-03-01", "2031-03-31"),
        ("Which actions have a completion date of Q3 2031?", "2031-07-01", "2031-09-30"),
        ("The timescale was December 2031 for which rows?", "2031-12-01", "2031-12-31"),
    ],
)
def test_a_date_noun_with_its_value_is_a_deadline_window(
    question: str, start: str, end: str
) -> None:
    q = analyse(question, _NAMES)
    assert (q.due_from, q.due_to) == (start, end)


def test_a_date_noun_asked_for_is_no_window() -> None:
    q = analyse("What is the timescale of the hangar recommendation?", _NAMES)
    assert q.due_from is None and q.due_to is None
    assert "due" in q.fields

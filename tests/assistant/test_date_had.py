"""A row said to have a date in a period ('the ones with a Q3 2026 date') is dated in it by its
deadline column (assistant/analysis/periods.py _DATE_HAD); a date with no row having it is no
window."""

from __future__ import annotations

from assistant.analysis.periods import due_window


def test_rows_with_a_date_in_a_period_are_due_in_it() -> None:
    assert due_window("Which of those have a Q3 2026 date?")[:2] == ("2026-07-01", "2026-09-30")
    assert due_window("the ones that carry a March 2027 date")[:2] == ("2027-03-01", "2027-03-31")
    assert due_window("Which actions show a 2028 date?")[:2] == ("2028-01-01", "2028-12-31")


def test_a_date_no_row_is_said_to_have_is_no_window() -> None:
    assert due_window("What happened at the meeting on that date?") == (None, None, None)
    assert due_window("When was the Q3 2026 date agreed?") == (None, None, None)

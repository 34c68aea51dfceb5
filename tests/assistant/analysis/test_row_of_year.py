"""A year between a determiner and a row noun names the paper the row is in ('the deadline for
the 2007/08 action on X'), not a window on deadlines (assistant/analysis/row_of_year.py)."""

from __future__ import annotations

from assistant.analysis.periods import due_window


def test_a_year_naming_a_papers_row_is_no_due_window() -> None:
    assert due_window("What's the deadline for the 2007/08 action on weak controls?") == (
        None,
        None,
        None,
    )
    assert (
        due_window("what's the target date for the 2008 recommendation on hospitality?")[0] is None
    )
    assert due_window("deadline for that 2021 governance action on leavers")[0] is None


def test_a_due_window_with_its_own_preposition_is_still_read() -> None:
    assert due_window("Which actions have a deadline in 2009?")[:2] == (
        "2009-01-01",
        "2009-12-31",
    )
    assert due_window("which actions are due by the end of 2008?")[1] == "2008-12-31"
    assert due_window("what's the deadline for the 2009 report?") == (None, None, None)

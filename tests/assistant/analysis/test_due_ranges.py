"""A window on deadlines with two ends ('due between April 2024 and March 2025', 'due from Q1
to Q3 2024' written with both years): from the first period's start to the second's end; a
date a deadline was moved from opens no window."""

from __future__ import annotations

from assistant.analysis.periods import due_window


def test_between_two_months_spans_both() -> None:
    start, end, words = due_window("Which actions are due between April 2024 and March 2025?")
    assert (start, end) == ("2024-04-01", "2025-03-31")
    assert words is not None and words.endswith("March 2025")


def test_from_one_period_to_another() -> None:
    assert due_window("What was due from Q1 2023 to Q3 2023?")[:2] == ("2023-01-01", "2023-09-30")
    assert due_window("Which items are due between 2022 and 2023?")[:2] == (
        "2022-01-01",
        "2023-12-31",
    )


def test_from_alone_opens_the_window() -> None:
    assert due_window("Which items are due from June 2024?")[:2] == ("2024-06-01", None)


def test_a_date_moved_from_is_no_window() -> None:
    assert due_window("Which deadlines were moved from March 2024?") == (None, None, None)

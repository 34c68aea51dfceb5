"""A revision named by its two days ('moved from 31 December 2022 to 30 April 2023', 'put back
from 15/01/2024 until the end of June 2024'): the original deadline's window and the new one,
which picks the row (assistant.analysis.periods, assistant.analysis.time_read)."""

from __future__ import annotations

from assistant.analysis.revision_windows import revised_from_window, revised_to_window


def test_a_day_named_original_and_new_deadline_are_both_read() -> None:
    question = "Who leads the item whose date was moved from 31 December 2022 to 30 April 2023?"
    moved = revised_from_window(question)
    assert moved is not None and moved[:2] == ("2022-12-01", "2022-12-31")
    to = revised_to_window(question)
    assert to is not None and to[:2] == ("2023-04-01", "2023-04-30")


def test_numeric_days_and_an_end_of_month_are_read() -> None:
    question = "Which action was put back from 15/01/2024 until the end of June 2024?"
    moved = revised_from_window(question)
    assert moved is not None and moved[0].startswith("2024-01")
    to = revised_to_window(question)
    assert to is not None and to[:2] == ("2024-06-01", "2024-06-30")


def test_no_new_deadline_when_only_the_original_is_given() -> None:
    assert revised_from_window("Which actions slipped from March 2009?") is not None
    assert revised_to_window("Which actions slipped from March 2009?") is None

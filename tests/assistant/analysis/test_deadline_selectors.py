"""A record picked out by its deadline in other words than 'due': any participle right before
'for'/'by' and a date ('timed for September 02', 'meant to be closed by the end of 2008'),
'set for', and a date modifying the deadline noun ('a Q2 2009 deadline')."""

from __future__ import annotations

import pytest

from assistant.analysis.periods import due_window


@pytest.mark.parametrize(
    ("question", "window"),
    [
        (
            "What did the depot audit recommendation timed for September 02 ask for?",
            ("2002-09-01", "2002-09-30"),
        ),
        ("What did the recommendation set for Dec 2002 ask for?", ("2002-12-01", "2002-12-31")),
        (
            "Which harbour actions were meant to have been closed by the end of 2008?",
            (None, "2008-12-31"),
        ),
        ("Which quay recommendations have a Q2 2009 deadline?", ("2009-04-01", "2009-06-30")),
        ("Which tasks had a March 2009 target date?", ("2009-03-01", "2009-03-31")),
    ],
)
def test_a_deadline_named_without_the_word_due(
    question: str, window: tuple[str | None, str | None]
) -> None:
    assert due_window(question)[:2] == window


@pytest.mark.parametrize(
    ("question", "window"),
    [
        (
            "How many harbour actions fall due in the second quarter of 2009?",
            ("2009-04-01", "2009-06-30"),
        ),
        ("Which tasks are due in the first half of 2010?", ("2010-01-01", "2010-06-30")),
        ("What was due in the last quarter of 2008?", ("2008-10-01", "2008-12-31")),
        (
            "How many depot actions are due between April and June 2009?",
            ("2009-04-01", "2009-06-30"),
        ),
        ("Which quay tasks are due July to September 2009?", ("2009-07-01", "2009-09-30")),
        ("Which recommendation had a timescale of 31 March 02?", ("2002-03-01", "2002-03-31")),
        ("Which actions are due by March 31st 2002?", (None, "2002-03-31")),
    ],
)
def test_a_period_spelt_out(question: str, window: tuple[str | None, str | None]) -> None:
    """A quarter or half by its ordinal, a run of months, a day: the deadline's window."""
    assert due_window(question)[:2] == window


@pytest.mark.parametrize(
    "question",
    [
        "Which actions were launched in July 2008?",
        "What was reported by the harbour board in 2009?",
        "Which actions of the 2008 plan had deadlines?",
    ],
)
def test_an_event_or_a_year_of_the_paper_is_no_deadline(question: str) -> None:
    assert due_window(question) == (None, None, None)

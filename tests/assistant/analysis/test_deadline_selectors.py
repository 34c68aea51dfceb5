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
    "question",
    [
        "Which actions were launched in July 2008?",
        "What was reported by the harbour board in 2009?",
        "Which actions of the 2008 plan had deadlines?",
    ],
)
def test_an_event_or_a_year_of_the_paper_is_no_deadline(question: str) -> None:
    assert due_window(question) == (None, None, None)

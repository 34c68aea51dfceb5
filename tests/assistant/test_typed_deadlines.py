"""Date answers typed by what the question asks of a row: the deadline set now, the one first
set, how far it moved (analysis/due_asked.py, support/held_due.py); a shorthand deadline shown
with its reading; an event dated in a row's progress note (support/row_events.py); a period
named through a row ('due the same month as X', support/row_period.py). Invented wordings over
the bodies' papers (real model) and pure functions."""

from __future__ import annotations

import pytest

from assistant.analysis.due_asked import asked_due_kind
from assistant.answers.support.events import event_words
from assistant.answers.support.held_due import with_reading
from assistant.answers.support.recordtext import terse_date
from assistant.service import Assistant


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("When is the boiler survey due now?", "current"),
        ("By how many weeks was the boiler survey put back?", "slip"),
        ("Has the boiler survey slipped much?", "slip"),
        ("What target date was given for it at the outset?", "first"),
        ("What was the previous deadline for the boiler survey?", "first"),
        ("What was it initially due, and what is the new date?", "both"),
        ("When is the boiler survey due?", "current"),
        ("Is the boiler survey's target still the initial one?", "current"),
    ],
)
def test_the_kind_of_deadline_asked_is_read_from_the_question(question: str, kind: str) -> None:
    assert asked_due_kind(question) == kind


def test_a_shorthand_month_is_read_even_when_it_is_a_whole_month_name() -> None:
    # 'May' is both a month's whole name and its shorthand: 'May-26' still needs reading
    assert terse_date("May-26")
    assert with_reading("May-26", "2026-05-31") == "May-26 (31 May 2026)"
    assert with_reading("31 May 2026", "2026-05-31") == "31 May 2026"


def test_the_verb_after_the_subject_of_did_is_the_event(assistant: Assistant) -> None:
    q = assistant.analyse("On what date did the trust board consider the draft estates plan?")
    assert event_words(q) == ["consider"]


def test_how_far_a_row_slipped_gives_both_dates_and_the_months(
    bodies_assistant: Assistant,
) -> None:
    answer = bodies_assistant.ask(
        "By how much was the deadline of IA-02 at Tamar Vale pushed back?"
    )
    first = answer.answer.split("\n")[0]
    assert "first due **2020-10-31 (31 October 2020)**" in first
    assert "now due **2021-03-31 (31 March 2021)**" in first
    assert "5 months later" in first


def test_the_first_deadline_is_headlined_when_asked(bodies_assistant: Assistant) -> None:
    answer = bodies_assistant.ask("What date had IA-09 at Tamar Vale been set for at first?")
    assert "was first due **2021-02-28 (28 February 2021)**" in answer.answer.split("\n")[0]


def test_the_current_deadline_drops_the_first_one_kept_in_its_cell(
    bodies_assistant: Assistant,
) -> None:
    answer = bodies_assistant.ask("What's the deadline for IA-05 at Tamar Vale Homes these days?")
    first = answer.answer.split("\n")[0]
    assert "due **2021-04-30 (30 April 2021)**" in first
    assert "(was" not in first.split("**")[3]


def test_rows_due_in_the_month_a_named_row_is_due(bodies_assistant: Assistant) -> None:
    answer = bodies_assistant.ask(
        "What else at Northern Valleys falls due the same month as NV-02?"
    )
    assert "**NV-07**" in answer.answer
    assert "**NV-02**" not in answer.answer
    assert {r.ref for r in answer.records} == {"NV-07"}

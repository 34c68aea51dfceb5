"""A subject raised in two papers named by their years ('appears in the 2031 review and the
2034 plan') asks whether it recurs; the state asked of each paper's row ('where did things
stand', 'what was its position') frames the question and is never its subject. Invented
wordings; no paper."""

from __future__ import annotations

import pytest

from assistant.analysis import NameIndex, analyse

_NAMES = NameIndex.from_records([], [])


@pytest.mark.parametrize(
    "question",
    [
        "Ferry maintenance appears in the 2031 review and the 2034 plan - what was its position "
        "in each?",
        "Did volunteer training show up in 2031 and 2034?",
        "Kennel hygiene turned up in both the 2031 audit and the 2033 follow-up. Where did "
        "things stand?",
    ],
)
def test_a_subject_raised_in_two_dated_papers_recurs(question: str) -> None:
    q = analyse(question, _NAMES)
    assert q.intent == "recurring"
    assert not {"position", "stand", "appears", "show"} & set(q.terms)


def test_dates_of_rows_are_no_recurrence() -> None:
    assert analyse("Which actions were due in 2031 and 2032?", _NAMES).intent != "recurring"


def test_the_state_asked_is_no_subject_word() -> None:
    q = analyse(
        "Kennel hygiene came up in 2031 and again in 2034 - how far had it got in each?", _NAMES
    )
    assert q.intent == "recurring"
    assert {"far", "got"}.isdisjoint(q.terms)
    assert {"kennel", "hygiene"} <= set(q.terms)

"""'which of them have a deadline?': the bare due noun after 'have'/'with' asks for the rows
whose deadline gives a date, when the clause ends there; 'have a deadline in 2010' is a due
window (read by the time reader), not the filter."""

from __future__ import annotations

from assistant.analysis import NameIndex, analyse


def test_the_bare_due_noun_asks_for_dated_rows(name_index: NameIndex) -> None:
    for question in (
        "How many of the PURE recommendations have a deadline?",
        "Which PURE recommendations have a due date set?",
        "List the PURE recommendations with a target date, owned by the Treasurer",
        "Which PURE recommendations with a completion date are high priority?",
        "Which PURE recommendations have a deadline and a high priority?",
    ):
        q = analyse(question, name_index)
        assert q.dated and not q.no_due, question


def test_a_window_or_an_absence_is_no_dated_filter(name_index: NameIndex) -> None:
    q = analyse("Which PURE recommendations have a deadline in 2009?", name_index)
    assert not q.dated and q.due_from == "2009-01-01" and q.due_to == "2009-12-31"
    q = analyse("Which PURE recommendations have no deadline?", name_index)
    assert q.no_due and not q.dated
    q = analyse("When is the deadline of R4?", name_index)
    assert not q.dated

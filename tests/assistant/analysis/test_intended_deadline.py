"""'When was X meant / supposed / intended to be done?' asks what was to be: the deadline
column, not the date of an event the prose reports (issue 14, pc29)."""

from __future__ import annotations

from assistant.analysis import NameIndex, analyse
from assistant.answers.router import choose_route


def test_a_when_question_on_what_was_to_be_asks_the_deadline(name_index: NameIndex) -> None:
    for question in (
        "When was the fraud training for members supposed to be wrapped up?",
        "When were the audit committee changes meant to be in place?",
        "When was the new scheme intended to open?",
    ):
        q = analyse(question, name_index)
        assert "due" in q.fields, question
        assert choose_route(q) != "passages", question


def test_a_when_question_on_what_happened_is_no_deadline(name_index: NameIndex) -> None:
    q = analyse("When was the fraud training for members wrapped up?", name_index)
    assert "due" not in q.fields

"""Over other bodies' papers: a state word written in the rows beside the subject ('income
banked late') lists the rows about that subject, while the same word said of the rows
('which actions are late?') stays the slipped filter; a request for rows after an aside is
answered from the register. Invented wordings."""

from __future__ import annotations

from assistant.service import Assistant


def _refs(answer: object) -> set[str]:
    return {r.ref or r.title for r in answer.records}  # type: ignore[attr-defined]


def test_income_banked_late_is_a_subject(bodies_assistant: Assistant) -> None:
    answer = bodies_assistant.ask("Which items are to do with income that gets banked late?")
    assert not answer.query.slipped and answer.route == "register"
    assert "AL-02" in _refs(answer) and len(answer.records) <= 3


def test_late_said_of_the_rows_is_the_slipped_filter(bodies_assistant: Assistant) -> None:
    answer = bodies_assistant.ask("Which of the actions are late?")
    assert answer.query.slipped and not answer.query.subject_states


def test_an_aside_before_the_request_for_rows(bodies_assistant: Assistant) -> None:
    answer = bodies_assistant.ask("As for payroll, the short version - show me the actions")
    assert answer.route == "register"
    assert {"19/20-01", "HC-03"} <= _refs(answer)

"""A deadline or a rating the question asserts of a row, compared with the row's own value
(issue 14, false premises): the held value leads the answer; a deadline that agrees only with
the one the row had before it was moved is answered with the move; a rating the row does not
hold in a column is answered with the sentence that rates it in words. Invented wordings over
other bodies' papers (the session's bodies index) and the bundled record."""

from __future__ import annotations

from assistant.service import Assistant


def test_a_deadline_the_row_does_not_hold_is_corrected_first(
    bodies_assistant: Assistant,
) -> None:
    answer = bodies_assistant.ask(
        "Holmebridge's test of its IT disaster recovery plan was due in January 2022. "
        "Why did that slip?"
    )
    first = answer.answer.splitlines()[0]
    assert first.startswith("**No") and "HC-05" in first and "January 2022" in first


def test_a_deadline_since_moved_is_answered_with_the_move(bodies_assistant: Assistant) -> None:
    answer = bodies_assistant.ask(
        "The Kestrel Moors quarterly backup restore tests were scheduled to start by March "
        "2021; what held them up?"
    )
    first = answer.answer.splitlines()[0]
    assert "AL-09" in first and "moved" in first and "2021-08-31" in first


def test_a_deadline_the_row_holds_is_not_corrected(bodies_assistant: Assistant) -> None:
    answer = bodies_assistant.ask(
        "Holmebridge's visits to subcontractors were due in January 2022 - who made them?"
    )
    first = answer.answer.splitlines()[0]
    assert not first.startswith("**No") and "moved" not in first


def test_a_rating_held_only_in_words_is_quoted(assistant: Assistant) -> None:
    answer = assistant.ask("Why was the 2017 assurance framework area graded a low risk?")
    first = answer.answer.splitlines()[0]
    assert "no priority" in first and "key corporate risk" in first

"""A reason asked of a row named by ref is answered from the cause its own note or its paper's
prose gives, the cause first; a state the row does not bear out is left to be checked
(assistant.answers.composers.row_reason)."""

from __future__ import annotations

from assistant.analysis.reason_asks import asks_reason
from assistant.service import Assistant


def test_a_reason_noun_asks_a_cause() -> None:
    assert asks_reason("what's the cause of the hold-up on the roof?")
    assert asks_reason("How come the depot audit is behind?")
    assert not asks_reason("who caused a stir at the board?")


def test_the_cause_in_the_row_note_answers_first(bodies_assistant: Assistant) -> None:
    moved = next(
        r
        for r in bodies_assistant.register.all()
        if r.ref and r.revised_from_text and "Awaiting" in (r.progress or "")
    )
    answer = bodies_assistant.ask(f"For what reason has {moved.ref} slipped?")
    assert answer.route == "refs" and not answer.abstained, answer.answer
    first = answer.answer.splitlines()[0]
    assert first.startswith(moved.ref or "") and "**Awaiting" in first, answer.answer
    assert [r.id for r in answer.records] == [moved.id]
    assert all(c.document.id == moved.document.id for c in answer.citations)


def test_a_slip_the_row_does_not_bear_out_is_not_explained(bodies_assistant: Assistant) -> None:
    steady = next(
        r
        for r in bodies_assistant.register.all()
        if r.ref
        and not r.revised_from_text
        and "awaiting" in (r.progress or "").lower()
        and len(bodies_assistant.register.with_refs([r.ref.lower()])) == 1
        and not any(w in (r.progress or "").lower() for w in ("moved", "extended", "delay"))
    )
    answer = bodies_assistant.ask(f"why has {steady.ref} slipped?")
    assert "The cause as the row's note" not in answer.answer, answer.answer

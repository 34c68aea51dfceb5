"""A row of the list just shown picked by the state it is in ('the one that was put back', 'the
ones still outstanding'), read as a register filter over the listed rows' fields; and 'the
latter' before a predicate ('when was the latter due?') picks the second of a pair."""

from __future__ import annotations

from assistant.conversation import Chat, Turn
from assistant.counted_pick import PAIR_PICK
from assistant.service import Assistant


def _standalone(assistant: Assistant, first: str, follow: str) -> str:
    chat = Chat(assistant)
    messages = [Turn(role="user", content=first)]
    shown = chat.respond(messages).answer.answer
    messages += [Turn(role="assistant", content=shown), Turn(role="user", content=follow)]
    return chat.respond(messages).standalone


def test_a_row_picked_by_its_state_among_the_rows_shown(bodies_assistant: Assistant) -> None:
    first = "List the Marshfield external audit recommendations held by the Chief Accountant"
    # item 1 (revised deadline, on track) and item 2 (complete): neither cell says 'put back'
    asked = _standalone(bodies_assistant, first, "what is the one that got put back about?")
    assert asked.startswith("what is item 1 "), asked
    asked = _standalone(bodies_assistant, first, "who signed off the one that is finished?")
    assert asked.startswith("who signed off item 2"), asked


def test_a_state_that_fits_every_row_picks_none(bodies_assistant: Assistant) -> None:
    first = "List the Marshfield external audit recommendations held by the Chief Accountant"
    asked = _standalone(bodies_assistant, first, "what is the one that is owned by a person about?")
    assert "item 1" not in asked and "item 2" not in asked, asked


def test_the_latter_before_a_predicate_is_a_pick() -> None:
    for question in (
        "when was the latter due?",
        "is the former still running?",
        "who is the latter's lead?",
        "the latter owned by whom?",
    ):
        assert PAIR_PICK.search(question), question
    for question in ("when was the former chairman appointed?", "in the latter half of 2020"):
        assert not PAIR_PICK.search(question), question

"""'It's owned by the Treasurer, isn't it?' after an answer about one row (or passages all
quoting one row): a statement whose subject is a pronoun, stating a value of a field, is asked
of that row, and the premise is checked against its cells. My own wordings over the bundled
record."""

from __future__ import annotations

import pytest

from assistant.antecedents import Previous
from assistant.conversation import Chat, Turn
from assistant.service import Assistant
from assistant.stated_of_focus import STATED_OF_PRONOUN, stated_of_focus


def _row(assistant: Assistant, ref: str):  # type: ignore[no-untyped-def]
    return next(r for r in assistant.register.all() if r.ref == ref and "PURE" in r.document.title)


def _quoted(assistant: Assistant, ref: str) -> Previous:
    """Passages that all quote the one row ``ref``."""
    return Previous(
        f"what does the plan say about {ref}?", [_row(assistant, ref)], [ref], quoted=True
    )


@pytest.mark.parametrize(
    "asked",
    [
        "It's owned by the Treasurer, isn't it?",
        "So that one sits with the Treasurer, right?",
        "and this was given low priority, correct?",
        "That item was already complete, wasn't it?",
    ],
)
def test_a_statement_of_a_field_is_asked_of_the_row(assistant: Assistant, asked: str) -> None:
    resolved = stated_of_focus(asked, _quoted(assistant, "R22"), assistant.analyse)
    assert resolved is not None and "R22" in resolved
    assert not resolved.lower().startswith(("it", "that", "this"))


@pytest.mark.parametrize(
    "asked",
    [
        "That was a big saving, wasn't it?",  # a figure, no field of a row: the passages'
        "It is true that R5 slipped?",  # a frame, not a statement about the row
        "Who owns it?",  # a question, not a statement
    ],
)
def test_no_field_stated_or_no_statement(assistant: Assistant, asked: str) -> None:
    assert stated_of_focus(asked, _quoted(assistant, "R22"), assistant.analyse) is None


def test_several_rows_in_focus_are_no_one_subject(assistant: Assistant) -> None:
    rows = [_row(assistant, "R21"), _row(assistant, "R22")]
    previous = Previous("which mention the authority?", rows, ["R21", "R22"])
    assert (
        stated_of_focus("It's owned by the Treasurer, isn't it?", previous, assistant.analyse)
        is None
    )


def test_the_statement_form() -> None:
    assert STATED_OF_PRONOUN.match("So that was the Head of Pay's action, was it?")
    assert STATED_OF_PRONOUN.match("That area sits with the Treasurer, doesn't it?")
    assert not STATED_OF_PRONOUN.match("That is the case for R3?")
    assert not STATED_OF_PRONOUN.match("The Treasurer owns it, doesn't he?")


def test_in_a_conversation_the_premise_is_corrected(assistant: Assistant) -> None:
    chat = Chat(assistant)
    turns = [
        Turn(
            role="user", content="What did the PURE plan say about the on-line Right Line system?"
        ),
        Turn(role="assistant", content="The MPS has recently launched the On-line 'Right Line'."),
        Turn(role="user", content="It's owned by the Treasurer, isn't it?"),
    ]
    result = chat.respond(turns)
    assert "R22" in result.standalone
    assert "Director of Finance Services" in result.answer.answer
    assert not result.answer.abstained

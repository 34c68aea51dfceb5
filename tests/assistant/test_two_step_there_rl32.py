"""Two steps in one question: 'which area is it, and what is the remaining risk there?' — the
'there' that closes the second part is the row the first part found, asked of by its name
(bridging.bound_there, rl32)."""

from __future__ import annotations

from assistant.bridging import _THERE
from assistant.service import Assistant


def test_a_closing_there_points_back_but_an_existential_one_does_not() -> None:
    assert _THERE.search("and what remaining activity does the paper list there?")
    assert _THERE.search("who is responsible in there?")
    assert not _THERE.search("Is there a deadline for it?")
    assert not _THERE.search("how many are there?")


def test_the_second_step_is_asked_of_the_row_found(assistant: Assistant) -> None:
    answer = assistant.ask(
        "One of the improvement areas in the 2017 MPS governance report mentions Operation "
        "Filesafe. Which is it, and what remaining activity does the paper list there?"
    )
    first, _, second = answer.answer.partition("remaining activity")
    assert "Information Management" in first
    assert "IM Futures" in second, answer.answer

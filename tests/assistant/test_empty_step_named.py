"""A question in parts whose middle step finds no rows: the part after it, which points back
at those rows, says that the part before found none instead of being asked of something
else (assistant.service._ask_in_parts)."""

from __future__ import annotations

from assistant.service import Assistant


def test_a_part_resting_on_an_empty_step_says_which_step_failed(assistant: Assistant) -> None:
    answer = assistant.ask(
        "Whoever is responsible for publicising the whistle-blowing arrangements - what else "
        "are they down for, and how is that going?"
    )
    text = answer.answer
    assert "R22" in text  # the first step found the row and its owner
    assert "which found no such rows" in text
    assert not answer.abstained

"""Follow-ups that carry only the scope a pronoun points at: the paper the last question named
(not the first record its answer listed, nor the last question's whole text)."""

from __future__ import annotations

import pytest

from assistant.service import Assistant
from tests.assistant.test_follow_ups import converse

pytestmark = pytest.mark.slow


def test_it_after_a_count_over_a_paper_is_that_paper(assistant: Assistant) -> None:
    _, wrote = converse(
        assistant, "How many actions in the PURE plan are complete?", "who wrote it?"
    )
    assert wrote.standalone == "who wrote the MPS Action Plan for PURE/SRL?"


def test_a_pronoun_with_content_words_keeps_the_paper_not_the_question(
    assistant: Assistant,
) -> None:
    _, said = converse(
        assistant,
        "How many actions in the 2017 report are ongoing?",
        "and what did it say about the community engagement strategy?",
    )
    assert "the MPS Governance Report say about" in said.standalone
    assert "ongoing" not in said.standalone


def test_a_definite_paper_noun_before_a_participle_points_back(assistant: Assistant) -> None:
    _, published = converse(
        assistant,
        "What does the 2017 report say about strategic partnerships?",
        "when was the plan published?",
    )
    assert published.standalone == "when was the MPS Governance Report published?"


def test_after_a_turn_that_found_nothing_only_its_paper_is_carried(
    assistant: Assistant,
) -> None:
    first = "How many actions did the 2017 report mark as complete?"
    _, presented = converse(assistant, first, "and who presented it?")
    assert presented.standalone == "and who presented the 2017 report?"
    _, review = converse(assistant, first, "and when is the next review?")
    assert review.standalone == "and when is the next review in the 2017 report?"

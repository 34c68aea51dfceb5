"""Recurrence questions over the bundled record (real model): a paper that speaks to the subject
only in prose (no action table) is searched within itself when the search over every paper in
scope left its passage out, and its sentence naming the subject in the question's words is
shown, not a neighbour that only comes near it in meaning."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant.answers.model import Answer

pytestmark = pytest.mark.slow

PROSE_PAPER = "Governance Improvement Plan (2017)"  # the 2017 paper without records
ITS_SENTENCE = "formalising systems for tracking internal audit recommendations"


@pytest.mark.parametrize(
    "question",
    [
        "Has the monitoring of inspection recommendations recurred across the years?",
        "How has monitoring of inspection recommendations recurred between 2002 and 2017?",
    ],
)
def test_a_prose_only_paper_is_searched_within_itself(
    ask: Callable[..., Answer], question: str
) -> None:
    answer = ask(question)
    text = " ".join(answer.answer.split())
    assert PROSE_PAPER in text
    block = text[text.index(PROSE_PAPER) :]
    assert block.split("]", 1)[0].count("in the text")  # shown for its prose
    # its sentence on the subject, not the neighbour about 'tracking actions' at large
    assert ITS_SENTENCE in block
    assert "a new format for identifying and tracking actions" not in block

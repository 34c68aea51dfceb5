"""'Done' with an adverb between it and its verb ('is actually done', 'are really done already')
asks for the complete rows, as 'is done' does (assistant.analysis.patterns.DONE). Rows are
invented."""

from __future__ import annotations

import pytest

from assistant.analysis import analyse
from tests.assistant.analysis.invented_log import log_index

_INDEX = log_index(
    [
        ("KL-1", "Kiln servicing contract has lapsed", "Studio Manager"),
        ("KL-2", "Glaze stock is not counted", "Shop Lead"),
        ("KL-3", "Clay deliveries are not checked", "Studio Manager"),
    ]
)


@pytest.mark.parametrize(
    "question",
    [
        "Which of KL-1, KL-2 and KL-3 is actually done already?",
        "Which of KL-1 and KL-3 are really done?",
        "How many of the kiln log actions are properly done?",
    ],
)
def test_done_with_an_adverb_asks_the_complete_rows(question: str) -> None:
    assert analyse(question, _INDEX).statuses == ["complete"], question

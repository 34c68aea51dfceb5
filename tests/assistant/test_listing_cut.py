"""A list longer than the answer shows is cut after whole rows: every paper heading shown has
rows under it, and the rest is counted, never headed."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant.answers.composers.register import MAX_LISTED
from assistant.answers.model import Answer


@pytest.mark.parametrize(
    "question", ["List every action in the record.", "Which actions are not complete?"]
)
def test_a_cut_list_heads_only_papers_with_rows_shown(
    ask: Callable[..., Answer], question: str
) -> None:
    answer = ask(question)
    lines = answer.answer.split("\n")
    rows = [line for line in lines if line.startswith("- ")]
    matched = answer.records_total
    assert matched > MAX_LISTED == len(rows)
    headings = [
        n for n, line in enumerate(lines) if line.startswith("*") and not line.startswith("**")
    ]
    assert len(headings) >= 2
    for n in headings:
        assert lines[n + 1].startswith("- "), f"heading with no row under it: {lines[n]}"
    assert f"…and {matched - MAX_LISTED} more" in answer.answer

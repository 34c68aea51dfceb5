"""Guards that must not fire on values the papers hold (issue 14, exam5 FP-8): a period a
paper's text writes (a forecast's year) is not 'a period no document covers', and a period
label is no count the question claims."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant.answers.model import Answer
from assistant.answers.support.figures import figures


@pytest.mark.parametrize(
    "text",
    [
        "What does the 2015/16 Annual Governance Statement say?",
        "How did the 2009-12 budget change?",
    ],
)
def test_a_period_label_is_no_figure(text: str) -> None:
    assert figures(text) == []


def test_a_period_a_paper_writes_is_answered_from_its_passages(
    ask: Callable[[str], Answer],
) -> None:
    answer = ask("What budget reductions does the draft budget submission give for 2011/12?")
    assert not answer.abstained and "£166m" in answer.answer


def test_a_period_no_paper_covers_or_writes_is_still_refused(ask: Callable[[str], Answer]) -> None:
    answer = ask("What were the governance issues in the 2006/07 Annual Governance Statement?")
    assert answer.abstained and "2006/07" in answer.answer

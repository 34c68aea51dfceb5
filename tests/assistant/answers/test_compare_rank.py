"""A priority comparison asked with a verb of ranking ('Did the auditors rank A above B?',
'Was A prioritised above B?', 'Did the plan place A below B?'): the ranking body and its verb
are no part of side A, and the priorities are compared."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant.analysis import QueryAnalysis
from assistant.analysis.compared_aspect import compared_aspect
from assistant.answers.context import AnswerContext
from assistant.service import Assistant
from tests.assistant.answers.conftest import compared_first_line


@pytest.mark.parametrize(
    ("question", "side", "starts"),
    [
        (
            "Did the Audit Commission rank the recommendation on reserves above the one on "
            "whistle-blowing?",
            "the recommendation on reserves",
            "**R13 has a higher priority than R22**",
        ),
        (
            "Did the auditors rate the scheme of delegation recommendation higher than the one "
            "on Standards Committee meetings?",
            "the scheme of delegation recommendation",
            "**R18 has a higher priority than R20**",
        ),
        (
            "Was the recommendation on backlog maintenance prioritised above the one on "
            "financial training for members?",
            "the recommendation on backlog maintenance",
            "**R9 has a higher priority than R11**",
        ),
        (
            "Did the PURE plan place the financial health indicators recommendation below the "
            "one on sensitivity analysis?",
            "the financial health indicators recommendation",
            "**They stand level**",
        ),
    ],
)
def test_a_verb_of_ranking_compares_priorities(
    question: str,
    side: str,
    starts: str,
    assistant: Assistant,
    analyse: Callable[[str], QueryAnalysis],
    context: Callable[[], AnswerContext],
) -> None:
    assert analyse(question).sides[0] == side
    assert compared_aspect(question) == "priority"
    assert compared_first_line(question, assistant, analyse, context).startswith(starts)

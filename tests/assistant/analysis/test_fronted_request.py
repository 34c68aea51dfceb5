"""A scope put before an imperative request and closed by a comma ('For the trust's 2022 plan,
list …', 'On the harbour tracker, show me …'): the request after it decides the intent, as it
does without the scope. Wordings are invented."""

from __future__ import annotations

import pytest

from assistant.analysis.intent import intent_of
from assistant.analysis.request_frame import request_after_scope


@pytest.mark.parametrize(
    "question",
    [
        "For the Pellow trust's 2022 plan, list every action still open.",
        "On the harbour board's tracker, show me the ones rated amber",
        "Regarding the museum's audit log, name each recommendation that slipped",
        "At Orlick, give me the actions not yet started, and leave out the withdrawn ones.",
    ],
)
def test_the_request_after_a_fronted_scope_is_a_list(question: str) -> None:
    assert intent_of(question) == "list"


@pytest.mark.parametrize(
    "question",
    [
        "For the Pellow trust, what is action C2 about?",
        "In the harbour plan, who owns the slipway survey?",
    ],
)
def test_a_fronted_scope_before_a_question_is_left_alone(question: str) -> None:
    assert request_after_scope(question) is None
    assert intent_of(question) != "list"

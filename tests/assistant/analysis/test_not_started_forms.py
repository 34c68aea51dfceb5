"""'Not started' in its longer forms ('has not been started', 'yet to be started') is the
state, as 'not started' is, not a word filter on 'started' (which finds rows whose notes say
something started, the opposite of what is asked)."""

from __future__ import annotations

import pytest

from assistant.service import Assistant


@pytest.mark.parametrize(
    "question",
    [
        "Which actions have not been started?",
        "Which of the audit actions are yet to be started?",
        "List the recommendations that have not yet been begun.",
        "Which actions in the plan are not started?",
    ],
)
def test_the_longer_forms_of_not_started_read_as_the_state(
    assistant: Assistant, question: str
) -> None:
    analysis = assistant.analyse(question)
    assert analysis.statuses == ["not_started"]
    assert "started" not in analysis.terms and "begun" not in analysis.terms

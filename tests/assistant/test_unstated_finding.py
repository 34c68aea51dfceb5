"""A reason asked of what a row found ('why were the X not done?') is refused in the first line
when no sentence of the row, nor one of its paper near it, may give a cause; a reason asked of
the row's action is answered by its finding. A row described by a topic no paper uses ('the
action on X') is no row of the record."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant.answers.composers.guards import unknown_topic
from assistant.answers.model import ABSTAIN_PHRASE, Answer
from assistant.service import Assistant


def test_a_reason_for_a_finding_no_row_explains_is_refused_first(
    carried_assistant: Assistant,
) -> None:
    answer = carried_assistant.ask(
        "Why weren't Ostwick's telemetry alarms tested after the software updates?"
    )
    first = answer.answer.splitlines()[0]
    assert answer.abstained and answer.abstention == "value_not_given"
    assert first.startswith(ABSTAIN_PHRASE) and "no reason" in first
    assert "telemetry alarms were not tested" in first  # the finding the record does hold


def test_a_reason_for_an_action_is_answered_by_its_finding(carried_assistant: Assistant) -> None:
    answer = carried_assistant.ask("Why has Ostwick started to reject board expense claims?")
    assert not answer.abstained and "no reason" not in answer.answer


@pytest.mark.parametrize(
    ("question", "topic"),
    [
        ("When is the harbour action on sonar buoys at the pier due?", "action on sonar buoys"),
        ("Who leads the recommendation about hovercraft?", "recommendation about hovercraft"),
        # a word some paper uses leaves the row to be found
        ("When is the harbour action on pier buoys due?", None),
        ("Who owns the action for sonar?", None),  # 'for' names a party or a purpose
    ],
)
def test_a_topic_no_paper_uses_names_no_row(question: str, topic: str | None) -> None:
    assert unknown_topic(question, ["sonar", "buoys", "hovercraft"]) == topic


def test_a_row_described_by_a_topic_no_paper_uses_is_refused(ask: Callable[..., Answer]) -> None:
    answer = ask("Who owns the Director of Property Services' recommendation on hovercraft?")
    first = answer.answer.splitlines()[0]
    assert answer.abstained and first.startswith(ABSTAIN_PHRASE) and "hovercraft" in first

"""A reason asked of what a row found ('why were the X not done?') is refused in the first line
when no sentence of the row, nor one of its paper near it, may give a cause; a reason asked of
the row's action is answered by its finding."""

from __future__ import annotations

from assistant.answers.model import ABSTAIN_PHRASE
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


def test_a_row_asked_as_dropped_from_a_paper_is_shown_from_that_paper(
    carried_assistant: Assistant,
) -> None:
    # the row is in the 2021 paper: its presence answers the premise, no cause is refused
    answer = carried_assistant.ask(
        "Why did Ostwick's 2021 report drop the telemetry alarms finding?"
    )
    assert not answer.abstained, answer.answer
    assert "Telemetry alarms were not tested" in answer.answer
    assert "Internal Audit Actions 2021" in answer.answer

"""A reason asked of what a row found ('why were the X not done?') is refused in the first line
when no sentence of the row, nor one of its paper near it, may give a cause; a reason asked of
the row's action is answered by its finding. A state asked of one issue in two papers named by
year ('was X settled in the 2019 report or the 2020 one?') is read in each paper, not one. A
row described by a topic no paper uses ('the action on X') is no row of the record. Two sides
named by refs written with a space ('HMIC R1 or HMIC R4') are compared as refs."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant.analysis.tracing import trace_cue
from assistant.answers.composers.guards import unknown_topic
from assistant.answers.model import ABSTAIN_PHRASE, Answer
from assistant.answers.router import choose_route
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
    "question",
    [
        "Was the bin store action sorted out in the 2021 report, or only in the 2022 one?",
        "Had the canteen recommendation been resolved in 2020 or only in 2021?",
    ],
)
def test_a_settled_state_asked_of_two_papers_reads_each(question: str) -> None:
    found = trace_cue(question)
    assert found is not None and found.direction == "each" and "status" in found.fields


def test_a_state_asked_in_one_of_two_papers_shows_both(carried_assistant: Assistant) -> None:
    answer = carried_assistant.ask(
        "Was the flood gate keys action finished in the 2019 report or in the 2020 one?"
    )
    assert not answer.abstained and answer.route == "recurring"
    assert "2019" in answer.answer and "2020" in answer.answer
    assert "In progress" in answer.answer and "Complete" in answer.answer


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


def test_sides_named_by_refs_written_with_a_space_are_refs(assistant: Assistant) -> None:
    for question in ("Which is due later, HMIC R1 or HMIC R4?", "Is HMIC R3 or R12 owned by whom?"):
        q = assistant.analyse(question)
        assert len(q.refs) == 2 and choose_route(q) == "refs", question

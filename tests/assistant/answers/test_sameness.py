"""Sameness questions over two records: the verdict (the same, not the same, partly) comes
first, then each record's value, cited."""

from __future__ import annotations

from collections.abc import Callable

from assistant.analysis import QueryAnalysis
from assistant.answers.context import AnswerContext
from assistant.service import Assistant
from tests.assistant.answers.conftest import compared_first_line


def test_two_records_of_one_priority_are_the_same(
    assistant: Assistant,
    analyse: Callable[[str], QueryAnalysis],
    context: Callable[[], AnswerContext],
) -> None:
    first = compared_first_line(
        "Do the plan for backlog maintenance and the publicity for whistle-blowing carry the "
        "same priority?",
        assistant,
        analyse,
        context,
    )
    assert first.startswith("**Yes — the same (priority)**: R11: Medium [1]; R22: Medium [2]")


def test_a_shared_owner_cell_is_partly_the_same(
    assistant: Assistant,
    analyse: Callable[[str], QueryAnalysis],
    context: Callable[[], AnswerContext],
) -> None:
    first = compared_first_line(
        "Is the review of reserves led by the same director as the financial health "
        "indicators for members?",
        assistant,
        analyse,
        context,
    )
    assert first.startswith("**Partly — they share Director of Finance Services")
    assert "R13: Director of Finance Services and Treasurer [1]" in first


def test_degrees_are_compared_on_the_papers_scale(
    assistant: Assistant,
    analyse: Callable[[str], QueryAnalysis],
    context: Callable[[], AnswerContext],
) -> None:
    first = compared_first_line(
        "Were the SMART performance measures and the reporting hierarchies met to the same degree?",
        assistant,
        analyse,
        context,
    )
    assert first.startswith("**No — they differ (degree met)**")
    assert "moderately" in first and "significantly" in first
    different = compared_first_line(
        "Do the SMART performance measures and the reporting hierarchies differ in how far "
        "they were met?",
        assistant,
        analyse,
        context,
    )
    assert different.startswith("**Yes — they differ (degree met)**")

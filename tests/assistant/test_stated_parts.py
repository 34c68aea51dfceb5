"""A part of a whole a paper states, asked as a share, a count or against a threshold: the
code compares the two figures and states them in the first line."""

from __future__ import annotations

from collections.abc import Callable

from assistant.answers.model import Answer
from assistant.service import Assistant
from tests.assistant.conftest import check_citations


def _first(answer: Answer) -> str:
    return answer.answer.split("\n", 1)[0]


def test_either_side_of_half_of_a_whole_stated_in_prose(ask: Callable[..., Answer]) -> None:
    answer = ask(
        "Of the 45 improvement activities in the Met's 2017 report, did business units report "
        "over or under half as done?"
    )
    first = _first(answer)
    assert "18 of 45" in first and "fewer than half" in first.lower()
    assert any("18 of these" in c.quote for c in answer.citations)


def test_a_part_told_in_the_sentence_after_its_whole_is_read(ask: Callable[..., Answer]) -> None:
    # worded so that the sentence with the part ranks far below the one with the whole
    answer = ask(
        "In the 2017 report, were more or fewer than half of the 45 improvement activities "
        "reported as done?"
    )
    first = _first(answer)
    assert "18 of 45" in first and "fewer than half" in first.lower(), first
    assert any("18 of these" in c.quote for c in answer.citations)


def test_threshold_on_a_progress_cell(bodies_assistant: Assistant) -> None:
    answer = bodies_assistant.ask(
        "For the high-rise fire risk assessments at Tamar Vale, had a majority of the blocks "
        "been covered?"
    )
    check_citations(bodies_assistant, answer)
    first = _first(answer)
    assert first.startswith("**Yes") and "9 of 12" in first and "more than half" in first
    assert answer.citations


def test_share_of_a_stated_whole(bodies_assistant: Assistant) -> None:
    answer = bodies_assistant.ask(
        "Across Severnside's 21 stations, what fraction had finished the equipment stock check?"
    )
    check_citations(bodies_assistant, answer)
    assert "14 of 21 (67%)" in _first(answer)


def test_another_whole_than_the_papers_gives_no_figure(bodies_assistant: Assistant) -> None:
    answer = bodies_assistant.ask(
        "Across Severnside's 30 stations, what fraction had finished the equipment stock check?"
    )
    assert "14 of 21 (67%)" not in _first(answer)

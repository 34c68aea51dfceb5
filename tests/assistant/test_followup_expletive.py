"""'Is it true that …', 'it looks like …', 'it says here …': a dummy 'it' points back at nothing.

Only the clause after the frame is read against the conversation (bundled record; a fire
authority's tracker of data/papers/dev)."""

from __future__ import annotations

import pytest

from assistant.expletive import expletive_frame
from assistant.service import Assistant
from tests.assistant.test_follow_ups import converse


@pytest.mark.parametrize(
    "question, clause",
    [
        ("Is it true that the finance action slipped?", "the finance action slipped?"),
        ("so is it really the case the board never met?", "the board never met?"),
        ("Is it possible to see who signed the plan off?", "see who signed the plan off?"),
        ("It looks like the register is out of date.", "the register is out of date."),
        ("it says here that training reached 89%.", "training reached 89%."),
        ("Was it ever recorded that the owner changed?", "the owner changed?"),
        (
            "it's clear that the committee agreed it, but when?",
            "the committee agreed it, but when?",
        ),
    ],
)
def test_a_frame_with_a_dummy_it_is_split_from_its_clause(question: str, clause: str) -> None:
    found = expletive_frame(question)
    assert found is not None and found[1] == clause
    assert found[0] + found[1] == question


@pytest.mark.parametrize(
    "question",
    [
        "Is it done?",
        "Is it likely to be late?",  # 'it' is the raised subject of 'be late': it refers
        "Does it seem finished?",
        "Is it planned for March?",
        "Is it true?",
        "Is it on track for the summer?",
    ],
)
def test_a_referring_it_is_no_frame(question: str) -> None:
    assert expletive_frame(question) is None


@pytest.mark.parametrize(
    "question, frame",
    [
        ("Is it true that the deadline was revised?", "Is it true that "),
        (
            "is it the case that every Best Value recommendation has an owner?",
            "is it the case that ",
        ),
        ("It says here that the owner changed - is that right?", "It says here that "),
        ("Was it ever the case that the target moved?", "Was it ever the case that "),
    ],
)
def test_the_dummy_it_of_a_frame_is_never_the_row_in_focus(
    assistant: Assistant, question: str, frame: str
) -> None:
    _, framed = converse(assistant, "Who owns R6 in the 2002 summary?", question)
    assert framed.standalone.startswith(frame)


def test_the_clause_of_a_frame_still_points_back(assistant: Assistant) -> None:
    _, framed = converse(
        assistant, "Who owns R6 in the 2002 summary?", "Is it true that it was revised?"
    )
    assert framed.standalone.startswith("Is it true that R6")
    assert [r.ref for r in framed.answer.records] == ["R6"]


def test_other_bodies_frames_keep_the_clause(bodies_assistant: Assistant) -> None:
    _, framed = converse(
        bodies_assistant,
        "Who leads Severnside's stock check of operational equipment?",
        "Is it true that the business continuity arrangements were tested?",
    )
    assert "19/20-03" not in framed.standalone
    assert "19/20-03" not in {r.ref for r in framed.answer.records}

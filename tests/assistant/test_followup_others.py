"""'What else does that director own?', 'which other actions …', 'other than R10': the records in
focus are left out of the list, and the head line says which."""

from __future__ import annotations

import pytest

from assistant.service import Assistant
from tests.assistant.test_follow_ups import converse

pytestmark = pytest.mark.slow


def test_other_than_a_ref_leaves_it_out_of_an_owners_list(assistant: Assistant) -> None:
    answer = assistant.ask("Apart from R10, what does the Director of Property Services own?")
    assert [r.ref for r in answer.records] == ["R11"]
    assert "other than R10" in answer.answer.splitlines()[0]


def test_what_else_after_one_record_leaves_that_record_out(assistant: Assistant) -> None:
    _, others = converse(
        assistant,
        "Who is responsible for R11 in the PURE plan?",
        "What else does that director own?",
    )
    assert others.standalone.endswith("other than R11?")
    assert [r.ref for r in others.answer.records] == ["R10"]


def test_which_other_actions_asked_in_full_leaves_the_focus_out(assistant: Assistant) -> None:
    _, others = converse(
        assistant,
        "Who is responsible for R10 in the PURE plan?",
        "Which other actions does the Director of Property Services own?",
    )
    assert [r.ref for r in others.answer.records] == ["R11"]


def test_other_than_that_one_is_the_record_in_focus(assistant: Assistant) -> None:
    _, others = converse(
        assistant,
        "Who is responsible for R10 in the PURE plan?",
        "What does the Director of Property Services own apart from that one?",
    )
    assert "apart from R10" in others.standalone
    assert [r.ref for r in others.answer.records] == ["R11"]


def test_a_record_described_in_a_complement_is_left_out(assistant: Assistant) -> None:
    answer = assistant.ask(
        "Apart from the one on backlog maintenance, which actions does the Director of "
        "Property Services own?"
    )
    assert [r.ref for r in answer.records] == ["R10"]
    assert "leaving out" in answer.answer.splitlines()[0]


def test_what_else_about_the_text_is_no_owners_list(assistant: Assistant) -> None:
    _, more = converse(
        assistant,
        "Who is responsible for R11 in the PURE plan?",
        "What else does it say about that?",
    )
    assert "Which other actions" not in more.standalone

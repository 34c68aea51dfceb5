"""A reported yes/no question joined to an ask ('…, and also whether it is closed'), a second
subject named by 'one' ('… and the fleet one?') and a discourse word before a new question
('? Also, …', ', plus when …') are read as parts of their own. Wordings are made up."""

from __future__ import annotations

import pytest

from assistant.analysis import question_parts
from assistant.analysis.joined_asks import other_one_parts, whether_parts


@pytest.mark.parametrize(
    ("question", "parts"),
    [
        (
            "Give me the lead for QX-6 as well as whether it has slipped.",
            ["Give me the lead for QX-6?", "Has it slipped?"],
        ),
        (
            "Who signs off QX-6, and also if they are still in post?",
            ["Who signs off QX-6?", "Are they still in post?"],
        ),
        (
            "What is the target for the kiosk item, and whether it isn't late?",
            ["What is the target for the kiosk item?", "Is it not late?"],
        ),
    ],
)
def test_a_joined_whether_clause_is_a_yes_or_no_part(question: str, parts: list[str]) -> None:
    assert question_parts(question) == parts


def test_a_whether_clause_with_its_predicate_left_out_is_not_cut() -> None:
    assert whether_parts("Say whether QX-1 is open and whether QX-2 is.") is None


@pytest.mark.parametrize(
    ("question", "parts"),
    [
        (
            "Who runs the depot lighting action and the fleet one?",
            ["Who runs the depot lighting action?", "Who runs the fleet action?"],
        ),
        (
            "When is the grants finding due, and the catering ones?",
            ["When is the grants finding due?", "When is the catering finding due?"],
        ),
    ],
)
def test_a_second_subject_named_by_one_repeats_the_question(
    question: str, parts: list[str]
) -> None:
    assert other_one_parts(question) == parts


def test_one_without_a_row_noun_before_it_is_not_cut() -> None:
    assert other_one_parts("Which is later, the kiosk one or the depot one?") is None
    # sides offered to compare are one question
    assert other_one_parts("Which is later, the kiosk action or the depot one?") is None
    assert other_one_parts("Which came first: the kiosk action and the depot one?") is None


@pytest.mark.parametrize(
    "question", ["Who owns QX-7? Also, is it late?", "Who owns QX-7, plus is it late?"]
)
def test_a_discourse_word_before_a_new_question_is_a_joint(question: str) -> None:
    assert question_parts(question) == ["Who owns QX-7?", "Is it late?"]

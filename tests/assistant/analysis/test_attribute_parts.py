"""A second ask made only of a row's column ('… plus its deadline'), a second ask with a bare
noun and a participle ('and has work begun'), a free relative before a plain dash, and an ask
for evidence ('how can we tell?') are read as parts of their own. Wordings are made up."""

from __future__ import annotations

import pytest

from assistant.analysis import question_parts
from assistant.analysis.attribute_parts import attribute_parts, evidence_part


@pytest.mark.parametrize(
    ("question", "parts"),
    [
        (
            "Show me who leads the roof repairs action plus its target date.",
            ["Show me who leads the roof repairs action?", "When is it due?"],
        ),
        (
            "Which grants findings are still open, along with their leads?",
            ["Which grants findings are still open?", "Who owns them?"],
        ),
        (
            "When is the fleet telematics item due, together with the RAG rating?",
            ["When is the fleet telematics item due?", "What is its status?"],
        ),
        (
            "Who owns QX-4 and its current position?",
            ["Who owns QX-4?", "What progress has been made on it?"],
        ),
    ],
)
def test_a_column_joined_to_a_question_is_a_part(question: str, parts: list[str]) -> None:
    assert question_parts(question) == parts


@pytest.mark.parametrize(
    "question",
    [
        "Which projects cover catering as well as their cleaning contracts?",  # no column
        "Which rows list the owner and the deadline?",  # 'and the' joins what is listed
        "The deadline plus its priority?",  # no question before the joint
    ],
)
def test_a_joint_without_a_column_question_is_not_cut(question: str) -> None:
    assert attribute_parts(question) is None


def test_a_bare_noun_and_a_participle_open_a_part() -> None:
    assert question_parts("Who looks after QX-9 and has work begun?") == [
        "Who looks after QX-9?",
        "Has work begun?",
    ]
    # a verb phrase joined to a list question is not a question of its own
    assert len(question_parts("Which items are closed and have evidence attached?")) == 1


def test_a_free_relative_before_a_plain_dash_is_a_first_hop() -> None:
    parts = question_parts("Whoever leads QX-2 - which other rows are theirs?")
    assert len(parts) == 2 and "QX-2" in parts[0] and "QX-2" not in parts[1]


@pytest.mark.parametrize(
    "part", ["How can we tell?", "And what proves that?", "Where is the evidence for it?"]
)
def test_an_ask_for_evidence_reads_the_progress(part: str) -> None:
    assert "progress" in evidence_part(part)
    assert question_parts(f"Has QX-5 been closed? {part}")[1] == evidence_part(part)


def test_a_part_with_its_own_subject_is_not_an_ask_for_evidence() -> None:
    assert evidence_part("What shows the budget gap?") == "What shows the budget gap?"

"""'What have they achieved on that?', 'and what has that board done about it?': the subject of a
verb of doing is who acts on the row in focus (its owner), the pronoun acted on is the row;
the question asks the row's progress (made-up records; then two turns over the bundled
record)."""

from __future__ import annotations

import pytest

from assistant.agent_pronoun import agent_asked
from assistant.antecedents import Previous
from assistant.service import Assistant
from tests.assistant.test_follow_ups import converse
from tests.assistant.test_followup_owner_back import TWO, record

OWNED = Previous("Who owns WC-3?", [record("WC-3", "Parks Manager")], ["WC-3"])


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("so what have they achieved on that?", "so what has Parks Manager achieved on WC-3?"),
        ("And what has that service done about it?", "And what has Parks Manager done about WC-3?"),
        (
            "what did the manager actually do with it?",
            "what did Parks Manager actually do with WC-3?",
        ),
        ("What has it delivered so far?", "What has Parks Manager delivered about WC-3 so far?"),
    ],
)
def test_the_one_who_acts_is_the_owner_and_the_row_what_is_acted_on(
    question: str, asked: str
) -> None:
    assert agent_asked(question, OWNED) == asked


@pytest.mark.parametrize(
    ("question", "previous"),
    [
        ("what did it say about that?", OWNED),  # saying is a paper's, not the owner's
        ("what has the report done about it?", OWNED),  # a paper does nothing
        ("what have they done on recycling?", OWNED),  # an object of its own
        ("what has it done about that?", Previous("Which are late?", [], [])),
        ("what have they done about it?", Previous("x", [record("1", "")], ["item 1"])),
    ],
)
def test_no_acting_owner_no_rewrite(question: str, previous: Previous) -> None:
    assert agent_asked(question, previous) is None


def test_rows_of_one_owner_are_named_together() -> None:
    asked = agent_asked("what have they done about them?", TWO)
    assert asked == "what has Parish Clerk done about item 4 and item 9?"


def test_what_someone_has_done_about_a_row_asks_its_progress(assistant: Assistant) -> None:
    for question in (
        "What has the treasurer done about R13?",
        "what did the board do about the backlog?",
        "What have they done with the scheme?",
    ):
        assert "progress" in assistant.analyse(question).fields, question


def test_a_follow_up_asking_what_the_owner_did_shows_the_rows_progress(
    assistant: Assistant,
) -> None:
    first, second = converse(
        assistant,
        "Which PURE recommendation is about declaring hospitality?",
        "and what has that post done about it?",
    )
    assert [r.ref for r in first.answer.records][:1] == ["R21"]
    assert second.standalone.startswith("and what has Head of Pay and Benefits done about R21")
    assert "Progress" in second.answer.answer

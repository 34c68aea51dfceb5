"""Follow-ups that carry only the scope a pronoun points at: the paper the last question named
(not the first record its answer listed, nor the last question's whole text)."""

from __future__ import annotations

import pytest

from assistant.conversation import Chat, Turn
from assistant.service import Assistant
from tests.assistant.test_follow_ups import converse

pytestmark = pytest.mark.slow


def test_it_after_a_count_over_a_paper_is_that_paper(assistant: Assistant) -> None:
    _, wrote = converse(
        assistant, "How many actions in the PURE plan are complete?", "who wrote it?"
    )
    assert wrote.standalone == "who wrote the MPS Action Plan for PURE/SRL?"


def test_a_pronoun_with_content_words_keeps_the_paper_not_the_question(
    assistant: Assistant,
) -> None:
    _, said = converse(
        assistant,
        "How many actions in the 2017 report are ongoing?",
        "and what did it say about the community engagement strategy?",
    )
    assert "the MPS Governance Report say about" in said.standalone
    assert "ongoing" not in said.standalone


def test_a_definite_paper_noun_before_a_participle_points_back(assistant: Assistant) -> None:
    _, published = converse(
        assistant,
        "What does the 2017 report say about strategic partnerships?",
        "when was the plan published?",
    )
    assert published.standalone == "when was the MPS Governance Report published?"


def test_after_a_turn_that_found_nothing_only_its_paper_is_carried(
    assistant: Assistant,
) -> None:
    first = "How many actions did the 2017 report mark as complete?"
    _, presented = converse(assistant, first, "and who presented it?")
    assert presented.standalone == "and who presented the 2017 report?"
    _, review = converse(assistant, first, "and when is the next review?")
    assert review.standalone == "and when is the next review in the 2017 report?"


LONG = "What progress have they reported on repeat victimisation flagging on the crime system this year?"


def test_a_long_follow_up_pointing_back_is_kept_in_the_paper_of_the_turn_before(
    assistant: Assistant,
) -> None:
    counted, progress = converse(assistant, "How many actions in the PURE plan are complete?", LONG)
    assert progress.rewritten is False
    pure = {r.document.id for r in counted.answer.records}
    assert len(pure) == 1
    assert {c.document.id for c in progress.answer.citations} <= pure
    history = [
        Turn(role="user", content="How many actions in the PURE plan are complete?"),
        Turn(role="assistant", content=counted.answer.answer),
    ]
    chat = Chat(assistant)
    assert chat.scope(LONG, history, None, None) == {"document": sorted(pure)}
    # a follow-up naming a paper of its own keeps the user's scope
    named = LONG.replace("this year", "in the District Audit report")
    assert chat.scope(named, history, None, None) is None


def test_a_turn_that_abstained_passes_on_what_it_pointed_at(assistant: Assistant) -> None:
    *_, owns = converse(
        assistant,
        "How many actions in the PURE plan are complete?",
        "how much did they cost?",
        "who owns them?",
    )
    assert [r.ref for r in owns.answer.records] == ["R3", "R10", "R11", "R22", "R26"]


def test_a_turn_asked_as_written_is_replayed_in_the_scope_it_was_answered_in(
    assistant: Assistant,
) -> None:
    counted, progress = converse(assistant, "How many actions in the PURE plan are complete?", LONG)
    pure = {r.document.id for r in counted.answer.records}
    history = [
        Turn(role="user", content="How many actions in the PURE plan are complete?"),
        Turn(role="assistant", content=counted.answer.answer),
        Turn(role="user", content=LONG),
        Turn(role="assistant", content=progress.answer.answer),
    ]
    previous = Chat(assistant).previous(history)
    assert previous is not None
    # what the user saw was answered within the PURE plan: a later 'there' stays in it
    assert {r.document.id for r in previous.records} <= pure
    assert set(previous.document_ids) <= pure


@pytest.mark.parametrize(
    "first, then",
    [
        (
            "Who is responsible for R10 in the PURE plan?",
            "Which recommendations are high priority?",
        ),
        (
            "What does the 2017 report say about strategic partnerships?",
            "which actions are ongoing",
        ),
        ("Who owns R22 in the PURE plan?", "how many actions were completed"),
    ],
)
def test_rows_asked_by_their_bare_kind_are_of_the_paper_in_focus(
    assistant: Assistant, first: str, then: str
) -> None:
    before, rows = converse(assistant, first, then)
    papers = {r.document.id for r in before.answer.records} or {
        c.document.id for c in before.answer.citations
    }
    assert len(papers) == 1
    assert rows.answer.records and {r.document.id for r in rows.answer.records} == papers


def test_how_many_is_that_counts_within_the_paper_in_focus(assistant: Assistant) -> None:
    _, listed, counted = converse(
        assistant,
        "Who is responsible for R10 in the PURE plan?",
        "Which recommendations are high priority?",
        "How many is that?",
    )
    assert counted.answer.records == listed.answer.records

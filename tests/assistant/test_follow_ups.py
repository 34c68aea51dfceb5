"""Follow-ups resolved against what the previous turn was about: the records its answer rested
on (found again from the user turns alone, so plain-text history works as well as the page's),
in the order shown; and the previous question as resolved, for a follow-up of a follow-up."""

from __future__ import annotations

import pytest

from assistant.conversation import Chat, ChatResult, Turn
from assistant.service import Assistant

pytestmark = pytest.mark.slow

COMPLETE_PURE = "Which PURE recommendations are complete?"


def converse(assistant: Assistant, *questions: str, plain: bool = False) -> list[ChatResult]:
    """Ask ``questions`` in turn, each with the conversation so far. With ``plain``, the
    assistant turns carry no Markdown, refs or ids (as an OpenAI client may send them back)."""
    chat = Chat(assistant)
    history: list[Turn] = []
    results = []
    for question in questions:
        messages = [*history, Turn(role="user", content=question)]
        result = chat.respond(messages)
        results.append(result)
        said = "I answered that." if plain else result.answer.answer
        history = [*messages, Turn(role="assistant", content=said)]
    return results


def owners(result: ChatResult) -> set[str]:
    return {r.owner or "" for r in result.answer.records}


def test_an_ordinal_picks_a_record_of_the_previous_list(assistant: Assistant) -> None:
    listed, second = converse(assistant, COMPLETE_PURE, "Who owns the second one?")
    refs = [r.ref for r in listed.answer.records]
    assert refs[:2] == ["R3", "R10"]
    assert second.rewritten and second.standalone.startswith("Who owns R10")
    assert "Director of Property Services" in second.answer.answer
    last = converse(assistant, COMPLETE_PURE, "and the last one?")[1]
    assert "R26" in last.standalone


def test_they_are_every_record_of_the_previous_answer(assistant: Assistant) -> None:
    _, them = converse(assistant, COMPLETE_PURE, "Who owns them?")
    assert them.standalone == (
        "Who owns R3, R10, R11, R22 and R26 in the MPS Action Plan for PURE/SRL?"
    )
    assert sorted(r.ref or "" for r in them.answer.records) == sorted(
        ["R3", "R10", "R11", "R22", "R26"]
    )


def test_it_is_the_one_record_even_without_a_ref(assistant: Assistant) -> None:
    first, due, started = converse(
        assistant,
        "Who is responsible for the benefits tracking and realisation area for improvement?",
        "When is it due?",
        "Has it started?",
    )
    assert [r.title for r in first.answer.records] == ["Benefits tracking and realisation"]
    assert "Benefits tracking and realisation" in due.standalone
    assert "Q4 2008-09" in due.answer.answer
    # a follow-up of a follow-up resolves through the one before, not to its raw words
    assert "Benefits tracking and realisation" in started.standalone
    assert "not started" in started.answer.answer


def test_another_ref_is_asked_the_previous_question(assistant: Assistant) -> None:
    _, other = converse(assistant, "Who owns R9 in the PURE plan?", "And R10?")
    assert other.standalone == "Who owns R10 in the PURE plan?"
    assert owners(other) == {"Director of Property Services"}


def test_an_ellipsis_asks_about_what_the_last_answer_was_about(assistant: Assistant) -> None:
    _, deadline = converse(assistant, "Who owns R18?", "And the deadline?")
    assert deadline.rewritten and "R18" in deadline.standalone
    assert "Q2 2009" in deadline.answer.answer


def test_that_deadline_of_a_passage_answer_is_its_first_quoted_record(
    assistant: Assistant,
) -> None:
    first, revised = converse(
        assistant,
        "What did the 2007/08 governance statement say about partnership working?",
        "Has that deadline been revised?",
    )
    assert first.answer.route == "passages"
    assert revised.standalone.startswith("Has item 3 in the Action Plan")
    assert "revised from December 2008" in revised.answer.answer


def test_plain_text_history_resolves_the_same(assistant: Assistant) -> None:
    """/v1/chat/completions sends the answers back as plain text, with no ids: the records are
    found again from the user turns."""
    page = converse(assistant, COMPLETE_PURE, "Who owns the second one?")[1]
    plain = converse(assistant, COMPLETE_PURE, "Who owns the second one?", plain=True)[1]
    assert plain.standalone == page.standalone and plain.answer.answer == page.answer.answer


def test_that_role_is_the_owner_and_that_report_is_the_document(assistant: Assistant) -> None:
    """A demonstrative noun points at a value of what the last answer was about: 'that
    director' at the one owner whose title holds the word, 'that report' at its document."""
    _, role = converse(
        assistant, "Who owns R13 in the PURE plan?", "What else does that director own?"
    )
    assert role.standalone == (
        "Which other actions in the MPS Action Plan for PURE/SRL are owned by Director of "
        "Finance Services and Treasurer, other than R13?"
    )
    assert role.answer.query.intent == "list"
    assert "R13" not in {r.ref for r in role.answer.records}  # 'else': not the one in focus
    assert all("Director of Finance Services" in (r.owner or "") for r in role.answer.records)
    _, paper = converse(
        assistant, "What does the PURE plan say about reserves?", "Who wrote that report?"
    )
    assert paper.standalone == "Who wrote the MPS Action Plan for PURE/SRL?"


def test_an_and_question_with_its_own_subject_stands_alone(assistant: Assistant) -> None:
    _, alone = converse(
        assistant,
        "Who owns R13 in the PURE plan?",
        "And when is the Standards Committee meetings review due to finish?",
    )
    assert not alone.rewritten
    assert [r.ref for r in alone.answer.records] == ["R20"]

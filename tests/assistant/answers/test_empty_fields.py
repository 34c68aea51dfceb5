"""A question asking for a record's deadline or priority where the record's column is empty
and none of its sentences gives one: an abstention naming the record, not an answer whose only
value is 'none' (issue 14, exam7 PR4)."""

from __future__ import annotations

from collections.abc import Callable

from assistant.answers.model import Answer


def test_an_empty_deadline_is_an_abstention_that_names_the_record(
    ask: Callable[[str], Answer],
) -> None:
    answer = ask("When is the Training & Development improvement area due to finish?")
    assert answer.abstained and not answer.citations
    assert "item 6" in answer.answer and "no deadline" in answer.answer
    assert [r.ref for r in answer.records] == ["6"]  # what a follow-up's 'it' points at


def test_an_empty_priority_named_by_ref_is_an_abstention(ask: Callable[[str], Answer]) -> None:
    answer = ask("What priority does HMIC R5 have?")
    assert answer.abstained and "no priority" in answer.answer


def test_a_deadline_the_record_gives_is_answered(ask: Callable[[str], Answer]) -> None:
    answer = ask("By when will members' financial training be in place?")
    assert not answer.abstained and "March 2009" in answer.answer


def test_an_empty_owner_is_still_answered(ask: Callable[[str], Answer]) -> None:
    # 'no owner' may be what a question takes for granted otherwise: it stays an answer
    answer = ask("Who owns the Strategic Planning Framework improvement area?")
    assert not answer.abstained and "no owner" in answer.answer

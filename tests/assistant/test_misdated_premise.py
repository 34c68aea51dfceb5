"""What came of an event the question dates by a month the record contradicts: the premise is
corrected in the first line with the date the record holds; a month the record agrees with is
no premise to correct (the event is then only planned)."""

from __future__ import annotations

from collections.abc import Callable

from assistant.answers.model import Answer


def test_a_month_the_record_contradicts_is_corrected_with_the_held_date(
    ask: Callable[..., Answer],
) -> None:
    answer = ask("What was the result of the October workshop MOPAC arranged with Grant Thornton?")
    first = answer.answer.splitlines()[0]
    assert not answer.abstained and answer.citations
    assert "Not October" in first and "16 January" in first


def test_the_month_the_record_holds_is_not_corrected(ask: Callable[..., Answer]) -> None:
    answer = ask("What resulted from the January workshop MOPAC arranged with Grant Thornton?")
    assert "Not January" not in answer.answer

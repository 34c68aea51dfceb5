"""A paper asked for by a year no paper of the record is from is refused first, naming the
years the papers are from; a year that is a held paper's, or a date ('due in 2012'), is
answered (assistant.answers.composers.paper_year)."""

from __future__ import annotations

from collections.abc import Callable

from assistant.answers.model import ABSTAIN_PHRASE, Answer


def test_a_paper_of_a_year_no_paper_is_from_is_refused_first(ask: Callable[..., Answer]) -> None:
    answer = ask("Whose name was against R7 in the MPA's 2013 action plan?")
    first = answer.answer.splitlines()[0]
    assert answer.abstained and answer.abstention == "out_of_record"
    assert first.startswith(ABSTAIN_PHRASE) and "2013" in first and "2017" in first


def test_a_paper_of_a_held_year_is_answered(ask: Callable[..., Answer]) -> None:
    answer = ask("Whose name was against R7 in the 2002 report?")
    assert not answer.abstained and "R7" in answer.answer


def test_a_year_that_dates_no_paper_is_not_a_paper(ask: Callable[..., Answer]) -> None:
    answer = ask("Which actions in the PURE plan were due in 2009?")
    assert not answer.abstained and answer.abstention != "out_of_record"

"""The event a 'when' question dates, in the forms a sentence does not share word for word
(support/events.py): a phrasal verb stands for the single verb a paper writes ('bring out' a
strategy that 'was published'), the paper's own body doing the event ('when did the MPS launch
X?') is no subject a sentence must name, and 'comparison' modifying a noun ('the cost
comparison report') asks no comparison (analysis/comparison.COMPARED). Questions invented over
the bundled papers, real model."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant.analysis import NameIndex, analyse
from assistant.answers.model import Answer
from assistant.answers.support.events import speaks_of

Ask = Callable[..., Answer]


@pytest.mark.parametrize(
    ("question", "value"),
    [
        # a phrasal verb of publishing, against 'was published in July 2016'
        ("When did the Met bring out its Community Engagement Strategy?", "July 2016"),
        # a phrasal verb of starting, against '… programme launched in July 2008'
        ("When did they kick off the Developing Resource Management programme?", "July 2008"),
    ],
)
def test_a_phrasal_verb_is_read_as_the_verb_it_stands_for(
    ask: Ask, question: str, value: str
) -> None:
    answer = ask(question)
    assert not answer.abstained, answer.answer
    assert value in answer.answer


def test_a_phrasal_verb_of_another_event_still_refuses(ask: Ask) -> None:
    # the strategy was published, never wound up: no sentence dates its closing
    answer = ask("When did the Met wind up its Community Engagement Strategy?")
    assert answer.abstained, answer.answer
    assert "July 2016" not in answer.answer.split("\n_")[0].split("The record")[0]


@pytest.mark.parametrize(
    "question",
    [
        "When did the MPS launch the Developing Resource Management programme?",
        "When was the Developing Resource Management programme launched by the MPS?",
    ],
)
def test_the_papers_own_body_doing_the_event_is_no_subject(ask: Ask, question: str) -> None:
    # 'The Developing Resource Management programme launched in July 2008 …' never says 'MPS'
    answer = ask(question)
    assert not answer.abstained, answer.answer
    assert "July 2008" in answer.answer


def test_comparison_modifying_a_noun_asks_no_comparison(ask: Ask) -> None:
    def intent(question: str) -> str:
        return analyse(question, NameIndex([], {}, [])).intent

    assert intent("When did the board see the cost comparison report?") != "compare"
    assert intent("Give me a comparison of the 2002 and 2017 reports") == "compare"
    assert intent("What does the comparison with the 2002 plan show?") == "compare"
    answer = ask("When did Performance Board consider the cost comparison report?")
    assert not answer.abstained, answer.answer
    assert "September 2008" in answer.answer


@pytest.mark.parametrize(
    "question",
    [
        # a phrasal verb in the passive, closing the question: the event is the phrase
        "When was the full solution for the Scheme of Delegation signed off?",
        # R5's row dates a draft presented to BVPB, never an approval
        "When did BVPB approve the guidelines for R5 in the District Audit progress summary?",
    ],
)
def test_an_assent_is_not_dated_by_another_event(ask: Ask, question: str) -> None:
    answer = ask(question)
    assert answer.abstained, answer.answer


def test_a_refused_assent_says_what_the_row_dates(ask: Ask) -> None:
    answer = ask(
        "When did BVPB approve the guidelines for R5 in the District Audit progress summary?"
    )
    assert answer.abstained
    assert "7 March 2002" in answer.answer  # what the row does date: the draft presented


def test_an_irregular_past_speaks_of_its_verb() -> None:
    # no context is read: the forms are joined before any meaning is measured
    said = "The report was delayed because two members who drafted it left the Board in April."
    assert speaks_of(said, ["leave"], None)  # type: ignore[arg-type]
    assert speaks_of("The panel met in May and began its review.", ["meet", "begin"], None)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("question", "value"),
    [
        # 'the date against/for the rec on X': the row's date column, not a date of X's event
        (
            "What's the date against the PURE rec about members declaring gifts and interests?",
            "Dec 09",
        ),
        (
            "What is the date for the District Audit recommendation on cross cutting reviews?",
            "September 02",
        ),
    ],
)
def test_the_date_of_a_row_asks_its_date_column(ask: Ask, question: str, value: str) -> None:
    answer = ask(question)
    assert not answer.abstained, answer.answer
    assert value in answer.answer


def test_a_date_of_a_thing_not_a_row_is_no_date_column() -> None:
    def fields(question: str) -> list[str]:
        return list(analyse(question, NameIndex([], {}, [])).fields)

    assert "due" not in fields("What's the date of the meeting with the auditors?")
    assert "due" in fields("What's the date for the action on training?")

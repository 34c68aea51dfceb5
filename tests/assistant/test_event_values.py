"""A typed question asks the value of an EVENT of its subject ('when was X approved?', 'what
year did Y start?'): a sentence that gives a value of the type for another event of the same
subject ('… supported by a Code of Governance and published … in May') does not answer it
(support/events.py). Questions invented over the bundled papers, real model."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant.answers.model import Answer
from tests.conftest import SAMPLE_DIR

Ask = Callable[..., Answer]


def _sample(stem: str) -> str:
    return (SAMPLE_DIR / f"{stem}.txt").read_text(encoding="utf-8")


MPS_2017 = "001_f17b8c3d3b95c95d"
AGS_2007_08 = "000_f60702f293bad3c1"
DISTRICT_AUDIT_2002 = "004_8a3584b528f67d05"


@pytest.mark.parametrize(
    "question",
    [
        # the code is dated only by the statement's publication, never by an approval
        "When was the Code of Governance approved by Management Board?",
        "When did the Met approve its Code of Governance?",
        # the programme is dated by its launch, never by an evaluation
        "When was the Developing Resource Management programme evaluated?",
        # the code again, asked in a phrasal verb of assent
        "When did the Met sign off its Code of Governance?",
    ],
)
def test_a_date_of_another_event_of_the_subject_does_not_answer(ask: Ask, question: str) -> None:
    assert "Code of Governance and published alongside the Met's accounts in May" in _sample(
        MPS_2017
    )
    answer = ask(question)
    assert answer.abstained, answer.answer


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("What year was the Developing Resource Management programme launched?", "July 2008"),
        ("When was the Community Engagement Strategy published?", "July 2016"),
    ],
)
def test_a_date_of_the_asked_event_still_answers(ask: Ask, question: str, value: str) -> None:
    answer = ask(question)
    assert not answer.abstained
    assert value in answer.answer


# -- a number asked: years, Act titles and item numbers are no quantity (support/figures.py) ------
@pytest.mark.parametrize(
    "question",
    [
        "How many freedom of information requests did MOPAC answer in 2017?",
        "How many data protection breaches did MOPAC record?",
        "How much has MOPAC spent on its performance pack?",
        "How many workshops did MOPAC hold with CIPFA?",
    ],
)
def test_a_number_asked_where_the_passages_give_only_years_abstains(
    ask: Ask, question: str
) -> None:
    answer = ask(question)
    assert answer.abstained, answer.answer


def test_a_number_written_in_words_answers(ask: Ask) -> None:
    answer = ask("How many contract managers will shortly be in place?")
    assert not answer.abstained
    assert "Two contract managers" in answer.answer


# -- a person asked by name where the record names a post (support/persons.py) --------------------
@pytest.mark.parametrize(
    "question",
    [
        "Which named person was the Treasurer responsible for R2 in the 2008 PURE plan?",
        "Which named individual owned R9 in the PURE plan?",
        "What is the name of the person who owns R3 in the PURE plan?",
        "Who, by name, leads the work on R1 in the District Audit summary?",
    ],
)
def test_a_name_asked_where_the_record_names_a_post_abstains(ask: Ask, question: str) -> None:
    answer = ask(question)
    assert answer.abstained, answer.answer
    assert "names only the post" in answer.answer


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("Who owns R2 in the PURE plan?", "Treasurer"),
        ("What is the name of the programme in R3 of the PURE plan?", "Developing Resource"),
    ],
)
def test_a_post_or_a_thing_s_name_is_still_answered(ask: Ask, question: str, value: str) -> None:
    answer = ask(question)
    assert not answer.abstained
    assert value in answer.answer


# -- the authors of a paper asked in any number, possessive or verb --------------------------------
@pytest.mark.parametrize(
    ("question", "author"),
    [
        ("Which individuals wrote the MOPAC governance improvement plan?", "Siobhan Peters"),
        ("Name the people who authored the MPS Governance Report", "Jo Collins"),
        ("Whose names appear as authors of the MPS Governance Report?", "Jo Collins"),
        ("Who are the individual writers of the MOPAC governance plan?", "Siobhan Peters"),
    ],
)
def test_an_author_question_in_other_forms_gets_the_author_lines(
    ask: Ask, question: str, author: str
) -> None:
    answer = ask(question)
    assert answer.route == "document", answer.answer
    assert author in answer.answer

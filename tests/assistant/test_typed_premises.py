"""Premises the papers contradict, checked against the record's values by type (real model):
a figure said in another sentence of the subject's cell ('Operation X has made progress …'
then 'We are on track to have reviewed 6 million records …'). Invented questions."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant.answers.model import Answer

Ask = Callable[..., Answer]


@pytest.mark.parametrize(
    ("question", "wrong", "right"),
    [
        ("Why has Operation Filesafe aimed to review 8 million records?", "8 million", "6 million"),
        (
            "Why does Operation Filesafe expect to have checked 3 million records by March 2018?",
            "3 million",
            "6 million",
        ),
        ("How is the 14 month plan for the Community Engagement Strategy going?", "14", "12"),
        ("What were the 40 corporate health indicators developed for?", "40", "60"),
    ],
)
def test_a_figure_premise_is_corrected_from_the_subject_s_cell(
    ask: Ask, question: str, wrong: str, right: str
) -> None:
    answer = ask(question)
    assert "premise-corrected" in answer.notes, answer.answer
    head = answer.answer.split("\n")[0]
    assert wrong in head and right in head


@pytest.mark.parametrize(
    ("question", "wrong", "right"),
    [
        ("What did MOPAC plan to discuss at its workshop with PwC on 16 January?", "PwC", "Grant"),
        ("What will MOPAC explore in the January workshop alongside KPMG?", "KPMG", "Grant"),
        (
            "What was discussed with the Home Office about estimation methodologies?",
            "Home",
            "audit",
        ),
        (
            "Which programme is the MPA working on with HMIC to raise fraud awareness?",
            "HMIC",
            "Audit",
        ),
        (
            "What further courses are being discussed with the College of Policing?",
            "College",
            "Lead",
        ),
    ],
)
def test_a_wrong_party_of_an_event_is_corrected(
    ask: Ask, question: str, wrong: str, right: str
) -> None:
    answer = ask(question)
    assert "premise-corrected" in answer.notes, answer.answer
    head = answer.answer.split("\n")[0]
    assert wrong in head and right in head


@pytest.mark.parametrize(
    "question",
    [
        "What did the MPS discuss with the district auditor about estimation methods?",
        "What is the MPA doing with the Audit Commission on fraud awareness?",
        "Who considered the report on cost comparisons with MSFs?",
    ],
)
def test_the_right_party_is_not_corrected(ask: Ask, question: str) -> None:
    answer = ask(question)
    assert "premise-corrected" not in answer.notes, answer.answer
    assert not answer.abstained


# -- a period no paper covers, when the question's figure or the period is in a paper -----------
@pytest.mark.parametrize(
    ("question", "quoted"),
    [
        ("Why will the Met only have reviewed 6 million records by 2018/19?", "6 million records"),
        (
            "What did the 60 corporate health indicators in the 2010/11 plan measure?",
            "60 corporate",
        ),
    ],
)
def test_a_period_guard_lets_a_question_the_text_anchors_through(
    ask: Ask, question: str, quoted: str
) -> None:
    answer = ask(question)
    assert not answer.abstained, answer.answer
    assert quoted in answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "What did the 2012/13 plan say about taser training?",
        "How much was spent on estates in 2013/14?",
    ],
)
def test_a_period_no_paper_anchors_still_abstains(ask: Ask, question: str) -> None:
    assert ask(question).abstained


# -- what came of a thing by a date after every paper that speaks of it ---------------------------
@pytest.mark.parametrize(
    "question",
    [
        "Did members actually get their financial training by March 2009?",
        "Was the Business Group risk register review actually finished by March 2009?",
        "Did the full solution for the scheme of delegation actually go live in Q2 2009?",
    ],
)
def test_an_outcome_after_the_papers_on_it_abstains(ask: Ask, question: str) -> None:
    answer = ask(question)
    assert answer.abstained, answer.answer
    assert "the record stops there" in answer.answer


def test_an_outcome_the_paper_dates_is_still_answered(ask: Ask) -> None:
    answer = ask("Did the Developing Resource Management programme launch in July 2008?")
    assert not answer.abstained
    assert "July 2008" in answer.answer


# -- a claim about a described action is checked against the record its words describe ----------
@pytest.mark.parametrize(
    ("question", "ref"),
    [
        (
            "Why was the PURE recommendation on financial training for members delayed until June 2009?",
            "R9",
        ),
        ("Why was the members' financial training recommendation completed late?", "R9"),
        (
            "Why was the staff appraisal recommendation in the District Audit summary delayed to June 2003?",
            "R6",
        ),
    ],
)
def test_a_claim_is_checked_against_the_described_record(ask: Ask, question: str, ref: str) -> None:
    answer = ask(question)
    assert "premise-corrected" in answer.notes, answer.answer
    assert f"{ref} (" in answer.answer.split("\n")[0]


# -- a paper named by its month, year and body is the paper, not a claimed author ----------------
@pytest.mark.parametrize(
    "question",
    [
        "What does the March 2017 Met report say about the website?",
        "What does the December 2017 MOPAC report say about complaints?",
        "What did the 2017 MOPAC plan say about the workshop?",
    ],
)
def test_a_paper_named_by_its_date_and_body_is_no_speaker(ask: Ask, question: str) -> None:
    answer = ask(question)
    assert "premise-corrected" not in answer.notes, answer.answer
    assert "as the author" not in answer.answer


def test_a_wrong_speaker_is_still_corrected(ask: Ask) -> None:
    answer = ask(
        "What did the Head of Estates explain to the panel in the MOPAC governance improvement plan?"
    )
    assert "premise-corrected" in answer.notes


def test_a_party_the_question_names_in_another_role_is_no_correction(ask: Ask) -> None:
    # the sentence's party after 'with' is the one the question makes the doer: no other party
    answer = ask(
        "Which programme is the Audit Commission working on with HMIC to raise fraud awareness?"
    )
    assert "it names Audit Commission" not in answer.answer

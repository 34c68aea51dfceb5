"""Rows across papers and the bridge of a stated owner (rl31): a floated 'each' asks of each
paper named; 'one' standing for a noun is no topic word; the words naming the papers or the
column asked are not looked for in a row's sentences; an owner said to hold several rows, then
asked of by 'they', asks for that owner's rows."""

from __future__ import annotations

import pytest

from assistant.analysis.distributive import asks_each_paper
from assistant.analysis.model import QueryAnalysis
from assistant.analysis.names import NameIndex
from assistant.analysis.owner_given import owner_given_rows, owner_has_rows
from assistant.analysis.reading import Reading
from assistant.answers.support.asked_words import names_asked_column


@pytest.mark.parametrize(
    "question",
    [
        "What did the 2019 plan and the 2021 review each say about the depot fuel audit?",
        "Did the first tracker and the follow-up each give a date for the boiler survey?",
        "What completion figure did the two reports each record?",
        "The kiosk refit - what did the older log and then the newer log each report?",
    ],
)
def test_floated_each_asks_of_each_paper(question: str) -> None:
    assert asks_each_paper(question)


@pytest.mark.parametrize(
    "question",
    [
        "How many actions does each owner hold?",
        "What is the status of each recommendation in the 2019 plan?",
        "Is the depot fuel audit complete?",
    ],
)
def test_no_floated_each(question: str) -> None:
    assert not asks_each_paper(question)


@pytest.mark.parametrize(
    "question",
    [
        "Fleet telematics was raised in 2019 and again in the 2021 one. What progress was made?",
        "What did the 2022/23 one say about the kiosk refit?",
    ],
)
def test_one_standing_for_a_paper_is_no_topic_term(question: str) -> None:
    assert "one" not in Reading(question=question, residual=question).terms([])


def test_one_picking_a_row_stays_for_the_follow_up_rules() -> None:
    question = "the one about boiler servicing - who owns it?"
    assert "one" in Reading(question=question, residual=question).terms([])


def test_paper_and_asked_column_words_are_not_subject_words() -> None:
    q = QueryAnalysis(
        question="Kiosk refits came up twice - what progress did each report give?",
        intent="recurring",
        fields=["progress"],
        terms=["kiosk", "refits"],
    )
    assert names_asked_column("progress", q)  # the column asked of each row
    assert names_asked_column("report", q)  # the papers asked of
    assert not names_asked_column("kiosk", q)
    assert not names_asked_column("owner", q)  # a column the question does not ask


def test_asked_column_word_kept_when_it_is_the_subject() -> None:
    q = QueryAnalysis(
        question="What progress reporting issues came up in each plan?",
        intent="recurring",
        fields=["progress"],
        terms=["progress", "reporting"],
    )
    assert not names_asked_column("progress", q)


_IDX = NameIndex(documents=[], sections={}, owners=["Depot Supervisor", "Town Clerk"])


@pytest.mark.parametrize(
    "question",
    [
        "The Depot Supervisor has a couple of recs in the fleet plan - where are they at?",
        "The Town Clerk holds several actions. When are they due?",
        "the Depot Supervisor is responsible for two of the audit recommendations - what "
        "priority does each have?",
        "The Town Clerk is down for three items; are those done yet?",
    ],
)
def test_owner_said_to_hold_rows_asks_for_them(question: str) -> None:
    assert owner_has_rows(question, _IDX)
    assert owner_given_rows(question, _IDX)


@pytest.mark.parametrize(
    "question",
    [
        "The Depot Supervisor has a couple of recs in the fleet plan.",  # nothing asked of them
        "Does the Town Clerk hold several actions?",
        "When is the Depot Supervisor's fuel audit due?",
    ],
)
def test_no_owner_holding_rows(question: str) -> None:
    assert not owner_has_rows(question, _IDX)


@pytest.mark.parametrize(
    ("question", "holder"),
    [
        ("Did fleet fuel come up in both years of the council's reports?", "council"),
        ("What did each board's tracker say about the kiosk refit?", "board"),
        ("In the trust's 2024 follow-up, is the boiler survey done?", "trust"),
    ],
)
def test_holder_of_the_papers_is_no_topic_term(question: str, holder: str) -> None:
    terms = Reading(question=question, residual=question).terms([])
    assert holder not in terms and terms, terms


def test_possessive_of_a_row_stays_a_topic_term() -> None:
    question = "Has the contractor's performance come up in other reports?"
    assert "contractor" in Reading(question=question, residual=question).terms([])

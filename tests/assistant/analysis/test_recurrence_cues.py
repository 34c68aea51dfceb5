"""Recurrence read by structure: a quantifier over papers before a paper noun, or two years
both asked about; the cue's words are not the subject."""

from __future__ import annotations

import pytest

from assistant.analysis import NameIndex, analyse
from assistant.analysis.intent import intent_of
from assistant.analysis.recurrence import recurrence_cue


@pytest.mark.parametrize(
    "question",
    [
        "Is fleet safety criticised in more than one of the papers?",
        "Does depot security feature in several of these reports?",
        "Is tenant engagement discussed across the papers?",
        "Was the estates strategy a concern in each of the plans?",
        "Is flood risk raised in both reports?",
        "Was staff turnover an issue both in 2011 and in 2015?",
        "Did the fleet budget come up in 2012 as well as 2016?",
        "Was depot security a worry both around 2011 and in 2015?",
        # a paper is a body's: the bodies quantified, with 'at' or 'among'
        "Has duplicate payment of suppliers come up at more than one body",
        "Were gaps in the fixed asset register raised among several organisations?",
        "Is weak contract monitoring flagged at different bodies?",
        # 'of these papers' between the quantifier and the noun, a subject with 'and' before it
        "Are weaknesses in the cash and banking controls raised in more than one of these papers?",
    ],
)
def test_a_quantifier_over_papers_asks_for_recurrence(question: str) -> None:
    assert intent_of(question) == "recurring"


@pytest.mark.parametrize(
    ("question", "intent"),
    [
        ("How many recommendations in both reports are high priority?", "count"),
        ("List the actions across all the reports that are high priority", "list"),
        ("Which actions in each plan were revised?", "list"),
        ("What did the 2012 report say about fleet safety?", "lookup"),
        # a paper noun inside a body's name quantifies no papers: two tables of one paper
        ("Across both the Audit Office and ombudsman findings, which does the Clerk own?", "list"),
    ],
)
def test_a_list_or_count_over_papers_stays_one(question: str, intent: str) -> None:
    assert intent_of(question) == intent


def test_the_cue_takes_the_participle_before_it_not_the_subject() -> None:
    question = "Is fleet safety criticised in more than one of the papers?"
    assert recurrence_cue(question) == "criticised in more than one of the papers"


def test_the_cue_words_are_not_the_subject() -> None:
    q = analyse(
        "Is fleet safety criticised in more than one of the papers?", NameIndex.from_records([], [])
    )
    assert q.intent == "recurring" and q.terms == ["fleet", "safety"]
    q = analyse(
        "Was staff turnover an issue both in 2011 and in 2015?", NameIndex.from_records([], [])
    )
    assert q.intent == "recurring" and q.years == [2011, 2015]


@pytest.mark.parametrize(
    "question",
    [
        "Is tenant engagement something that keeps being raised?",
        "Has fleet safety kept getting flagged?",
        "Is depot security an issue that keeps on being criticised?",
        "Which worries do the inspectors keep being told about?",  # irregular participles
        "Has ferry maintenance kept getting brought up?",
        "What does the board keep getting shown about tenant arrears?",
    ],
)
def test_keeps_with_a_passive_asks_for_recurrence(question: str) -> None:
    assert intent_of(question) == "recurring"


@pytest.mark.parametrize(
    ("question", "terms"),
    [
        ("What problems keep getting flagged year after year?", []),
        ("What do inspectors keep getting shown about tenant arrears?", ["tenant", "arrears"]),
    ],
)
def test_the_participle_after_keep_being_is_no_subject(question: str, terms: list[str]) -> None:
    q = analyse(question, NameIndex.from_records([], []))
    assert q.intent == "recurring" and [t for t in q.terms if t != "inspectors"] == terms


@pytest.mark.parametrize(
    ("question", "intent"),
    [
        ("How often has tenant engagement been raised?", "recurring"),
        ("how often does depot security come up in the papers", "recurring"),
        ("How often is fleet safety an issue?", "recurring"),
        ("How often did the harbour board meet in 2009?", "lookup"),  # a frequency in the world
        ("how often does the depot committee sit", "lookup"),
        ("How often do the ferry wardens report to the council?", "lookup"),
    ],
)
def test_how_often_asks_for_recurrence_only_of_what_is_raised(question: str, intent: str) -> None:
    assert intent_of(question) == intent


@pytest.mark.parametrize(
    "question",
    [
        "Untested fire door checks: which bodies have had this finding?",
        "Which organisations were criticised over weak contract monitoring?",
        "Which bodies have a recommendation about members' declarations?",
        "Missing leaver forms - what other organisations have that problem?",
        "At which authorities was duplicate supplier payment found?",
    ],
)
def test_the_writers_asked_for_ask_across_the_papers(question: str) -> None:
    """'which bodies …': the subject followed across the papers of several bodies; the words
    asking for the bodies are no subject."""
    assert intent_of(question) == "recurring"
    q = analyse(question, NameIndex.from_records([], []))
    assert not {"bodies", "organisations", "authorities"} & set(q.terms)

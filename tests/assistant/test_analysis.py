"""Question analysis: intent, themes, time window, statuses, refs, fields, key terms."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.analysis import NameIndex, analyse
from assistant.answers.router import choose_route
from ingest.extract import extract
from ingest.loaders import load_document

SAMPLE = Path(__file__).resolve().parents[2] / "data" / "sample"


@pytest.fixture(scope="module")
def name_index() -> NameIndex:
    docs = [extract(load_document(p)) for p in sorted(SAMPLE.glob("*.txt"))]
    return NameIndex.from_records([d.info for d in docs], [r for d in docs for r in d.records])


@pytest.mark.parametrize(
    ("question", "intent", "route"),
    [
        ("Which partnership actions slipped since 2008?", "list", "register"),
        ("How many recommendations did the District Audit report make?", "count", "register"),
        ("Who is responsible for R18?", "lookup", "refs"),
        ("When is the HR policies action due?", "lookup", "field"),
        ("Why did the MPA need HR policies?", "explain", "passages"),
        ("How did partnership governance change between 2002 and 2017?", "compare", "compare"),
        ("Has risk management been a recurring weakness?", "recurring", "recurring"),
        ("What does the 2017 report say about strategic partnerships?", "lookup", "passages"),
        ("Did any partnership deadlines slip?", "lookup", "register"),
    ],
)
def test_intent_and_route(name_index: NameIndex, question: str, intent: str, route: str) -> None:
    q = analyse(question, name_index)
    assert q.intent == intent
    assert choose_route(q) == route


def test_slipped_partnership_since_2008(name_index: NameIndex) -> None:
    q = analyse("Which partnership actions slipped since 2008?", name_index)
    assert (q.themes, q.slipped, q.since, q.until, q.period) == (
        ["partnership"],
        True,
        2008,
        None,
        "since 2008",
    )
    assert q.terms == ["partnership"]


@pytest.mark.parametrize(
    ("question", "since", "until"),
    [
        ("before the 2009 budget", None, 2008),
        ("after 2009", 2010, None),
        ("between 2002 and 2008", 2002, 2008),
        ("from 2007 to 2009", 2007, 2009),
        ("what did the 2017 report say", 2017, 2017),
        ("until 2003", None, 2003),
    ],
)
def test_time_windows(
    name_index: NameIndex, question: str, since: int | None, until: int | None
) -> None:
    q = analyse(question, name_index)
    assert (q.since, q.until) == (since, until)


def test_due_windows(name_index: NameIndex) -> None:
    q = analyse("Which PURE recommendations are due in Q2 2009?", name_index)
    assert (q.due_from, q.due_to, q.since, q.until) == ("2009-04-01", "2009-06-30", None, None)
    q = analyse("Which actions are due by March 2009?", name_index)
    assert (q.due_from, q.due_to) == (None, "2009-03-31")
    q = analyse("Which 2007/08 action had its deadline moved from December 2008?", name_index)
    assert (q.revised_from, q.revised_to) == ("2008-12-01", "2008-12-31")
    assert q.documents == ["000_f60702f293bad3c1-txt"]


@pytest.mark.parametrize(
    ("question", "statuses"),
    [
        ("Which recommendations were completely met?", ["complete"]),
        ("Which were partially met?", ["partial"]),
        ("Which actions are still ongoing?", ["ongoing"]),
        ("Which actions are outstanding?", ["partial", "ongoing", "not_started"]),
        ("Which actions have not started?", ["not_started"]),
    ],
)
def test_statuses(name_index: NameIndex, question: str, statuses: list[str]) -> None:
    q = analyse(question, name_index)
    assert q.statuses == statuses
    assert not set(q.terms) & {"completely", "partially", "ongoing", "outstanding", "started"}


def test_refs_fields_documents_owner(name_index: NameIndex) -> None:
    q = analyse("What is the deadline for HMIC R4 and item 4?", name_index)
    assert q.refs == ["HMIC R4", "4"] and q.field == "due"
    q = analyse("How many recommendations in the District Audit report were met?", name_index)
    assert q.documents == ["004_8a3584b528f67d05-txt"]
    q = analyse("Which actions does the Director of Finance Services own?", name_index)
    assert q.owner == "Director of Finance Services"
    q = analyse("Which HMIC recommendations are ongoing?", name_index)
    assert q.section == "HMIC Inspection of Resource Leverage – MPS 2008 (Recommendations)"


def test_claims_and_terms(name_index: NameIndex) -> None:
    q = analyse("Why was the partnership toolkit cancelled?", name_index)
    assert [(c.kind, c.text) for c in q.claims] == [
        ("stopped", "cancelled")
    ] and "toolkit" in q.terms
    assert q.premise == "the partnership toolkit cancelled"
    q = analyse("Which actions were completed?", name_index)
    assert q.claims == [] and q.statuses == ["complete"]


@pytest.mark.parametrize(
    ("question", "intent"),
    [
        ("How many staff have had financial training?", "lookup"),
        ("How many recommendations did the District Audit make?", "count"),
        ("Which team takes the lead on the local command units?", "lookup"),
        ("Which of the HMIC areas for improvement have no date against them?", "list"),
        ("Do HR issues recur in the governance record?", "recurring"),
    ],
)
def test_intent_edges(name_index: NameIndex, question: str, intent: str) -> None:
    assert analyse(question, name_index).intent == intent


def test_names_filters_and_premises(name_index: NameIndex) -> None:
    q = analyse(
        "How many areas for improvement are in the HMIC Summary of Areas for Improvement?",
        name_index,
    )
    assert (
        q.section
        == "HMIC Inspection of Resource Leverage – MPS 2008 (Summary of Areas for Improvement)"
    )
    assert q.owner is None and q.themes == []
    q = analyse("Which District Audit recommendations were marked statutory?", name_index)
    assert (
        q.category == "Statutory" and q.documents == ["004_8a3584b528f67d05-txt"] and q.themes == []
    )
    q = analyse(
        "List the 2002 District Audit recommendations that were only moderately met.", name_index
    )
    assert q.degree == "moderately" and q.statuses == ["partial"]
    q = analyse("Which HMIC areas for improvement have no date against them?", name_index)
    assert q.no_due
    q = analyse(
        "Which 2015/16 AGS improvement areas does the report describe as a key risk?", name_index
    )
    assert q.themes == [] and "key" in q.terms
    q = analyse(
        "The MPA HR policies were delivered by their November 2008 deadline — when were the workshops held?",
        name_index,
    )
    assert (
        q.premise
        and [c.kind for c in q.claims] == ["complete", "complete"]
        and "november" not in q.terms
    )

"""Question analysis: intent, themes, time window, statuses, refs, fields, key terms."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.analysis import Catalogue, analyse
from assistant.router import choose_route
from ingest.extract import extract
from ingest.loaders import load_document

SAMPLE = Path(__file__).resolve().parents[2] / "data" / "sample"


@pytest.fixture(scope="module")
def catalogue() -> Catalogue:
    docs = [extract(load_document(p)) for p in sorted(SAMPLE.glob("*.txt"))]
    return Catalogue.from_records([d.info for d in docs], [r for d in docs for r in d.records])


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
def test_intent_and_route(catalogue: Catalogue, question: str, intent: str, route: str) -> None:
    q = analyse(question, catalogue)
    assert q.intent == intent
    assert choose_route(q) == route


def test_slipped_partnership_since_2008(catalogue: Catalogue) -> None:
    q = analyse("Which partnership actions slipped since 2008?", catalogue)
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
        ("actions due in 2009", 2009, 2009),
        ("before the 2009 budget", None, 2008),
        ("after 2009", 2010, None),
        ("between 2002 and 2008", 2002, 2008),
        ("from 2007 to 2009", 2007, 2009),
        ("what did the 2017 report say", 2017, 2017),
        ("until 2003", None, 2003),
    ],
)
def test_time_windows(
    catalogue: Catalogue, question: str, since: int | None, until: int | None
) -> None:
    q = analyse(question, catalogue)
    assert (q.since, q.until) == (since, until)


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
def test_statuses(catalogue: Catalogue, question: str, statuses: list[str]) -> None:
    q = analyse(question, catalogue)
    assert q.statuses == statuses
    assert not set(q.terms) & {"completely", "partially", "ongoing", "outstanding", "started"}


def test_refs_fields_documents_owner(catalogue: Catalogue) -> None:
    q = analyse("What is the deadline for HMIC R4 and item 4?", catalogue)
    assert q.refs == ["HMIC R4", "4"] and q.field == "due"
    q = analyse("How many recommendations in the District Audit report were met?", catalogue)
    assert q.documents == ["004_8a3584b528f67d05-txt"]
    q = analyse("Which actions does the Director of Finance Services own?", catalogue)
    assert q.owner == "Director of Finance Services"
    q = analyse("Which HMIC recommendations are ongoing?", catalogue)
    assert q.section == "HMIC Inspection of Resource Leverage – MPS 2008 (Recommendations)"


def test_claims_and_terms(catalogue: Catalogue) -> None:
    q = analyse("Why was the partnership toolkit cancelled?", catalogue)
    assert q.claims == ["cancelled"] and "toolkit" in q.terms
    q = analyse("Which actions were completed?", catalogue)
    assert q.claims == [] and q.statuses == ["complete"]

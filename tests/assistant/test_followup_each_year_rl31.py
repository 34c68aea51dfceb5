"""A follow-up asked of each of a body's papers ('what did each year's report give?') names
the body the turn before was about, so that every paper of it is asked (rl31)."""

from __future__ import annotations

import pytest

from assistant.antecedents import Previous
from assistant.each_year import asks_each_paper_of_body, each_paper_of_body
from ingest.model import DocumentInfo


def _paper(key: str, body: str, year: int) -> DocumentInfo:
    return DocumentInfo(
        id=key,
        filename=f"{key}.md",
        format="md",
        sha256=key,
        title=f"Tracker {year}",
        organisation=body,
        year=year,
    )


_PAPERS = [
    _paper("k1", "Kestrel Valley Water Board", 2022),
    _paper("k2", "Kestrel Valley Water Board", 2023),
    _paper("m1", "Mardon Parish Council", 2023),
]


def _previous(*ids: str) -> Previous:
    return Previous(
        standalone="How many items are open?", records=[], names=[], document_ids=list(ids)
    )


@pytest.mark.parametrize(
    "question",
    [
        "What completion figure did each year's paper give for the meter audit?",
        "and what did both years' reports say about it?",
        "How did the pump survey move across the years?",
        "What status did every tracker record for it?",
    ],
)
def test_asks_each_paper(question: str) -> None:
    assert asks_each_paper_of_body(question)


@pytest.mark.parametrize(
    "question",
    [
        "What is the status of each recommendation?",
        "What did the 2023 report say about it?",  # a year is named
        "Who owns the meter audit?",
    ],
)
def test_not_each_paper(question: str) -> None:
    assert not asks_each_paper_of_body(question)


def test_body_of_the_turn_before_named() -> None:
    asked = each_paper_of_body(
        "What did each year's report say about the meter audit?", _previous("k2"), _PAPERS
    )
    assert asked == (
        "What did each year's report say about the meter audit at Kestrel Valley Water Board?"
    )


def test_body_with_one_paper_or_several_bodies_left_alone() -> None:
    question = "What did each year's report say about the meter audit?"
    assert each_paper_of_body(question, _previous("m1"), _PAPERS) is None  # one paper only
    assert each_paper_of_body(question, _previous("k1", "m1"), _PAPERS) is None  # two bodies
    assert each_paper_of_body(question, None, _PAPERS) is None

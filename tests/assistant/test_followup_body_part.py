"""'Who chairs its committee?', 'when does their board meet?', 'who chairs that body's board?':
a possessive before a part of an organisation is the body whose paper the turn rested on,
not the row in focus nor its owner (made-up records, no index)."""

from __future__ import annotations

import pytest

from assistant.antecedents import Previous
from assistant.body_possessive import body_part
from tests.assistant.test_followup_owner_back import ONE, record

BODY = {"t1": "Lowmoor Water Board", "t2": "Other Trust"}


def organisation(document_id: str) -> str:
    return BODY.get(document_id, "")


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        (
            "who chairs its finance committee?",
            "who chairs Lowmoor Water Board's finance committee?",
        ),
        (
            "When did their trustees last meet?",
            "When did Lowmoor Water Board's trustees last meet?",
        ),
        (
            "and who is that body's chief executive?",
            "and who is Lowmoor Water Board's chief executive?",
        ),
        ("Who are the same authority's auditors?", "Who are Lowmoor Water Board's auditors?"),
    ],
)
def test_a_part_of_an_organisation_is_the_bodys(question: str, asked: str) -> None:
    assert body_part(question, ONE, organisation) == asked


@pytest.mark.parametrize(
    ("question", "previous"),
    [
        ("when is its deadline?", ONE),  # a row's column: the row's
        ("who is their line manager?", ONE),
        ("who chairs its committee?", Previous("x", [], [])),  # no paper in focus
    ],
)
def test_a_rows_column_or_no_body_is_left_alone(question: str, previous: Previous) -> None:
    assert body_part(question, previous, organisation) is None


def test_papers_of_two_bodies_name_no_one_body() -> None:
    other = record("X-1", "Clerk", id="t2:X-1")
    other = other.model_copy(update={"document": other.document.model_copy(update={"id": "t2"})})
    both = Previous("Which are late?", [ONE.records[0], other], ["WC-3", "X-1"])
    assert body_part("who chairs their board?", both, organisation) is None

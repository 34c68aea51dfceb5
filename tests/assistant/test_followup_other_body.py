"""'and Kingsford?', 'what about the Ashby council?', 'and for Corbridge?' after a question
that named its paper by its body: the same question, of the other body's paper (the names
read by a stand-in analyser; no index)."""

from __future__ import annotations

from typing import Any

import pytest

from assistant.analysis import QueryAnalysis
from assistant.antecedents import Previous
from assistant.paper_change import in_other_body
from ingest.model import ActionRecord, DocumentRef

# a stand-in for the analyser: the body names each paper answers to
NAMES = {
    "Ashby": "p1",
    "Ashby town": "p1",
    "Ashby town council": "p1",
    "the Ashby council": "p1",
    "Corbridge": "p2",
    "Corbridge Vale": "p2",
    "Pellham": "p3",
    "Pellham fire": "p3",
}


def analyse(text: str) -> QueryAnalysis:
    document = NAMES.get(text.strip())
    words = [] if document else [w.lower() for w in text.split() if w.islower()]
    return QueryAnalysis(
        question=text, intent="lookup", documents=[document] if document else [], terms=words
    )


def previous(question: str, document: str) -> Previous:
    paper = DocumentRef(id=document, title="Audit Tracker", filename=f"{document}.md")
    row: dict[str, Any] = {
        "id": f"{document}:1",
        "document": paper,
        "ref": "1",
        "ordinal": 1,
        "title": "Reconcile the bank",
        "source_text": "Reconcile the bank",
        "source_start": 0,
        "source_end": 18,
    }
    return Previous(question, [ActionRecord(**row)], ["item 1"])


@pytest.mark.parametrize(
    "last, document, follow_up, expected",
    [
        (
            "Does Ashby have any action not yet started?",
            "p1",
            "And Corbridge Vale?",
            "Does Corbridge Vale have any action not yet started?",
        ),
        (
            "Which Pellham fire actions are overdue?",
            "p3",
            "what about Ashby?",
            "Which Ashby actions are overdue?",
        ),
        (
            "Corbridge: which recommendations are complete?",
            "p2",
            "and for the Ashby council",
            "the Ashby council: which recommendations are complete?",
        ),
        (
            "Does Corbridge have any overdue actions?",
            "p2",
            "and Pellham?",
            "Does Pellham have any overdue actions?",
        ),
        (
            "How many actions does the Ashby town council hold?",
            "p1",
            "and Pellham?",
            "How many actions does the Pellham hold?",
        ),
    ],
)
def test_the_last_question_is_asked_of_the_other_body(
    last: str, document: str, follow_up: str, expected: str
) -> None:
    assert in_other_body(follow_up, previous(last, document), analyse) == expected


@pytest.mark.parametrize(
    "follow_up",
    [
        "and Corbridge's overdue ones?",  # asks something of its own
        "And Ashby?",  # the same body: nothing moves
        "and the lift action?",  # a subject, not a name
    ],
)
def test_not_a_bare_name_of_another_body(follow_up: str) -> None:
    assert (
        in_other_body(follow_up, previous("Which Ashby actions are late?", "p1"), analyse) is None
    )

"""A header word inside the words that describe a row is no field asked (issue 14): where a
paper heads its due column 'Target', its status column 'Review' or 'Progress', a row about a
target, a review or progress reporting is named by those words, and only a header in asking
position ('what is its target', 'the RAG for X', "X's review") asks for the column. Bodies
and rows are invented."""

from __future__ import annotations

import pytest

from assistant.analysis import NameIndex, analyse
from assistant.answers.router import choose_route
from ingest.model import ActionRecord, DocumentInfo


def _doc(key: str, organisation: str) -> DocumentInfo:
    return DocumentInfo(
        id=key,
        filename=f"{key}.xlsx",
        format="xlsx",
        sha256=key,
        title="Action tracker",
        organisation=organisation,
        date="2024-10-01",
        year=2024,
    )


_ROWS = [  # doc, ref, title, header of the held column, cell, field it holds
    ("council", "W1", "Set a target for household recycling rates", "Target", "31/03/2025", "due"),
    ("council", "W2", "Bin crews lack lone working devices", "Target", "30/06/2025", "due"),
    ("museum", "M1", "Commission an independent review of collections security", "Review", "Open", "status"),
    ("museum", "M2", "Volunteer handbook is out of date", "Review", "Closed", "status"),
    ("water", "L1", "Report progress on leak reduction to the board monthly", "Progress", "Amber", "status"),
    ("water", "L2", "Meter reading backlog is not tracked", "Progress", "Green", "status"),
    ("clinic", "K1", "Waiting list validation is not recorded", "Implementation date", "31/01/2025", "due"),
    ("clinic", "K2", "Consent forms lack a witness signature", "Implementation date", "28/02/2025", "due"),
]  # fmt: skip
_NORMAL = {"Open": "ongoing", "Closed": "complete", "Amber": "ongoing", "Green": "complete"}


def _index() -> NameIndex:
    docs = {
        "council": _doc("council", "Dunmere Borough Council"),
        "museum": _doc("museum", "Caddow Museums Trust"),
        "water": _doc("water", "Ellerby Water Board"),
        "clinic": _doc("clinic", "Penhallow Community Clinic"),
    }
    records = []
    for n, (doc, ref, title, header, cell, held) in enumerate(_ROWS, 1):
        records.append(
            ActionRecord(
                id=f"{doc}:{ref}",
                document=docs[doc].ref(),
                ref=ref,
                ordinal=n,
                title=title,
                status=_NORMAL.get(cell, "unknown"),
                status_text=cell if held == "status" else None,
                due_text=cell if held == "due" else None,
                owner="Head of Service",
                columns={"Ref": ref, "Action": title, header: cell, "Lead": "Head of Service"},
                source_text=title,
                source_start=0,
                source_end=len(title),
                year=2024,
            )
        )
    return NameIndex.from_records(list(docs.values()), records)


def test_the_papers_headers_hold_the_fields() -> None:
    held = _index().header_fields
    assert held["council"][("target",)] == "due"
    assert held["museum"][("review",)] == "status"
    assert ("progress",) not in held.get("water", {})  # the general word reads it already


@pytest.mark.parametrize(
    ("question", "word", "field"),
    [
        ("And the one on the review of collections security, who leads it?", "review", "status"),
        ("What about the target for household recycling at Dunmere?", "target", "due"),
        ("Ellerby: has the monthly progress report on leak reduction been done?", None, "progress"),
        ("Is the collections security review still going at Caddow?", "review", "status"),
    ],
)  # fmt: skip
def test_a_header_word_describing_the_row_is_the_subject(
    question: str, word: str | None, field: str
) -> None:
    q = analyse(question, _index())
    assert not q.header_named and field not in q.fields, (question, q.fields)
    assert word is None or word in q.terms, (question, q.terms)


@pytest.mark.parametrize(
    ("question", "field"),
    [
        ("Dunmere bin crews devices: what is its target?", "due"),
        ("what review stage has Caddow's volunteer handbook point reached", "status"),
        ("the progress for the meter reading backlog at Ellerby?", "progress"),
        ("Caddow volunteer handbook, and its review?", "status"),
    ],
)  # fmt: skip
def test_a_header_in_asking_position_asks_its_field(question: str, field: str) -> None:
    q = analyse(question, _index())
    assert q.fields == [field], (question, q.fields)


@pytest.mark.parametrize(
    "question",
    [
        "the waiting list validation point at Penhallow - what is its implementation date now",
        "What implementation date does the clinic's consent forms finding have?",
        "What is the implementation date for the consent forms witness signature finding at Penhallow?",
    ],
)
def test_a_date_header_holding_the_deadline_is_answered_from_the_register(question: str) -> None:
    q = analyse(question, _index())
    assert q.fields == ["due"] and q.header_named, (question, q.fields)
    assert choose_route(q) == "field", question

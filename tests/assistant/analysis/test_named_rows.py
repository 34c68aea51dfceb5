"""Rows asked for by the values the register holds, in the words members use: a person named
with or without the initials the paper writes ('Cllr Mbeki' for 'Cllr T. Mbeki'), what an
owner is 'named against' after a scoping clause, and what a log holds 'under' one of its
headings. The bodies and rows are invented."""

from __future__ import annotations

import pytest

from assistant.analysis import NameIndex, analyse
from assistant.analysis.names import owner_span
from ingest.model import ActionRecord, DocumentInfo

_DOC = DocumentInfo(
    id="dock",
    filename="dock.docx",
    format="docx",
    sha256="dock",
    title="Scrutiny Review Tracker",
    organisation="Westhaven Borough Council",
    date="2024-10-01",
    year=2024,
)
_ROWS = [  # ref, title, owner, heading
    ("WH1", "Publish the berth charges", "Cllr T. Mbeki / Harbour Master", "Harbour charges"),
    ("WH2", "Review the mooring waiting list", "Cllr T. Mbeki", "Harbour charges"),
    ("WH3", "Survey the sea wall", "Borough Engineer", "Coastal defence"),
    ("WH4", "Renew the flood gates", "Borough Engineer", "Coastal defence"),
]


def _index() -> NameIndex:
    records = [
        ActionRecord(
            id=f"dock:{ref}",
            document=_DOC.ref(),
            ref=ref,
            ordinal=n,
            title=title,
            owner=owner,
            category=heading,
            status="ongoing",
            status_text="In progress",
            columns={"Action": title, "Lead": owner, "Status": "In progress"},
            source_text=title,
            source_start=0,
            source_end=len(title),
            year=2024,
        )
        for n, (ref, title, owner, heading) in enumerate(_ROWS, 1)
    ]
    return NameIndex.from_records([_DOC], records)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("what does cllr mbeki lead", True),
        ("what does cllr t. mbeki lead", True),
        ("what does cllr t mbeki lead", True),
        ("what does cllr mbekiz lead", False),
    ],
)
def test_a_person_is_named_with_or_without_initials(text: str, found: bool) -> None:
    assert (owner_span(text, "Cllr T. Mbeki") is not None) is found


def test_a_single_name_keeps_its_initial() -> None:
    assert owner_span("the town hall roof", "R. Hall") is None


@pytest.mark.parametrize(
    "question",
    [
        "Westhaven: what is Cllr Mbeki named against?",
        "At Westhaven, what is Cllr T. Mbeki responsible for?",
    ],
)
def test_what_an_owner_is_named_against_lists_their_rows(question: str) -> None:
    q = analyse(question, _index())
    assert q.intent == "list", question
    assert q.owner == "Cllr T. Mbeki", question


def test_what_a_log_holds_under_a_heading_lists_its_rows() -> None:
    q = analyse("What's on the Westhaven tracker under coastal defence?", _index())
    assert q.intent == "list"
    assert q.category == "Coastal defence"


@pytest.mark.parametrize(
    "question",
    [
        "Looking at the Westhaven tracker, what actions concern the sea wall?",
        "For the borough council, what recommendations were made about flood gates?",
    ],
)
def test_what_rows_after_a_scoping_clause_are_listed(question: str) -> None:
    assert analyse(question, _index()).intent == "list", question

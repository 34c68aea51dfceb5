"""'What' placed with an owner asks for that owner's rows: "what's on the Bursar's plate in
the audit log?", 'what sits with the Head of Estates?', 'what falls to the Bursar?' list the
rows the owner holds, the noun of load ('plate') no subject word. A possessive that is no load
("what's in the Bursar's report?") asks of a thing, not of rows. Bodies and rows invented."""

from __future__ import annotations

import pytest

from assistant.analysis import NameIndex, analyse
from ingest.model import ActionRecord, DocumentInfo

_DOC = DocumentInfo(
    id="college",
    filename="college.docx",
    format="docx",
    sha256="college",
    title="Audit Actions Log",
    organisation="Pennick Agricultural College",
    date="2024-10-01",
    year=2024,
)
_ROWS = [("PC-1", "Livestock records", "Bursar"), ("PC-2", "Farm shop till checks", "Bursar"),
         ("PC-3", "Boundary fencing", "Head of Estates")]  # fmt: skip


def _index() -> NameIndex:
    records = [
        ActionRecord(
            id=f"college:{ref}",
            document=_DOC.ref(),
            ref=ref,
            ordinal=n,
            title=title,
            owner=owner,
            status="ongoing",
            columns={"Point": title, "Owner": owner},
            source_text=title,
            source_start=0,
            source_end=len(title),
            year=2024,
        )
        for n, (ref, title, owner) in enumerate(_ROWS, 1)
    ]
    return NameIndex.from_records([_DOC], records)


@pytest.mark.parametrize(
    ("question", "owner"),
    [
        ("What's on the Bursar's plate in the Pennick college log?", "Bursar"),
        ("what is still on the Head of Estates's desk?", "Head of Estates"),
        ("What sits with the Head of Estates in the Pennick audit log?", "Head of Estates"),
        ("what falls to the Bursar?", "Bursar"),
    ],
)  # fmt: skip
def test_what_placed_with_an_owner_lists_its_rows(question: str, owner: str) -> None:
    q = analyse(question, _index())
    assert q.intent == "list" and q.owner == owner, (question, q)
    assert not {"plate", "desk"} & set(q.terms), (question, q)


@pytest.mark.parametrize(
    "question",
    ["What's in the Bursar's report on livestock?", "What's on the farm shop till checks?"],
)
def test_what_placed_with_no_owner_or_no_load_is_no_list(question: str) -> None:
    assert analyse(question, _index()).intent != "list", question

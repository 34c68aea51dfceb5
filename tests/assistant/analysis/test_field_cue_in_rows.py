"""A word that asks for a field ('accountability', 'responsibility') inside the words that
describe a row is the row's subject, not the field asked (issue 14, right row and wrong field): any row whose
own description uses such a word can be named by it, whatever the paper's headers. Bodies and
rows are invented."""

from __future__ import annotations

import pytest

from assistant.analysis import NameIndex, analyse
from ingest.model import ActionRecord, DocumentInfo

_ROWS = [  # ref, title
    ("FS1", "Publish the minutes of the accountability forum on fleet safety"),
    ("FS2", "No leads named; responsibility for the flood wardens scheme is unclear"),
    ("FS3", "Depot fuel stock is not counted"),
]


def _index() -> NameIndex:
    doc = DocumentInfo(
        id="depot",
        filename="depot.xlsx",
        format="xlsx",
        sha256="depot",
        title="Action tracker",
        organisation="Ormsby Transport Trust",
        date="2024-10-01",
        year=2024,
    )
    records = [
        ActionRecord(
            id=f"depot:{ref}",
            document=doc.ref(),
            ref=ref,
            ordinal=n,
            title=title,
            status="ongoing",
            status_text="Open",
            owner="Depot Manager",
            columns={"Ref": ref, "Issue": title, "Status": "Open", "Owner": "Depot Manager"},
            source_text=title,
            source_start=0,
            source_end=len(title),
            year=2024,
        )
        for n, (ref, title) in enumerate(_ROWS, 1)
    ]
    return NameIndex.from_records([doc], records)


def test_rows_using_a_field_word_are_held_as_describable() -> None:
    rows = _index().header_rows["depot"]
    assert len(rows) == 2  # FS1 ('accountability'), FS2 ('responsibility'); not FS3


@pytest.mark.parametrize(
    "question",
    [
        "What came of publishing minutes of the accountability forum on fleet safety?",
        "What is happening about flood wardens scheme responsibility being unclear?",
    ],
)
def test_a_field_word_in_the_rows_words_asks_no_field(question: str) -> None:
    q = analyse(question, _index())
    assert "owner" not in q.fields, (question, q.fields)


def test_the_same_word_asking_still_asks_the_owner() -> None:
    q = analyse("Who is accountable for the fleet safety forum minutes?", _index())
    assert q.fields == ["owner"], q.fields

"""A body is named by the initials of its kind ('the ICB', 'IDB actions', 'the PFCC'), which
its paper may never write: they are read from the organisation's name. Bodies are invented."""

from __future__ import annotations

import pytest

from assistant.analysis import NameIndex, analyse
from assistant.analysis.bodies import body_initials
from ingest.model import ActionRecord, DocumentInfo


def _doc(key: str, organisation: str) -> DocumentInfo:
    return DocumentInfo(
        id=key,
        filename=f"{key}.pdf",
        format="pdf",
        sha256=key,
        title="Internal audit recommendations",
        organisation=organisation,
        date="2024-10-01",
        year=2024,
    )


_DOCS = [
    _doc("icb", "NHS Pellingham and Rode Integrated Care Board"),
    _doc("idb", "Marrowby Internal Drainage Board"),
    _doc("pfcc", "Office of the Police, Fire and Crime Commissioner for Hetherby"),
    _doc("ca", "Corrisford Combined Authority"),
]


def _index() -> NameIndex:
    records = [
        ActionRecord(
            id=f"{doc.id}:1",
            document=doc.ref(),
            ref="1",
            ordinal=1,
            title="Payroll checks",
            status="ongoing",
            status_text="Open",
            columns={"Finding": "Payroll checks", "Status": "Open"},
            source_text="Payroll checks",
            source_start=0,
            source_end=14,
            year=2024,
        )
        for doc in _DOCS
    ]
    return NameIndex.from_records(_DOCS, records)


def test_initials_of_a_bodys_kind() -> None:
    assert "icb" in body_initials("NHS Pellingham and Rode Integrated Care Board")
    assert "pfcc" in body_initials("Office of the Police, Fire and Crime Commissioner for Hetherby")
    assert "cca" in body_initials("Corrisford Combined Authority")
    assert body_initials("Hetherby Town Council") == ["htc"]  # no run of one word


@pytest.mark.parametrize(
    ("question", "documents"),
    [
        ("Which of the ICB's recommendations are still open?", ["icb"]),
        ("how many IDB actions are open", ["idb"]),
        ("What has the PFCC got open on payroll checks?", ["pfcc"]),
        ("who owns the payroll point at the CCA", ["ca"]),
    ],
)  # fmt: skip
def test_a_body_is_named_by_its_initials(question: str, documents: list[str]) -> None:
    assert analyse(question, _index()).documents == documents, question

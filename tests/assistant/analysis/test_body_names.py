"""Other bodies' papers are named the way members shorten a body's name ('Pellingham', 'the
health trust', 'the college', 'Hetherby's'). The bodies and rows are invented."""

from __future__ import annotations

import pytest

from assistant.analysis import NameIndex, analyse
from assistant.analysis.bodies import body_phrases
from ingest.model import ActionRecord, DocumentInfo


def _doc(key: str, organisation: str, title: str) -> DocumentInfo:
    return DocumentInfo(
        id=key,
        filename=f"{key}.docx",
        format="docx",
        sha256=key,
        title=title,
        organisation=organisation,
        date="2024-10-01",
        year=2024,
    )


_DOCS = [
    _doc("trust", "Pellingham and Rode Community Health Trust", "Audit Points Tracker"),
    _doc("college", "Corrisford Sixth Form College", "Funding Assurance Follow-up"),
    _doc("council", "Hetherby Town Council", "Internal Audit Actions"),
    _doc("fire", "Marrowby Valley Fire and Rescue Authority", "Audit Log"),
]
_ROWS = {  # doc -> (ref, title, status as written)
    "trust": [("PH-1", "Payroll overpayments", "Red"), ("PH-2", "Ligature checks", "Amber"),
              ("PH-3", "Training records", "Green"), ("PH-4", "Bank staff rates", "Red")],
    "college": [("C1", "Learner agreements", "Open"), ("C2", "Attendance checks", "Overdue"),
                ("C3", "Backups tested", "Closed")],
    "council": [("A1", "Bank reconciliation", "Not met"), ("A2", "VAT claims", "Partly met"),
                ("A3", "Asset register", "Met")],
    "fire": [("F1", "Fleet checks", "Complete"), ("F2", "Fuel cards", "In progress")],
}  # fmt: skip
_NORMAL = {"Red": "not_started", "Amber": "ongoing", "Green": "complete", "Open": "ongoing",
           "Overdue": "ongoing", "Closed": "complete", "Not met": "not_started",
           "Partly met": "partial", "Met": "complete", "Complete": "complete",
           "In progress": "ongoing"}  # fmt: skip


def _index() -> NameIndex:
    records = []
    for doc in _DOCS:
        for n, (ref, title, said) in enumerate(_ROWS[doc.id], 1):
            records.append(
                ActionRecord(
                    id=f"{doc.id}:{ref}",
                    document=doc.ref(),
                    ref=ref,
                    ordinal=n,
                    title=title,
                    status=_NORMAL[said],
                    status_text=said,
                    columns={"Audit point": title, "Status": said},
                    source_text=title,
                    source_start=0,
                    source_end=len(title),
                    year=2024,
                )
            )
    return NameIndex.from_records(_DOCS, records)


@pytest.mark.parametrize(
    ("question", "documents"),
    [
        ("Which Pellingham audit points are still open?", ["trust"]),
        ("who owns the payroll point at the health trust", ["trust"]),
        ("How many actions does the college have?", ["college"]),
        ("corrisford: what is outstanding", ["college"]),
        ("Has the town council closed its bank reconciliation action?", ["council"]),
        ("List Hetherby's actions", ["council"]),
        ("Which actions of the fire authority are complete?", ["fire"]),
        ("What has Marrowby done about fleet checks?", ["fire"]),
    ],
)  # fmt: skip
def test_a_paper_is_named_by_its_body_in_short(question: str, documents: list[str]) -> None:
    assert analyse(question, _index()).documents == documents


def test_a_short_name_two_bodies_share_names_neither() -> None:
    docs = [
        *_DOCS,
        _doc("trust2", "Ostley Ambulance Service NHS Trust", "Internal Audit Tracker"),
    ]
    index = NameIndex.from_records(docs, [])
    assert analyse("Which actions of the trust are overdue?", index).documents == []
    assert analyse("Which Ostley actions are overdue?", index).documents == ["trust2"]
    assert "the trust" in body_phrases("Ostley Ambulance Service NHS Trust")
    assert body_phrases("MPS") == []  # an acronym is a name already


def test_a_run_of_a_body_s_words_outranks_another_body_s_pair() -> None:
    docs = [
        _doc("amb", "Ostley Ambulance Service NHS Trust", "Tracker"),
        _doc("mh", "Brindle NHS Foundation Trust", "Plan"),
    ]
    index = NameIndex.from_records(docs, [])
    # 'NHS Trust' runs in the first name, and is only a pair of words of the second
    assert analyse("Which actions of the NHS Trust are late?", index).documents == ["amb"]
    assert analyse("Which Brindle Trust actions are late?", index).documents == ["mh"]

"""Bodies named with a number take the possessive like any name ('Quarry Trust 2's
actions'); an owner written with a common short form of its words ('the ops manager') and its
bracketed remit said after it ('for the weighbridges') is the owner held. Rows invented."""

from __future__ import annotations

import pytest

from assistant.analysis import NameIndex, analyse
from assistant.analysis.owner_forms import shortened
from ingest.model import ActionRecord, DocumentInfo

_OWNERS = ["Operations Manager (Weighbridges)", "Finance Manager", "Head of Quarry Services"]


def _index() -> NameIndex:
    docs = [
        DocumentInfo(
            id=f"q{n}",
            filename=f"q{n}.pdf",
            format="pdf",
            sha256=f"q{n}",
            title="Audit actions: position statement",
            organisation=f"Brindle Edge Quarry Trust {n}",
            date="2025-03-01",
            year=2025,
        )
        for n in (1, 2, 3)
    ]
    records = [
        ActionRecord(
            id=f"q{n}:QT{n}.{k}",
            document=doc.ref(),
            ref=f"QT{n}.{k}",
            ordinal=k,
            title=f"Blasting log {k} is not countersigned",
            owner=owner,
            status="ongoing",
            status_text="Open",
            source_text="x",
            source_start=0,
            source_end=1,
            year=2025,
        )
        for n, doc in enumerate(docs, 1)
        for k, owner in enumerate(_OWNERS, 1)
    ]
    return NameIndex.from_records(docs, records)


@pytest.mark.parametrize("n", [1, 2, 3])
def test_a_numbered_bodys_possessive_names_its_paper(n: int) -> None:
    q = analyse(f"How many of Brindle Edge Quarry Trust {n}'s actions are open?", _index())
    assert q.documents == [f"q{n}"]


@pytest.mark.parametrize(
    "question",
    [
        "Which of Quarry Trust 2's actions sit with the ops manager for the weighbridges?",
        "How many actions at Quarry Trust 3 are the Ops Mgr's?",
    ],
)
def test_an_owner_in_short_form_with_its_remit_is_the_owner_held(question: str) -> None:
    q = analyse(question, _index())
    assert q.owner == "Operations Manager (Weighbridges)", question
    assert not {"ops", "mgr", "weighbridges"} & set(q.terms), q.terms


def test_a_short_form_of_no_owners_word_names_none() -> None:
    assert shortened("which actions does the ops director hold?", _OWNERS) is None

"""Bodies named by their kind (rc42): a kind several bodies end their names with ('fire and
rescue authority') names the papers of all of them, and a kind coordinated with another ('the
parish and town council papers') names the papers of both kinds."""

from __future__ import annotations

import pytest

from assistant.analysis import analyse
from assistant.analysis.names import NameIndex
from ingest.model import DocumentInfo


def _doc(doc_id: str, title: str, org: str) -> DocumentInfo:
    return DocumentInfo(
        id=doc_id,
        filename=f"{doc_id}.pdf",
        format="pdf",
        sha256=doc_id,
        title=title,
        organisation=org,
        date="2021-06-30",
        year=2021,
    )


def _index() -> NameIndex:
    documents = [
        _doc("p1", "Internal audit report: action taken", "Wexley Parish Council"),
        _doc("t1", "Internal auditor's recommendations", "Dunmore Town Council"),
        _doc("f1", "Internal Audit Tracker", "Hartmoor Fire and Rescue Authority"),
        _doc("f2", "Audit Recommendations Update", "Selbury Fire and Rescue Authority"),
        _doc("d1", "Follow-up of Audit Recommendations", "Ormsby District Council"),
    ]
    return NameIndex.from_records(documents, [])


@pytest.mark.parametrize(
    "question",
    [
        "In the fire and rescue authority papers, which actions are overdue?",
        "Which actions of the fire and rescue authorities are overdue?",
        "what have the fire and rescue authorities got on payroll?",
    ],
)
def test_a_kind_several_bodies_share_names_all_their_papers(question: str) -> None:
    assert sorted(analyse(question, _index()).documents) == ["f1", "f2"]


@pytest.mark.parametrize(
    "question",
    [
        "In the parish and town council papers, which actions fall to the clerk?",
        "which actions do the town or parish councils give the clerk?",
        "In the parish and town councils, what is overdue?",
    ],
)
def test_a_coordinated_kind_names_the_papers_of_both_kinds(question: str) -> None:
    assert sorted(analyse(question, _index()).documents) == ["p1", "t1"]


def test_one_body_s_own_name_still_names_only_its_papers() -> None:
    q = analyse("Which Hartmoor actions are overdue?", _index())
    assert q.documents == ["f1"]


def test_another_pair_of_coordinated_kinds() -> None:
    q = analyse("In the district and town council papers, what is overdue?", _index())
    assert sorted(q.documents) == ["d1", "t1"]

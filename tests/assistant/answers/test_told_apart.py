"""Two rows compared that read alike by name (the same ref in two bodies' papers) are told
apart by their paper's body, else its title, else its date: never 'B-02 … than B-02'."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from assistant.answers.support.recordtext import told_apart
from ingest.model import ActionRecord, DocumentInfo, DocumentRef


def _doc(doc_id: str, title: str, org: str | None, date: str) -> DocumentInfo:
    return DocumentInfo(
        id=doc_id,
        filename=f"{doc_id}.txt",
        format="txt",
        sha256=doc_id,
        title=title,
        organisation=org,
        date=date,
    )


def _record(ref: str, doc: DocumentInfo) -> ActionRecord:
    document = DocumentRef(id=doc.id, title=doc.title, filename=doc.filename, date=doc.date)
    data: dict[str, Any] = {
        "id": f"{doc.id}:{ref}",
        "document": document,
        "section": "Plan",
        "ref": ref,
        "ordinal": 1,
        "title": f"Action {ref}",
        "source_text": f"Action {ref}",
        "source_end": 9,
        "source_start": 0,
        "report_date": doc.date,
        "year": 2025,
    }
    return ActionRecord(**data)


def test_rows_of_one_name_are_told_apart_by_body() -> None:
    two = _doc("s2", "Audit follow-up", "Archives Service 2", "2025-03-01")
    three = _doc("s3", "Audit follow-up", "Archives Service 3", "2025-03-01")
    records = [_record("B-02", two), _record("B-02", three)]
    names = told_apart(records, SimpleNamespace(documents=[two, three]))
    assert names == {"s2:B-02": "B-02 (Archives Service 2)", "s3:B-02": "B-02 (Archives Service 3)"}


def test_one_bodys_papers_are_told_apart_by_title_else_date() -> None:
    plan = _doc("p1", "Action Plan 2023", "Canal Board", "2023-06-01")
    update = _doc("p2", "Action Plan Update", "Canal Board", "2024-06-01")
    names = told_apart(
        [_record("4", plan), _record("4", update)], SimpleNamespace(documents=[plan, update])
    )
    assert set(names.values()) == {"item 4 (Action Plan 2023)", "item 4 (Action Plan Update)"}
    same = _doc("p3", "Action Plan 2023", "Canal Board", "2024-06-01")
    names = told_apart(
        [_record("4", plan), _record("4", same)], SimpleNamespace(documents=[plan, same])
    )
    assert set(names.values()) == {"item 4 (2023-06-01)", "item 4 (2024-06-01)"}


def test_rows_of_different_names_keep_their_names() -> None:
    plan = _doc("p1", "Action Plan 2023", "Canal Board", "2023-06-01")
    names = told_apart([_record("4", plan), _record("5", plan)], SimpleNamespace(documents=[plan]))
    assert names == {"p1:4": "item 4", "p1:5": "item 5"}

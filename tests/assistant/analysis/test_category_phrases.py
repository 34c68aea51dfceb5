"""Words that head table rows in one paper (a sub-heading, its rows' category) and stand in
another paper's title name neither paper alone: 'the harbour board's internal auditor' names
the harbour board's paper by its body, not the other paper by 'internal audit'. Invented
papers only."""

from __future__ import annotations

from assistant.analysis import NameIndex, analyse
from ingest.model import ActionRecord, DocumentInfo


def _doc(doc_id: str, title: str, body: str) -> DocumentInfo:
    return DocumentInfo(
        id=doc_id,
        filename=f"{doc_id}.pdf",
        format="pdf",
        sha256=doc_id,
        title=title,
        organisation=body,
    )


def _row(doc: DocumentInfo, ref: str, title: str, category: str | None) -> ActionRecord:
    return ActionRecord(
        id=f"{doc.id}:{ref}",
        document=doc.ref(),
        ref=ref,
        ordinal=1,
        title=title,
        category=category,
        source_text=title,
        source_start=0,
        source_end=len(title),
    )


def _index(with_category: bool) -> NameIndex:
    titled = _doc("ports", "Internal Audit Recommendations Follow-up", "Westmere Ports Company")
    headed = _doc("police", "Joint Audit Committee Monitoring Report", "Marshby Police Office")
    harbour = _doc("harbour", "Audit Actions Progress Report", "Fenway Harbour Board")
    records = [
        _row(titled, "P1", "Payroll changes were not checked", None),
        _row(
            headed,
            "J1",
            "Seized cash should be banked",
            "Internal audit" if with_category else None,
        ),
        _row(harbour, "H1", "Drainage rate debts were not chased", None),
    ]
    return NameIndex.from_records([titled, headed, harbour], records)


def test_a_phrase_shared_with_another_papers_sub_heading_names_no_paper() -> None:
    alone = _index(with_category=False)
    assert alone.phrases.get("internal audit") is not None  # the title's own words
    shared = _index(with_category=True)
    assert "internal audit" not in shared.phrases
    q = analyse("What did the harbour board's internal auditor conclude?", shared)
    assert q.documents == ["harbour"]
    assert "auditor" in q.terms

"""A paper of an activity is named by its doer: 'the parish auditor's point' names the Parish
Audit report, as 'the parish audit's point' does ('-or' agent nouns). Invented papers only."""

from __future__ import annotations

from assistant.analysis import NameIndex, analyse
from ingest.model import ActionRecord, DocumentInfo


def _index() -> NameIndex:
    docs = [
        DocumentInfo(
            id="audit",
            filename="audit.docx",
            format="docx",
            sha256="a",
            title="Parish Audit Report 2021",
            organisation="Lowfield Parish Council",
        ),
        DocumentInfo(
            id="plan",
            filename="plan.docx",
            format="docx",
            sha256="p",
            title="Parish Grants Plan 2022",
            organisation="Lowfield Parish Council",
        ),
    ]
    title = "Publish the grants register"
    records = [
        ActionRecord(
            id=f"{doc.id}:1",
            document=doc.ref(),
            ref="1",
            ordinal=1,
            title=title,
            source_text=title,
            source_start=0,
            source_end=len(title),
        )
        for doc in docs
    ]
    return NameIndex.from_records(docs, records)


def test_a_doer_names_the_paper_of_its_activity() -> None:
    for question in (
        "Had the parish auditor's point on the grants register been met?",
        "What did the parish auditors say about the grants register?",
    ):
        q = analyse(question, _index())
        assert q.documents == ["audit"], question
        assert not {"auditor", "auditors"} & set(q.terms)

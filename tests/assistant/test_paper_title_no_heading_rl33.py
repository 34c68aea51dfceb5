"""A held paper's whole title in a question names that paper (even when two papers share it),
never a heading of rows or a topic: 'the Internal Audit Recommendations Tracker' is no filter on
a category 'Internal audit' (assistant.analysis.filters_read._read_paper_titles)."""

from __future__ import annotations

from typing import Any

from assistant.analysis.analyse import analyse
from assistant.analysis.names import NameIndex
from ingest.model import ActionRecord, DocumentInfo, DocumentRef


def _paper(pid: str, title: str, body: str) -> DocumentInfo:
    return DocumentInfo(
        id=pid, filename=f"{pid}.pdf", format="pdf", sha256=pid, title=title, organisation=body
    )


def _row(paper: DocumentInfo, ref: str, owner: str, category: str | None) -> ActionRecord:
    data: dict[str, Any] = {
        "id": f"{paper.id}:{ref}",
        "document": DocumentRef(id=paper.id, title=paper.title, filename=paper.filename),
        "section": "Actions",
        "ref": ref,
        "ordinal": 1,
        "title": "Reconcile the fuel cards",
        "owner": owner,
        "category": category,
        "source_text": "Reconcile the fuel cards",
        "source_start": 0,
        "source_end": 24,
    }
    return ActionRecord(**data)


FIRST = _paper("t1", "Internal Audit Recommendations Tracker", "Oxwell Fire Authority")
SECOND = _paper("t2", "Internal Audit Recommendations Tracker", "Brindle Fire Authority")
THIRD = _paper("t3", "Assurance Actions Update", "Quarry Housing")
INDEX = NameIndex.from_records(
    [FIRST, SECOND, THIRD],
    [
        _row(FIRST, "A1", "Treasurer", None),
        _row(SECOND, "B1", "Treasurer", None),
        _row(THIRD, "C1", "Treasurer", "Internal audit"),
    ],
)


def test_a_whole_paper_title_is_no_category_or_topic() -> None:
    q = analyse(
        "Which other actions in the Internal Audit Recommendations Tracker does the Treasurer own?",
        INDEX,
    )
    assert q.category is None
    assert not {"internal", "audit", "tracker"} & set(q.terms)


def test_the_category_named_in_its_own_words_is_still_read() -> None:
    q = analyse("Which internal audit actions does the Treasurer own?", INDEX)
    assert q.category == "Internal audit"

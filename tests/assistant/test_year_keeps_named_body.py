"""A year before a row's noun chooses that year's paper over a paper a name points to only
among one body's papers: a question naming one body's tracker keeps that tracker when the
year's paper is another body's."""

from __future__ import annotations

from assistant.analysis import analyse
from assistant.analysis.names import NameIndex
from ingest.model import DocumentInfo


def _doc(doc_id: str, title: str, org: str, year: int) -> DocumentInfo:
    return DocumentInfo(
        id=doc_id,
        filename=f"{doc_id}.docx",
        format="docx",
        sha256=doc_id,
        title=title,
        organisation=org,
        date=f"{year}-06-30",
        year=year,
    )


def _index() -> NameIndex:
    documents = [
        _doc("a19", "Governance Action Plan 2019", "Wexcombe Canal Trust", 2019),
        _doc("a21", "Annual Assurance Review", "Wexcombe Canal Trust", 2021),
        _doc("b21", "Recommendations Tracker", "Fennick Arts Council", 2021),
    ]
    return NameIndex.from_records(documents, [])


def test_a_year_moves_a_named_paper_to_its_own_bodys_paper_of_that_year() -> None:
    question = "Who owns the 2019 action on signage in the annual assurance review?"
    q = analyse(question, _index())
    assert q.documents == ["a19"]


def test_a_year_leaves_a_named_paper_of_another_body() -> None:
    question = "Who owns the 2019 recommendation on signage in the Fennick tracker?"
    q = analyse(question, _index())
    assert q.documents == ["b21"]

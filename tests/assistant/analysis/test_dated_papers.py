"""'The March 2009 MPA paper': a paper named by its month, year and body is found from the
documents' metadata (report date and organisation), even when its body wrote several papers
that year. The papers are invented."""

from __future__ import annotations

from assistant.analysis import NameIndex, analyse
from assistant.service import Assistant
from ingest.model import DocumentInfo


def _index() -> NameIndex:
    def doc(key: str, date: str, organisation: str) -> DocumentInfo:
        return DocumentInfo(
            id=key,
            filename=f"{key}.docx",
            format="docx",
            sha256=key,
            title="Committee report",
            organisation=organisation,
            date=date,
            year=int(date[:4]),
        )

    documents = [
        doc("march", "2009-03-12", "Ferrowby Police Authority (FPA)"),
        doc("june", "2009-06-20", "Ferrowby Police Authority (FPA)"),
        doc("other", "2009-03-30", "Ferrowby Fire Service (FFS)"),
    ]
    return NameIndex.from_records(documents, [])


def test_a_paper_is_named_by_month_year_and_body() -> None:
    assert analyse("What does the March 2009 FPA paper say?", _index()).documents == ["march"]
    assert analyse("What did the June 2009 FPA report decide?", _index()).documents == ["june"]
    assert analyse("What does the March 2009 FFS paper say?", _index()).documents == ["other"]


def test_a_year_after_the_papers_noun_names_the_paper(assistant: Assistant) -> None:
    for question in (
        "What were the main areas of concern in the District Audit report of 2002?",
        "list the recommendations in the progress summary of 2002",
    ):
        q = assistant.analyse(question)
        assert q.documents == ["004_8a3584b528f67d05-txt"], question
        assert q.since is None and q.until is None, question  # no window on the rows' dates
        found = assistant.ask(question)
        assert len(found.records) == 13, question  # every row, whatever its deadline's year

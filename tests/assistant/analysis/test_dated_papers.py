"""'The March 2009 MPA paper': a paper named by its month, year and body is found from the
documents' metadata (report date and organisation), even when its body wrote several papers
that year. The papers are invented."""

from __future__ import annotations

from assistant.analysis import NameIndex, analyse
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

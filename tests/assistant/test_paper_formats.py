"""A question names a paper by the form it came in ('the spreadsheet', 'the CSV', 'the Word
version', 'the scanned one'): the catalog's formats tell the papers apart."""

from __future__ import annotations

from assistant.analysis.analyse import analyse
from assistant.analysis.names import NameIndex
from assistant.analysis.paper_formats import papers_of_format
from ingest.model import DocumentInfo


def _doc(name: str, fmt: str, scanned: bool = False) -> DocumentInfo:
    return DocumentInfo(
        id=f"{name}-{fmt}",
        filename=f"{name}.{fmt}",
        format=fmt,
        sha256=name,
        title=f"Audit actions {name}",
        ocr_pages={1: 90.0} if scanned else {},
    )


PAPERS = [
    _doc("a1", "xlsx"),
    _doc("a2", "docx"),
    _doc("a3", "pdf"),
    _doc("a4", "pdf", scanned=True),
    _doc("a5", "csv"),
    _doc("a6", "html"),
]


def _named(question: str, said: frozenset[str] = frozenset()) -> list[str]:
    return papers_of_format(question, PAPERS, lambda w: w in said)[0]


def test_each_form_names_its_papers() -> None:
    assert _named("how many actions in the spreadsheet tracker are late?") == ["a1-xlsx"]
    assert _named("In the Excel one, who owns R4?") == ["a1-xlsx"]
    assert _named("what does the CSV say about R2?") == ["a5-csv"]
    assert _named("and in the Word version?") == ["a2-docx"]
    assert _named("which rows of the scanned log are open?") == ["a4-pdf"]
    assert _named("the web page's status for R1?") == ["a6-html"]
    assert _named("is R3 done according to the PDF?") == ["a3-pdf", "a4-pdf"]


def test_no_paper_is_named_by_a_form_that_tells_none_apart_or_a_word_the_rows_use() -> None:
    assert _named("who owns R4?") == []
    # 'word' in lower case is a word, not Microsoft Word
    assert _named("what is the word on R4?") == []
    # a row about a spreadsheet: the papers use the word, so it is a subject
    assert _named("who owns the payroll spreadsheet action?", said=frozenset({"spreadsheet"})) == []
    only_pdfs = [d for d in PAPERS if d.format == "pdf" and not d.ocr_pages]
    assert papers_of_format("what does the PDF say?", only_pdfs, lambda w: False) == ([], [])


def test_the_analysis_scopes_the_question_to_the_paper_so_named() -> None:
    index = NameIndex.from_records(PAPERS, [], {})
    q = analyse("How many actions in the spreadsheet tracker have a revised date?", index)
    assert q.documents == ["a1-xlsx"]
    assert "spreadsheet" not in q.terms

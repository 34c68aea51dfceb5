"""documents: unknown_period (years the record does not cover), document_facts (a named
paper's date or author) and overview (what a paper named alone records)."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest

from assistant.analysis import QueryAnalysis
from assistant.answers.composers import documents
from assistant.answers.context import AnswerContext
from assistant.service import Assistant
from tests.assistant.answers.conftest import (
    AGS_2007_08,
    DISTRICT_AUDIT_2002,
    DOCUMENTS,
    MOPAC_2017,
    MPS_2017,
    PERIOD,
    PURE_2008,
    check_abstained,
    check_answer,
    doc_id,
    sample_row,
    sample_text,
)

Analyse = Callable[[str], QueryAnalysis]
Context = Callable[[], AnswerContext]
ALL = [AGS_2007_08, MPS_2017, PURE_2008, MOPAC_2017, DISTRICT_AUDIT_2002]
TABLE_A = [
    "Strategic Planning Framework",
    "Change Governance",
    "Information Management",
    "Performance Management",
    "Budgetary Control",
    "Training & Development",
    "Commercial & Contract Controls",
    "Strategic Partnerships",
    "Assurance Framework",
    "Community Engagement & Public Access",
]


def test_unknown_period_says_which_periods_the_record_covers(
    assistant: Assistant, analyse: Analyse, context: Context
) -> None:
    q = analyse(
        "What were the governance issues in the 2006/07 Annual Governance Statement action plan?"
    )
    assert q.unknown_periods == ["2006/07"]
    assert not any("2006/07" in sample_text(stem) for stem in ALL)
    answer = documents.unknown_period(q, context())
    covered = sorted({d.period or str(d.year) for d in assistant.documents()})
    assert covered == ["2002", "2007/08", "2008", "2017"]
    check_abstained(answer, "does not cover 2006/07.", "It covers 2002, 2007/08, 2008, 2017.")


def test_document_facts_quotes_the_date_of_the_mopac_paper(
    assistant: Assistant, analyse: Analyse, context: Context
) -> None:
    q = analyse("On what date did the Audit Panel consider the MOPAC Governance Improvement Plan?")
    assert q.doc_field == "date" and q.documents == [doc_id(MOPAC_2017)]
    answer = check_answer(assistant, documents.document_facts(q, context()), "document")
    assert "Tuesday, 19 December 2017" in sample_text(MOPAC_2017).splitlines()
    assert answer.answer.startswith(
        "*MOPAC Governance Improvement Plan* is dated **Tuesday, 19 December 2017** [1]."
    )
    assert [c.quote for c in answer.citations] == ["Tuesday, 19 December 2017"]
    assert answer.coverage.matched == 1
    assert answer.coverage.line == (
        f"From the text of 1 document; searched {DOCUMENTS} documents ({PERIOD})."
    )


def test_document_facts_passes_on_the_date_of_an_event_the_paper_reports(
    assistant: Assistant, analyse: Analyse, context: Context
) -> None:
    """'hold its convening workshop' is not what the paper's masthead says: the date asked for
    is of something the paper reports, found in its passages, not the paper's own date."""
    q = analyse(
        "On what date will MOPAC hold its workshop with the auditors, according to the MOPAC "
        "Governance Improvement Plan?"
    )
    assert q.doc_field == "date" and q.documents == [doc_id(MOPAC_2017)]
    assert documents.document_facts(q, context()) is None


@pytest.mark.parametrize(
    "question",
    [
        "On what date will MOPAC hold its workshop, according to the MOPAC Governance "
        "Improvement Plan?",
        "In which month will MOPAC hold a workshop on governance statements?",
        "On what date is MOPAC going to hold the workshop on CIPFA guidance?",
    ],
)
def test_the_date_of_an_event_the_paper_reports_is_answered(
    assistant: Assistant, question: str
) -> None:
    """A light verb ('hold' a workshop) names no subject the dated sentence must share."""
    answer = assistant.ask(question)
    assert "16 January" in answer.answer and "19 December 2017" not in answer.answer


@pytest.mark.xfail(
    strict=True,
    reason="'the auditors' are named in the sentence only as the firm ('Grant Thornton'): the "
    "typed date check needs every subject word of a two-word subject, and nothing links the "
    "role to the firm's name",
)
def test_the_date_of_an_event_with_a_party_named_otherwise_is_answered(
    assistant: Assistant,
) -> None:
    answer = assistant.ask(
        "On what date will MOPAC hold its workshop with the auditors, according to the MOPAC "
        "Governance Improvement Plan?"
    )
    assert "16 January" in answer.answer


def test_document_facts_quotes_who_wrote_the_mopac_paper(
    assistant: Assistant, analyse: Analyse, context: Context
) -> None:
    q = analyse(
        "Who wrote the MOPAC Governance Improvement Plan report for the December 2017 Audit Panel?"
    )
    assert q.doc_field == "author"
    answer = check_answer(assistant, documents.document_facts(q, context()), "document")
    lines = sample_text(MOPAC_2017).splitlines()
    by = "Report by: The Chief Financial Officer, MOPAC"
    author = "Report author: Siobhan Peters, Chief Finance Officer, MOPAC"
    assert by in lines and author in lines
    assert answer.answer.startswith(
        f"*MOPAC Governance Improvement Plan*: “{by}” [1]; “{author}” [2]."
    )
    assert [c.quote for c in answer.citations] == [by, author]
    assert {c.document.id for c in answer.citations} == {doc_id(MOPAC_2017)}


def test_overview_summarises_a_paper_named_alone_by_its_actions(
    assistant: Assistant, analyse: Analyse, context: Context
) -> None:
    q = analyse("What did the 2017 MPS governance report find?")
    assert q.documents == [doc_id(MPS_2017)] and not q.terms and not q.themes
    answer = check_answer(assistant, documents.overview(q, context()), "document")
    for n, title in enumerate(TABLE_A, start=1):  # Table A of the paper, as on disk
        assert sample_row(MPS_2017, str(n), "Table A").startswith(f"{n}.\t{title}\t")
    assert [r.title for r in answer.records] == TABLE_A
    assert "*MPS Governance Report (2017)* records **10 actions** (10 ongoing):" in answer.answer
    for n, title in enumerate(TABLE_A[:8], start=1):
        assert re.search(
            rf"^- item {n}: {re.escape(title)} \(ongoing\) \[\d+\]$", answer.answer, re.M
        )
    assert "- …and 2 more (in `records`)" in answer.answer
    assert answer.answer.startswith(
        "*MPS Governance Report (2017)* opens:\n- This report provides an assessment"
    )
    assert {c.document.id for c in answer.citations} == {doc_id(MPS_2017)}
    assert answer.coverage.matched == 10
    assert answer.coverage.line == (
        f"10 actions from 1 named document; ask about a subject for more detail; searched "
        f"{DOCUMENTS} documents ({PERIOD})."
    )


def test_overview_of_a_paper_without_actions_quotes_its_opening(
    assistant: Assistant, analyse: Analyse, context: Context
) -> None:
    q = analyse("Tell me about the MOPAC Governance Improvement Plan.")
    answer = check_answer(assistant, documents.overview(q, context()), "document")
    assert answer.records == [] and answer.answer.startswith(
        "*MOPAC Governance Improvement Plan (2017)* opens:"
    )
    said = "This report outlines the progress MOPAC has made since the last meeting of the Audit Panel."
    assert said in sample_text(MOPAC_2017)
    assert f"- {said} [" in answer.answer
    assert answer.coverage.line.startswith("0 actions from 1 named document;")


def test_overview_passes_on_a_question_with_a_subject(analyse: Analyse, context: Context) -> None:
    q = analyse("What did the 2017 MPS governance report find about partnerships?")
    assert q.documents == [doc_id(MPS_2017)] and (q.terms or q.themes)
    assert documents.overview(q, context()) is None
    # and a question naming no document is not an overview either
    q = analyse("What has the MPS done to better publicise its whistle-blowing arrangements?")
    assert documents.overview(q.model_copy(update={"terms": [], "themes": []}), context()) is None

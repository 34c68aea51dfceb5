"""records.by_ref (records named by ref) and records.by_field (the one record a field question
describes)."""

from __future__ import annotations

from collections.abc import Callable

from assistant.analysis import QueryAnalysis
from assistant.answers.composers import records
from assistant.answers.context import AnswerContext
from assistant.service import Assistant
from tests.assistant.answers.conftest import (
    DISTRICT_AUDIT_2002,
    DOCUMENTS,
    PERIOD,
    PURE_2008,
    RECORDS,
    check_abstained,
    check_answer,
    doc_id,
    record_id,
    sample_row,
)

Analyse = Callable[[str], QueryAnalysis]
Context = Callable[[], AnswerContext]


def test_by_ref_gives_the_owner_of_r21(
    assistant: Assistant, analyse: Analyse, context: Context
) -> None:
    q = analyse("Who is responsible for R21?")
    answer = check_answer(assistant, records.by_ref(q, context()), "refs")
    owner = "Head of Pay and Benefits"
    assert f"\t{owner}\t" in sample_row(PURE_2008, "R21", "AUDIT COMMISSION")
    assert [r.id for r in answer.records] == [record_id(PURE_2008, "R21")]
    assert answer.answer.startswith(
        f"**R21** (MPS Action Plan for PURE/SRL (2008)) is owned by **{owner}** [1]."
    )
    assert answer.citations[0].quote == owner and answer.citations[0].ref == "R21"
    assert answer.coverage.line == (
        f"1 of {RECORDS} actions match (R21); searched {DOCUMENTS} documents, {PERIOD}."
    )


def test_by_ref_passes_on_refs_that_are_in_other_documents(
    assistant: Assistant, analyse: Analyse, context: Context
) -> None:
    q = analyse("In the District Audit report, who owns R21?")
    assert q.refs == ["R21"] and q.documents == [doc_id(DISTRICT_AUDIT_2002)]
    holders = {r.document.id for r in assistant.register.all() if r.ref == "R21"}
    assert holders == {doc_id(PURE_2008)}  # the District Audit report stops at R13
    assert records.by_ref(q, context()) is None


def test_by_ref_abstains_on_a_ref_no_document_has_and_gives_the_ranges(
    analyse: Analyse, context: Context
) -> None:
    answer = records.by_ref(analyse("Who is responsible for R99?"), context())
    check_abstained(
        answer,
        "an action numbered R99.",
        "R1–R27 and HMIC R1–HMIC R5 in MPS Action Plan for PURE/SRL (2008)",
        "R1–R13 in Action Plan Progress Summary: District Audit Report",
    )


def test_by_field_finds_the_staff_appraisal_lead_and_degree(
    assistant: Assistant, analyse: Analyse, context: Context
) -> None:
    q = analyse(
        "District Audit action plan: who is the lead for the staff appraisal recommendation "
        "and to what degree had it been met?"
    )
    answer = check_answer(assistant, records.by_field(q, context()), "field")
    row = sample_row(DISTRICT_AUDIT_2002, "R6")
    assert row.startswith("R6\tStaff appraisal process") and "\tACHR\t" in row
    assert row.endswith("Recommendation met: significantly")
    assert [r.id for r in answer.records] == [record_id(DISTRICT_AUDIT_2002, "R6")]
    assert "is owned by **ACHR** [1]" in answer.answer
    assert "Status: partial (“Recommendation met: significantly”) [2]" in answer.answer
    quotes = [c.quote for c in answer.citations]  # the two asked, then the row's card
    assert len(quotes) > 2 and quotes[0].endswith("\tACHR")  # widened: "ACHR" recurs
    assert "\n\nRest of the row — " in answer.answer
    assert quotes[1].endswith("Recommendation met: significantly")
    assert answer.coverage.line == (
        f"1 of {RECORDS} actions match (R6); searched {DOCUMENTS} documents, {PERIOD}."
    )


def test_by_field_passes_on_a_question_no_record_is_clearly_about(
    assistant: Assistant, analyse: Analyse, context: Context
) -> None:
    q = analyse("Who is responsible for the Audit Panel?")
    assert q.fields == ["owner"] and q.terms == ["panel"]
    # 'panel' is in the covering reports' prose, never in an action record
    assert not [r for r in assistant.register.all() if "panel" in r.source_text.lower()]
    assert records.by_field(q, context()) is None
    # and with no topic word any chunk uses, there is nothing to look a record up by
    unknown = analyse("When is the body-worn camera rollout due?")
    assert records.by_field(unknown, context()) is None


def test_which_is_due_later_is_stated_from_the_deadlines(
    assistant: Assistant, analyse: Analyse, context: Context
) -> None:
    """The deadlines are compared by the code, not just listed: R18 'Q2 2009' is later than
    R25 'Q4 2008-09' (the fourth quarter of the 2008-09 financial year)."""
    assert "\tQ2 2009" in sample_row(PURE_2008, "R18", "AUDIT COMMISSION")
    assert "Q4 2008-09" in sample_row(PURE_2008, "R25", "AUDIT COMMISSION")
    later = check_answer(
        assistant, records.by_ref(analyse("Which is due later, R18 or R25?"), context()), "refs"
    )
    assert later.answer.startswith(
        "**R18 is due later than R25** (R18: Q2 2009 (30 June 2009) [1]; "
        "R25: Q4 2008-09 (31 March 2009) [2])."
    )
    assert [c.quote.split("\t")[-1] for c in later.citations[:2]] == ["Q2 2009", "Q4 2008-09"]
    sooner = check_answer(
        assistant, records.by_ref(analyse("Is R18 or R25 due sooner?"), context()), "refs"
    )
    assert sooner.answer.startswith("**R25 is due sooner than R18**")
    plain = check_answer(
        assistant, records.by_ref(analyse("Who owns R18 and R25?"), context()), "refs"
    )
    assert "is due later" not in plain.answer and "is due earlier" not in plain.answer


def test_refs_held_by_several_papers_are_those_of_the_year_named(
    analyse: Analyse, context: Context
) -> None:
    both = {doc_id(PURE_2008), doc_id(DISTRICT_AUDIT_2002)}
    for question in (
        "Compare the deadlines of R6 and R7 in the 2002 report",
        "In the 2002 report, which had the later timescale, R6 or R7?",
        "what did the 2002 paper say about R7",
    ):
        q = analyse(question)
        assert q.since == q.until == 2002 and not q.documents, question
        found = records.resolve_refs(q, context())
        assert {r.document.id for r in found} == {doc_id(DISTRICT_AUDIT_2002)}, question
    unscoped = records.resolve_refs(analyse("Who owns R6?"), context())
    assert {r.document.id for r in unscoped} == both  # no year named: every paper's R6

"""Questions answered from the record in its own spellings and its own text (issue 14, LK):
a compound the question writes another way, an acronym, a named record's detail in its own
text, an empty owner cell, whether a deadline moved, and a sentence a break cut."""

from __future__ import annotations

from collections.abc import Callable

from assistant.analysis import QueryAnalysis
from assistant.answers.composers import records
from assistant.answers.context import AnswerContext
from assistant.answers.support.linking import acronyms_of, linked
from assistant.service import Assistant
from tests.assistant.answers.conftest import (
    AGS_2007_08,
    DISTRICT_AUDIT_2002,
    PURE_2008,
    check_answer,
    record_id,
    sample_text,
)

Analyse = Callable[[str], QueryAnalysis]
Context = Callable[[], AnswerContext]


def test_a_compound_written_open_is_respelt_as_the_record_writes_it(
    analyse: Analyse, context: Context
) -> None:
    assert "contracts database" in sample_text(AGS_2007_08)
    q = analyse("Who owns the action on the contracts data base in the 2007/08 AGS plan?")
    assert {"data", "base"} <= set(q.terms)
    respelt = linked(q, context())
    assert "database" in respelt.terms and "base" not in respelt.terms
    closed = linked(analyse("What is on the contracts database?"), context())
    assert "database" in closed.terms  # the record's own spelling is left alone


def test_the_open_compound_question_finds_the_record(assistant: Assistant) -> None:
    answer = assistant.ask(
        "Who owns the action on the contracts data base in the 2007/08 AGS plan?"
    )
    assert answer.route == "field"
    assert [r.id for r in answer.records] == [record_id(AGS_2007_08, "1.1")]
    assert "contracts database" in answer.answer


def test_a_name_the_papers_define_by_acronym_is_linked(context: Context) -> None:
    assert "Inspection Liaison & Analysis Unit (ILAU)" in sample_text(DISTRICT_AUDIT_2002)
    assert acronyms_of(context())["ILAU"] == "Inspection Liaison & Analysis Unit"


def test_a_named_record_s_own_text_answers_what_its_columns_do_not(
    assistant: Assistant, analyse: Analyse, context: Context
) -> None:
    q = analyse(
        "For R2 in the PURE plan, where will the annual audit letters be made available, and "
        "after approval by whom?"
    )
    answer = check_answer(assistant, records.by_ref(q, context()), "refs")
    assert "Progress: “Annual Audit letters will also be made available on the web site" in (
        answer.answer
    )
    assert "Corporate Governance Committee" in answer.answer


def test_an_empty_owner_cell_gives_the_party_the_row_names(
    assistant: Assistant, analyse: Analyse, context: Context
) -> None:
    assert "This is an issue for the Home Office and HMIC." in sample_text(PURE_2008)
    q = analyse("Who is responsible for HMIC R3 in the PURE plan?")
    answer = check_answer(assistant, records.by_ref(q, context()), "refs")
    assert "This is an issue for the Home Office and HMIC." in answer.answer
    assert answer.citations


def test_an_acronym_the_papers_hardly_use_is_asked_by_its_full_name(
    analyse: Analyse, context: Context
) -> None:
    assert "the Service Improvement Board (SIB)" in sample_text(AGS_2007_08)
    q = analyse("What has the SIB taken over?")
    assert "sib" in q.terms
    respelt = linked(q, context()).terms
    assert {"service", "improvement", "board"} <= set(respelt) and "sib" not in respelt
    # the name written out in many places keeps its words
    kept = linked(analyse("What did the Service Improvement Board oversee?"), context()).terms
    assert "sib" not in kept and "improvement" in kept


def test_whether_a_deadline_changed_is_answered_either_way(
    assistant: Assistant, analyse: Analyse, context: Context
) -> None:
    kept = analyse("Is the deadline of R18 in the PURE plan still the original one?")
    assert "due" in kept.fields
    answer = check_answer(assistant, records.by_ref(kept, context()), "refs")
    assert "is due **Q2 2009 (30 June 2009)**" in answer.answer
    assert "The record gives no earlier or revised deadline for it." in answer.answer
    moved = analyse("Is the deadline of item 2 of the 2007/08 AGS action plan the original one?")
    answer = check_answer(assistant, records.by_ref(moved, context()), "refs")
    assert "revised from November 2008" in answer.answer
    assert "no earlier or revised deadline" not in answer.answer


def test_a_sentence_a_break_cut_is_quoted_on_to_its_end(assistant: Assistant) -> None:
    row = "Development of a Partnership Toolkit as part\tOngoing"
    assert row in sample_text(PURE_2008)  # the comment cell goes on after the page break
    answer = assistant.ask(
        "What does the PURE plan say about developing a partnership toolkit for consulting "
        "partners?"
    )
    line = next(x for x in answer.answer.splitlines() if "Partnership Toolkit as part" in x)
    assert "of the DRM Programme will assist managers in consulting with partners" in line

"""across_reports: recurrence and recurring_overview (issues across reports), counted ('which
had more') and by_records (a subject compared report by report)."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest

from assistant.analysis import QueryAnalysis
from assistant.answers.composers import across_reports, paper_counts
from assistant.answers.context import AnswerContext
from assistant.answers.model import Answer
from assistant.service import Assistant
from tests.assistant.answers.conftest import (
    AGS_2007_08,
    DISTRICT_AUDIT_2002,
    DOCUMENTS,
    MOPAC_2017,
    MPS_2017,
    PERIOD,
    PURE_2008,
    RECORDS,
    bullet_lines,
    check_answer,
    doc_id,
    ids_of,
    record_id,
    sample_row,
    sample_text,
)

Analyse = Callable[[str], QueryAnalysis]
Context = Callable[[], AnswerContext]
PURE = "AUDIT COMMISSION"
DA_LABEL = "Action Plan Progress Summary: District Audit Report on Policing and Performance Plan 2001/2 (2002)"
LABELS = {
    DISTRICT_AUDIT_2002: f"*{DA_LABEL}*",
    AGS_2007_08: "*Action Plan — Governance Issue 2007/08 (2007/08)*",
    PURE_2008: "*MPS Action Plan for PURE/SRL (2008)*",
    MPS_2017: "*MPS Governance Report (2017)*",
    MOPAC_2017: "*MOPAC Governance Improvement Plan (2017)*",
}
RECURRING = "Has partnership governance been a recurring weakness?"
OVERVIEW = "Which findings keep recurring?"
WHICH_MORE = "Which has more actions: the District Audit report or the 2017 MPS governance report?"
RISK = (
    "Compare how risk management was being addressed in the 2007/08 AGS, the 2008 PURE plan "
    "and the reports of 2017."
)


def _in_order(answer: Answer, stems: list[str]) -> None:
    """The documents' headings appear, and in this order (oldest report first)."""
    where = [answer.answer.find(LABELS[stem]) for stem in stems]
    assert -1 not in where, (stems, where)
    assert where == sorted(where), answer.answer


def _cited_documents(answer: Answer, line: str) -> set[str]:
    by_n = {c.n: c.document.id for c in answer.citations}
    return {by_n[int(n)] for n in re.findall(r"\[(\d+)\]", line)}


# -- recurrence ----------------------------------------------------------------------------
def test_recurrence_follows_partnership_through_four_reports(
    assistant: Assistant, analyse: Analyse, context: Context
) -> None:
    answer = check_answer(
        assistant, across_reports.recurrence(analyse(RECURRING), context()), "recurring"
    )
    expected = {
        record_id(DISTRICT_AUDIT_2002, "R5"): sample_row(DISTRICT_AUDIT_2002, "R5"),
        record_id(AGS_2007_08, "3"): sample_row(AGS_2007_08, "3"),
        record_id(PURE_2008, "R5"): sample_row(PURE_2008, "R5", PURE),
        record_id(PURE_2008, "R6"): sample_row(PURE_2008, "R6", PURE),
        record_id(PURE_2008, "R16"): sample_row(PURE_2008, "R16", PURE),
        record_id(MPS_2017, "8"): sample_row(MPS_2017, "8"),
    }
    for row in expected.values():  # each row of the record is about partners
        assert re.search(r"partner", row, re.I), row
    assert ids_of(answer) == set(expected)
    assert answer.answer.startswith(
        "**Yes — 'partnership' recurs in 4 reports over 3 years (2002, 2008, 2017):**"
    )
    _in_order(answer, [DISTRICT_AUDIT_2002, AGS_2007_08, PURE_2008, MPS_2017])
    assert LABELS[MOPAC_2017] not in answer.answer  # no partnership there
    assert "“This area continues to exist without a working lead." in answer.answer
    assert "**Followed across reports**" in answer.answer
    assert re.search(
        r"- \*Strategic Partnerships\* \(thread \w+\): 2002 R5 \(complete\)", answer.answer
    )
    assert answer.coverage.rule == "recurring = the same theme or issue in more than one report"
    assert answer.coverage.line == (
        f"6 of {RECORDS} actions in 4 of {DOCUMENTS} documents match (recurring: 'partnership'); "
        f"searched {PERIOD}."
    )


def test_recurrence_passes_on_a_question_without_a_subject(
    analyse: Analyse, context: Context
) -> None:
    q = analyse(OVERVIEW)
    assert q.intent == "recurring" and not q.terms and not q.themes
    assert across_reports.recurrence(q, context()) is None


def test_recurring_overview_lists_the_threads_across_reports(
    assistant: Assistant, analyse: Analyse, context: Context
) -> None:
    answer = check_answer(
        assistant, across_reports.recurring_overview(analyse(OVERVIEW), context()), "recurring"
    )
    head = re.match(
        r"\*\*(\d+) issues appear in more than one report\*\* \(widest span first\):", answer.answer
    )
    assert head, answer.answer[:200]
    threads = int(head.group(1))
    shown = [line for line in bullet_lines(answer) if "→" in line]
    assert 2 <= len(shown) == min(threads, 6)
    for line in shown:  # each issue is cited in at least two reports
        assert len(_cited_documents(answer, line)) >= 2, line
    first = shown[0]
    assert first.startswith("- *Strategic Partnerships* (2002–2017): 2002 R5 [")
    assert _cited_documents(answer, first) == {
        doc_id(DISTRICT_AUDIT_2002),
        doc_id(AGS_2007_08),
        doc_id(PURE_2008),
        doc_id(MPS_2017),
    }
    assert sample_row(MPS_2017, "8").startswith("8.\tStrategic Partnerships\t")
    assert "partnership (4 reports, 2002–2017)" in answer.answer
    assert answer.coverage.matched == len(answer.records)
    assert answer.coverage.line == (
        f"{threads} issue threads across {DOCUMENTS} documents; searched {PERIOD}."
    )


# -- comparisons -----------------------------------------------------------------------------
def test_counted_says_which_report_has_more_actions(
    assistant: Assistant, analyse: Analyse, context: Context
) -> None:
    answer = check_answer(
        assistant, paper_counts.counted(analyse(WHICH_MORE), context()), "compare"
    )
    for n in range(1, 14):  # the District Audit table: R1 to R13
        assert sample_row(DISTRICT_AUDIT_2002, f"R{n}")
    for n in range(1, 11):  # Table A of the 2017 report: areas 1 to 10
        assert sample_row(MPS_2017, str(n), "Table A")
    lines = answer.answer.splitlines()
    assert lines[0] == f"**{DA_LABEL} has more: 13 actions, against 10.**"
    assert lines[1].startswith(f"- *{DA_LABEL}*: **13** actions (R1 to R13) [1] [2]")
    assert lines[2] == "- *MPS Governance Report (2017)*: **10** actions (1 to 10) [3] [4]"
    assert [c.ref for c in answer.citations] == ["R1", "R13", "1", "10"]
    assert len(answer.records) == 23 and answer.coverage.matched == 23
    assert {r.document.id for r in answer.records} == {
        doc_id(DISTRICT_AUDIT_2002),
        doc_id(MPS_2017),
    }
    assert answer.coverage.line == f"Counted every record of 2 documents; searched {PERIOD}."


def test_counted_passes_on_a_comparison_that_is_not_which_has_more(
    analyse: Analyse, context: Context
) -> None:
    q = analyse("Was internal control any better in 2017 than in 2007/08?")
    assert q.intent == "compare"
    assert paper_counts.counted(q, context()) is None


def test_counted_counts_the_named_inspection_not_the_whole_plan(
    analyse: Analyse, context: Context
) -> None:
    q = analyse(
        "Which had more recommendations: the 2002 District Audit report or the HMIC 2008 "
        "resource leverage inspection?"
    )
    answer = paper_counts.counted(q, context())
    assert answer is not None
    assert answer.answer.startswith(f"**{DA_LABEL} has more: 13 recommendations, against 5.**")
    assert {r.document.id for r in answer.records} == {
        doc_id(DISTRICT_AUDIT_2002),
        doc_id(PURE_2008),
    }


def test_by_records_compares_risk_management_report_by_report(
    assistant: Assistant, analyse: Analyse, context: Context
) -> None:
    answer = check_answer(assistant, across_reports.by_records(analyse(RISK), context()), "compare")
    rows = {
        record_id(AGS_2007_08, "4"): sample_row(AGS_2007_08, "4"),
        record_id(PURE_2008, "R15"): sample_row(PURE_2008, "R15", PURE),
        record_id(PURE_2008, "R16"): sample_row(PURE_2008, "R16", PURE),
        record_id(MPS_2017, "9"): sample_row(MPS_2017, "9"),
    }
    for row in rows.values():
        assert re.search(r"\brisk", row, re.I), row
    assert set(rows) <= ids_of(answer)
    assert {r.document.id for r in answer.records} == {
        doc_id(AGS_2007_08),
        doc_id(PURE_2008),
        doc_id(MPS_2017),
    }
    assert answer.answer.startswith("**Risk management across 4 reports, oldest first:**")
    # the MOPAC paper (December 2017) has no action table: its passage on risk, after March 2017's
    _in_order(answer, [AGS_2007_08, PURE_2008, MPS_2017, MOPAC_2017])
    assert f"{LABELS[MOPAC_2017]} — in the text" in answer.answer
    mopac = [c for c in answer.citations if c.document.id == doc_id(MOPAC_2017)]
    assert len(mopac) == 1 and "risk registers" in mopac[0].quote
    assert "“This area remains a key corporate risk.”" in answer.answer
    assert "This area remains a key corporate risk." in sample_text(MPS_2017)
    # the comparison is stated: each report's number of actions on it and their state
    stated = next(line for line in answer.answer.splitlines() if line.startswith("**Compared:**"))
    assert stated.startswith("**Compared:** 2007/08: 1 action (1 ongoing); 2008: ")
    assert "2017 (*MOPAC Governance Improvement Plan*): in its text only" in stated
    assert "2017 (*MPS Governance Report*): 1 action (1 ongoing)" in stated
    n = len(answer.records)
    assert answer.coverage.matched == n
    assert answer.coverage.line == (
        f"Compared 4 of {DOCUMENTS} documents ({n} actions about risk management); "
        f"searched {PERIOD}."
    )


@pytest.mark.parametrize(
    "question",
    [
        WHICH_MORE,  # counted's question
        "How does the MOPAC Governance Improvement Plan compare with the 2017 MPS governance report?",  # no subject
    ],
)
def test_by_records_passes_on_which_has_more_and_on_no_subject(
    analyse: Analyse, context: Context, question: str
) -> None:
    q = analyse(question)
    assert q.intent == "compare"
    assert across_reports.by_records(q, context()) is None

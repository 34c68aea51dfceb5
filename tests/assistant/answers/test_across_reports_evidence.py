"""across_reports: which papers a comparison covers and what each record or paper is shown
saying (the papers of the years it names, a paper reporting on a theme only in its progress,
the sentences of a record, the passages of a paper in prose)."""

from __future__ import annotations

from collections.abc import Callable

from assistant.analysis import QueryAnalysis
from assistant.answers.composers import across_reports
from assistant.answers.context import AnswerContext
from assistant.answers.support import excerpts
from assistant.evidence import Evidence
from ingest.model import ActionRecord, DocumentRef
from tests.assistant.answers.conftest import (
    AGS_2007_08,
    DISTRICT_AUDIT_2002,
    MPS_2017,
    PURE_2008,
    doc_id,
    record_id,
    sample_text,
)

Analyse = Callable[[str], QueryAnalysis]
Context = Callable[[], AnswerContext]


def _record(context: AnswerContext, rid: str) -> ActionRecord:
    return next(r for r in context.register.all() if r.id == rid)


def _texts(pairs: list[tuple[str, int]]) -> list[str]:
    return [text for text, _ in pairs]


def test_a_year_written_in_a_named_papers_name_brings_in_no_other_paper_of_that_year(
    analyse: Analyse, context: Context
) -> None:
    q = analyse("Compare partnership work in the 2007/08 AGS with the 2017 governance report.")
    assert doc_id(AGS_2007_08) in q.documents and 2008 in q.years
    scoped = {d.id for d in across_reports.scope(q, context())}
    # the PURE plan is of 2008 too, but the question names the 2007/08 paper, not the year
    assert doc_id(PURE_2008) not in scoped
    assert {doc_id(AGS_2007_08), doc_id(MPS_2017)} <= scoped


def test_a_paper_asked_about_shows_the_records_whose_progress_speaks_of_the_theme(
    analyse: Analyse, context: Context
) -> None:
    q = analyse("How were inspection findings acted on in 2002 and in 2017?")
    assert q.themes == ["audit and inspection"] and {2002, 2017} <= set(q.years)
    ctx = context()
    item9 = _record(ctx, record_id(MPS_2017, "9"))
    # no 2017 record is tagged with the theme: item 9 reports on it only in its progress
    assert "audit and inspection" not in item9.themes
    assert "audit and inspection actions" in (item9.progress or "")
    answer = across_reports.by_records(q, ctx)
    assert answer is not None
    assert record_id(MPS_2017, "9") in {r.id for r in answer.records}
    assert "audit and inspection actions" in answer.answer
    assert record_id(DISTRICT_AUDIT_2002, "R13") in {r.id for r in answer.records}


def test_a_record_that_says_it_all_in_one_column_shows_its_two_best_sentences(
    context: Context,
) -> None:
    ctx = context()
    gap = next(r for r in ctx.register.of_document(doc_id(PURE_2008)) if "budget gap" in r.title)
    assert gap.owner and "Finance" in gap.owner
    chosen = _texts(excerpts.sentences(gap, {"budget": 1.0, "posit": 2.0, "financ": 0.5}, 2))
    assert any(t.startswith("The position noted") for t in chosen), chosen
    assert any("£142m" in t for t in chosen), chosen
    assert all(t not in gap.owner for t in chosen)  # who answers for it is not what it says
    assert all(t in sample_text(PURE_2008) for t in chosen)


def test_a_record_found_by_its_title_alone_opens_its_progress_and_what_remains(
    context: Context,
) -> None:
    item7 = _record(context(), record_id(MPS_2017, "7"))
    # no sentence of it says 'procurement': its title names the subject
    chosen = _texts(excerpts.sentences(item7, {"procur": 1.0}, 3))
    assert chosen[0].startswith("be in place to begin")
    assert any("2017/18" in t for t in chosen), chosen


def _evidence(text: str, start: int) -> Evidence:
    ref = DocumentRef(id="d", title="A covering report", filename="d.txt")
    return Evidence(text, start, ref, "c", 1, None, None, "prose", 0, 2017)


def test_a_paper_in_prose_shows_a_second_passage_for_a_word_the_first_leaves_out() -> None:
    weights = {"contract": 1.0, "procur": 1.0}
    passages = [
        _evidence("Our oversight of major procurements has been formalised this year.", 0),
        _evidence("We made further progress on procurements across the board this autumn.", 80),
        _evidence("Some progress was made on the contracting recommendations from June.", 160),
    ]
    chosen = excerpts.prose_passages(passages, weights, set(), 0.3)
    assert [e.start for e in chosen] == [0, 160]
    assert excerpts.prose_passages(passages[:2], weights, set(), 0.3) == passages[:1]

"""An item followed through a body's series of papers: papers of one date are ordered by the
number their title ends in, and a question asking the row's state now or in the end (naming no
paper or year) reads it from the body's latest paper that holds the row."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from assistant.analysis import QueryAnalysis
from assistant.analysis.carried import earlier_paper, later_paper
from assistant.answers.support.series import state_version
from assistant.answers.support.series_states import earlier_states
from ingest.model import ActionRecord, DocumentInfo


def _paper(n: int, body: str = "Fenwick Leisure Trust", date: str = "2025-11-04") -> DocumentInfo:
    return DocumentInfo(
        id=f"r{n}{body[:1]}",
        filename=f"r{n}.md",
        format="md",
        sha256=str(n),
        title=f"Audit recommendations: progress report {n}",
        organisation=body,
        date=date,
    )


_PAPERS = [_paper(3), _paper(1), _paper(2), _paper(4, "Other Trust")]
_TEXT = "Pool chemical dosing logs are not checked by a second officer."


def _row(paper: DocumentInfo, status: str, ref: str = "R6") -> ActionRecord:
    return ActionRecord(
        id=f"{paper.id}:{ref}",
        document=paper.ref(),
        ref=ref,
        ordinal=1,
        title=_TEXT,
        finding=_TEXT,
        status=status,
        status_text=status.replace("_", " ").capitalize(),
        source_text=_TEXT,
        source_start=0,
        source_end=1,
    )


_ROWS = [
    _row(_PAPERS[1], "not_started"),
    _row(_PAPERS[2], "ongoing"),
    _row(_PAPERS[0], "complete"),
    _row(_PAPERS[3], "not_started"),
]


def _context() -> Any:
    loaded = SimpleNamespace(records=_ROWS)
    return SimpleNamespace(
        documents=_PAPERS,
        register=SimpleNamespace(
            loaded=lambda: loaded, all=lambda: _ROWS, memo=lambda _key, build: build()
        ),
        record_chunk_id=lambda _: None,  # nothing to cite in this stand-in
    )


def test_papers_of_one_date_follow_the_number_their_title_ends_in() -> None:
    one, two, three, other = _PAPERS[1], _PAPERS[2], _PAPERS[0], _PAPERS[3]
    assert later_paper(one, _PAPERS, None) == two
    assert later_paper(two, _PAPERS, None) == three
    assert earlier_paper(three, _PAPERS, None) == two
    assert later_paper(three, _PAPERS, None) is None  # report 4 is another body's
    assert earlier_paper(other, _PAPERS, None) is None


def test_the_state_now_is_read_from_the_latest_paper_holding_the_row() -> None:
    first = _ROWS[0]
    for question in (
        "Is the pool chemical dosing check done yet?",
        "Did the second-officer check of dosing logs ever get finished?",
        "What is the latest status of the dosing logs action?",
        "Is the dosing logs action still open?",
    ):
        q = QueryAnalysis(question=question, intent="lookup")
        assert state_version(q, first, _context()).status == "complete", question


def test_a_paper_or_year_named_or_no_state_now_keeps_the_row() -> None:
    first = _ROWS[0]
    kept = (
        QueryAnalysis(
            question="Is the dosing action done yet?", intent="lookup", documents=[_PAPERS[1].id]
        ),
        QueryAnalysis(
            question="Was the dosing action still open in 2025?", intent="lookup", years=[2025]
        ),
        QueryAnalysis(question="Who owns the dosing logs action?", intent="lookup"),
    )
    for q in kept:
        assert state_version(q, first, _context()) is first, q.question


def test_the_earlier_states_are_shown_oldest_first() -> None:
    q = QueryAnalysis(question="Is the dosing logs action done yet?", intent="lookup")
    latest = state_version(q, _ROWS[0], _context())
    shown = earlier_states(q, latest, _context(), SimpleNamespace())  # type: ignore[arg-type]
    assert shown == (
        " Earlier: Audit recommendations: progress report 1 — “Not started”; "
        "Audit recommendations: progress report 2 — “Ongoing”."
    )
    named = QueryAnalysis(question="Is it done yet?", intent="lookup", documents=["r3F"])
    assert earlier_states(named, latest, _context(), SimpleNamespace()) == ""  # type: ignore[arg-type]

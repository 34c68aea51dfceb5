"""Every text the record holds about one row, read before a refusal says the row names no such
thing: each cell whole, the row's sub-actions, and, when the question names no paper, the same
item's rows in its body's papers of other dates (stand-in register and papers; no index)."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any, cast

from assistant.analysis import QueryAnalysis
from assistant.answers.context import AnswerContext
from assistant.answers.support.whole_row import whole_row_texts
from ingest.model import ActionRecord, DocumentInfo

LONG_NOTE = (
    "Work has started. The supplier was asked to quote in May and a decision followed; the "
    "records are now going into the Harbourmaster Cloud system."
)


def _paper(doc_id: str, date: str, body: str = "Wendle Harbour Board") -> DocumentInfo:
    return DocumentInfo(
        id=doc_id,
        filename=f"{doc_id}.pdf",
        format="pdf",
        sha256=doc_id,
        title="Audit actions log",
        organisation=body,
        date=date,
    )


def _row(paper: DocumentInfo, ref: str, ordinal: int, **cells: Any) -> ActionRecord:
    title = "Move the pilotage records into the new system."
    columns = {"Ref": ref, "Action": title, **{k.title(): v for k, v in cells.items()}}
    return ActionRecord(
        id=f"{paper.id}:{ref}",
        document=paper.ref(),
        ref=ref,
        parent_ref=ref.split(".")[0] if "." in ref else None,
        ordinal=ordinal,
        title=title,
        progress=cells.get("progress"),
        columns=columns,
        source_text=title,
        source_start=0,
        source_end=len(title),
    )


def _context(rows: list[ActionRecord], papers: list[DocumentInfo]) -> AnswerContext:
    register = SimpleNamespace(
        all=lambda: rows,
        memo=lambda _key, build: build(),  # nothing kept between calls in this stand-in
        of_document=lambda doc_id: [r for r in rows if r.document.id == doc_id],
    )
    return cast(AnswerContext, SimpleNamespace(register=register, documents=papers))


def _q(documents: list[str] | None = None) -> QueryAnalysis:
    return QueryAnalysis(question="which system?", intent="lookup", documents=documents or [])


MAY, SEPTEMBER, SAME_DAY = (
    _paper("may", "2025-05-14"),
    _paper("sep", "2025-09-10"),
    _paper("sep-b", "2025-05-14", body="Wendle Harbour Board 2"),
)


def test_each_cell_whole_a_long_note_too() -> None:
    row = _row(MAY, "5", 1, progress=LONG_NOTE)
    texts = whole_row_texts(row, _q(), _context([row], [MAY]))
    assert LONG_NOTE in texts
    assert row.title in texts


def test_a_sub_action_is_read_with_its_row() -> None:
    row = _row(MAY, "5", 1)
    sub = _row(MAY, "5.1", 2, progress="Records scanned into Harbourmaster Cloud.")
    texts = whole_row_texts(row, _q(), _context([row, sub], [MAY]))
    assert "Records scanned into Harbourmaster Cloud." in texts


def test_a_later_paper_of_the_body_is_read_when_no_paper_is_named() -> None:
    first = _row(MAY, "5", 1)
    later = _row(SEPTEMBER, "5", 1, progress="Records moved into Harbourmaster Cloud.")
    context = _context([first, later], [MAY, SEPTEMBER])
    assert "Records moved into Harbourmaster Cloud." in whole_row_texts(first, _q(), context)
    # the question names the May paper: its row alone answers
    named = whole_row_texts(first, _q(["may"]), context)
    assert "Records moved into Harbourmaster Cloud." not in named


def test_a_paper_of_the_same_date_is_another_body_not_an_update() -> None:
    first = _row(MAY, "5", 1)
    other = _row(SAME_DAY, "5", 1, progress="Records moved into Harbourmaster Cloud.")
    texts = whole_row_texts(first, _q(), _context([first, other], [MAY, SAME_DAY]))
    assert "Records moved into Harbourmaster Cloud." not in texts

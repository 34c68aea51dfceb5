"""Every text the record holds about one row, for a refusal that says the row names no such
thing ('which system …', 'who drafted …'): before it says none, each cell whole (a long
progress note as well as its quoted sentences), the row's sub-actions (the rows of its paper
whose parent is its ref), and, when the question names no paper, the same item's rows in its
body's papers of other dates (an update may name what the first paper left unnamed).

    whole_row_texts(record, q, context) -> ['Review the scheme …', 'Adopted by the Board …', …]
"""

from __future__ import annotations

from assistant.analysis import QueryAnalysis
from assistant.answers.context import AnswerContext
from assistant.answers.support.series import item_series
from assistant.evidence import SKIP_COLUMNS
from ingest.model import ActionRecord

__all__ = ["cell_texts", "whole_row_texts"]


def cell_texts(record: ActionRecord) -> list[str]:
    """The row's cells whole, in column order, then its read fields a column did not give
    (page numbers and cost estimates are no text about it)."""
    texts = [
        value
        for column, value in record.columns.items()
        if value and value.strip() and not column.strip().lower().startswith(SKIP_COLUMNS)
    ]
    for field in (record.title, record.finding, record.action, record.progress):
        if field and field.strip() and field not in texts:
            texts.append(field)
    return texts


def related_rows(
    record: ActionRecord, q: QueryAnalysis, context: AnswerContext
) -> list[ActionRecord]:
    """The rows whose text is also the row's: its sub-actions (same paper), and, when the
    question names no paper, the same item in its body's other papers."""
    own = context.register.of_document(record.document.id)
    rows = [r for r in own if r.id != record.id and record.ref and r.parent_ref == record.ref]
    if not q.documents:
        # papers of one date are each their own body's (numbered bodies), no update of it
        dated = {d.id: d.date or str(d.year or "") for d in context.documents}
        own_date = dated.get(record.document.id, "")
        series = item_series(record, context.register, context.documents)
        rows += [r for r in series if dated.get(r.document.id, "") != own_date]
    return rows


def whole_row_texts(record: ActionRecord, q: QueryAnalysis, context: AnswerContext) -> list[str]:
    """Every text the record holds about ``record`` (module doc): its cells whole, then those
    of its sub-actions and, when the question names no paper, its item's rows in the body's
    other papers."""
    texts = cell_texts(record)
    for row in related_rows(record, q, context):
        texts += [t for t in cell_texts(row) if t not in texts]
    return texts

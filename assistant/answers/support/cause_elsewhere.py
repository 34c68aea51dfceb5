"""The cause a row's other reports give, when its own paper gives none.

A body's papers re-report one row (a log each quarter, a tracker each year): the reason for a
hold-up may be noted in one report and not the next ('why the hold-up?' of the latest log's
row 4, whose note is blank, when an earlier log's row 4 says 'Waiting for the new
model policy'). The same row is found in the body's other papers
(:func:`.carried_rows.same_row`, with some of its wording always: a ref such as 'R3' is
reused by a numbered body's other boards); of those, the note of the report nearest in date
that states a cause is read, its paper named. Only for a row with no note of its own: a note
that speaks is the row's answer. Nothing here knows a paper or a body.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from assistant.analysis.series_order import series_body
from assistant.answers.context import AnswerContext
from assistant.answers.support.carried_rows import rows_like, same_row
from assistant.evidence import Evidence
from assistant.threads import MIN_LINK, similarity
from ingest.model import ActionRecord

Causes = Callable[[ActionRecord, str], list[Evidence]]


def cause_in_other_report(
    record: ActionRecord, context: AnswerContext, causes: Causes
) -> tuple[ActionRecord, Evidence] | None:
    """The same row in another paper of the record's body whose own note states a cause
    (``causes``: the row's cause sentences), nearest in year first; None when none does."""
    if (record.progress or "").strip():
        return None  # the row's own note speaks: it is read, not another report's
    for row in other_reports(record, context):
        given = causes(row, context.record_chunk_id(row.id) or "")
        if given:
            return row, given[0]
    return None


def other_reports(record: ActionRecord, context: AnswerContext) -> list[ActionRecord]:
    """The same row in the other papers of the record's body, nearest in year first."""
    papers = {d.id: d for d in context.documents}
    own = papers.get(record.document.id)
    body = series_body(own) if own is not None else ""
    if not body:
        return []
    found = []
    for document_id, rows in rows_like(record, context.register).items():
        paper = papers.get(document_id)
        if document_id == record.document.id or paper is None or series_body(paper) != body:
            continue
        found += [r for r in rows if same_row(r, record) and similarity(r, record) >= MIN_LINK]
    found.sort(key=lambda r: (abs((r.year or 0) - (record.year or 0)), _stamp(r)))
    return found


def _stamp(record: ActionRecord) -> str:
    """The paper's date, latest first when two are as near in year (inverted digits)."""
    date = record.document.date or ""
    return re.sub(r"\d", lambda m: str(9 - int(m.group(0))), date)

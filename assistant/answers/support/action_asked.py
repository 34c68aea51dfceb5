"""The agreed action of a row, shown when a question asks what an owner was given or asked to
do ('which action was the Clerk given?', 'what was the Head of Estates asked to do?'): a row's
title is its issue, and the asked field is its action, so the listing adds the action cell,
quoted and cited, whenever it is other words than the title."""

from __future__ import annotations

from assistant.analysis import QueryAnalysis
from assistant.answers.support.recordtext import cite_record, safe_text
from assistant.citations import CitationBuilder, record_quote
from ingest.model import ActionRecord


def agreed_action_line(
    q: QueryAnalysis, record: ActionRecord, builder: CitationBuilder, chunk_id: str | None
) -> str | None:
    """'Agreed action: “…” [n]' for a row listed when its action is asked; None otherwise."""
    if "action" not in q.fields or q.intent != "list" or not record.action:
        return None
    action = record.action.strip()
    if action == (record.title or "").strip():
        return None  # the title already shows it
    quote = record_quote(record, action)
    marker = cite_record(builder, record, chunk_id, quote)
    if not marker:
        return None
    return f"Agreed action: “{safe_text(quote[0] if quote else action)}”{marker}"

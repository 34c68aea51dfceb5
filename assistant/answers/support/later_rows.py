"""What later reports say about the rows of a list: the same issue in later papers."""

from __future__ import annotations

from assistant.analysis import QueryAnalysis
from assistant.answers.context import AnswerContext
from assistant.answers.support.recordtext import cite_record, doc_label, safe_text
from assistant.citations import CitationBuilder, record_quote
from ingest.model import ActionRecord

MAX_LATER = 6  # later appearances quoted under a list


def later_appearances(
    q: QueryAnalysis, records: list[ActionRecord], context: AnswerContext, builder: CitationBuilder
) -> list[str]:
    """What later reports say about the same issue (threads across documents)."""
    threads = context.register.threads()
    lines: list[str] = []
    found = list({r.id: r for record in records for r in threads.later(record)}.values())
    for later in found[:MAX_LATER]:
        stated = later.status_text if later.status_basis != "none" else None
        quote = record_quote(later, stated, later.progress, later.action, later.title)
        citation = cite_record(builder, later, context.record_chunk_id(later.id), quote)
        said = f"“{quote[0]}”" if quote else safe_text(later.title)
        label = f"{later.ref} " if later.ref else ""
        lines.append(
            f"- *{doc_label(None, later)}*, {label}**{safe_text(later.title)}**: {said}{citation}"
        )
    if len(found) > MAX_LATER:
        lines.append(f"- …and {len(found) - MAX_LATER} more in later reports")
    if lines:
        return ["\n**Later in the record** (the same issue in later reports):", *lines]
    return []

"""The states an item had in its body's earlier papers, oldest first, each cited: shown beside
an answer read from the latest paper's row ('is X done yet?'), so the series is in view."""

from __future__ import annotations

from assistant.analysis import QueryAnalysis
from assistant.answers.context import AnswerContext
from assistant.answers.support.carried_rows import asks_state_now, latest_version
from assistant.answers.support.recordtext import cite, safe_text
from assistant.citations import CitationBuilder
from ingest.model import ActionRecord


def earlier_states(
    q: QueryAnalysis, record: ActionRecord, context: AnswerContext, builder: CitationBuilder
) -> str:
    """' Earlier: <paper> — <state> [n]; …' for the rows before ``record`` in its body's papers
    (oldest first), when the question asks the state now; '' otherwise or when none."""
    if not asks_state_now(q):
        return ""
    every = context.register.loaded().records
    titles = {
        d.id: d.title if not d.year or str(d.year) in d.title else f"{d.title} ({d.year})"
        for d in context.documents
    }
    rows: list[ActionRecord] = []
    current = record
    for _ in range(len(context.documents)):
        before = latest_version(current, every, context.documents, onward=False, steps=1)
        if before.id == current.id:
            break
        rows.insert(0, before)
        current = before
    parts = []
    for row in rows:
        said = row.status_text or row.status.replace("_", " ")
        marker = cite(builder, row, context.record_chunk_id(row.id), row.status_text)
        parts.append(f"{safe_text(titles.get(row.document.id, ''))} — “{safe_text(said)}”{marker}")
    return f" Earlier: {'; '.join(parts)}." if parts else ""

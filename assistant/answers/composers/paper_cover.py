"""'Which committee got the AGS update?', 'who was the tracker presented to?': the committee a
named paper went to, as its cover states it ('Committee: Audit and Governance Committee'),
with the date of that meeting when the cover gives it. Cited from the cover itself."""

from __future__ import annotations

from assistant.analysis import QueryAnalysis
from assistant.answers.context import AnswerContext
from assistant.answers.model import Answer, finish
from assistant.answers.support.cover_fields import cover_facts
from ingest.safety import redact

SHOWN = 3  # the named papers whose committee an answer gives


def committee_of_paper(q: QueryAnalysis, context: AnswerContext) -> Answer | None:
    """The committee each named paper went to, and the day it met; None when the question
    asks no committee, or no named paper's cover names one (its passages then answer)."""
    if q.doc_field != "committee":
        return None
    documents = context.documents_of(q.documents)[:SHOWN]
    builder = context.citations()
    lines: list[str] = []
    for doc in documents:
        chunk_id = context.first_chunk_id(doc.id)
        facts = cover_facts(builder.text(doc.id))
        committee = facts.get("committee")
        if chunk_id is None or committee is None:
            continue
        n = builder.add(
            chunk_id=chunk_id, document=doc.ref(), quote=committee.value, near=committee.start
        )
        if n is None:
            continue
        line = f"*{redact(doc.title)}* went to the **{redact(committee.value)}** [{n}]"
        met = facts.get("date")
        m = (
            builder.add(chunk_id=chunk_id, document=doc.ref(), quote=met.value, near=met.start)
            if met
            else None
        )
        if met and m:
            line += f", at its meeting of **{redact(met.value)}** [{m}]"
        lines.append(line + ".")
    if not lines:
        return None
    searched = context.searched()
    span = context.span(searched)
    return finish(
        q,
        context,
        body="\n\n".join(lines),
        line=f"From the cover of {len(lines)} document{'s' if len(lines) > 1 else ''}; "
        f"searched {len(searched)} documents" + (f" ({span})" if span else "") + ".",
        matched=len(lines),
        citations=builder.citations(),
        route="document",
    )

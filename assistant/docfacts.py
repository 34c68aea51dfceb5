"""Questions about a document itself: when it is dated, who wrote it.

Dates come from the document metadata (found in the text at ingest); authors from the
'Report by:' / 'Report author:' lines committee papers carry. Both are cited verbatim.
"""

from __future__ import annotations

import re

from assistant.analysis import QueryAnalysis
from assistant.answer import Answer, AnswerContext, Coverage, abstain
from ingest.model import DocumentInfo
from ingest.safety import redact

_AUTHOR_LINE = re.compile(
    r"^\s*(?:report (?:by|author)|author|prepared by|written by|presented by)\s*:\s*(?P<who>.+)$",
    re.I | re.M,
)


def document_answer(q: QueryAnalysis, context: AnswerContext) -> Answer:
    ids = q.documents
    documents = [d for d in context.documents if d.id in ids]
    if not documents:
        return abstain(q, context, "that document")
    builder = context.citations()
    lines: list[str] = []
    for doc in documents[:3]:
        text = builder.text(doc.id)
        title = redact(doc.title)
        chunk_id = _first_chunk(context, doc)
        if q.doc_field == "date":
            if doc.date and doc.date_text and chunk_id:
                n = builder.add(chunk_id=chunk_id, document=doc.ref(), quote=doc.date_text)
                cite = f" [{n}]" if n else ""
                lines.append(f"*{title}* is dated **{redact(doc.date_text)}**{cite}.")
            else:
                period = (
                    f" Its period, {doc.period}, is inferred from its headings."
                    if doc.period
                    else ""
                )
                lines.append(f"*{title}* states no report date.{period}")
        else:
            found = list(_AUTHOR_LINE.finditer(text))
            if not found or chunk_id is None:
                lines.append(f"The record does not name the author of *{title}*.")
                continue
            cites = []
            for match in found[:2]:
                line = match.group(0).strip()
                n = builder.add(
                    chunk_id=chunk_id, document=doc.ref(), quote=line, near=match.start()
                )
                if n:
                    cites.append(f"“{line}” [{n}]")
            lines.append(f"*{title}*: " + "; ".join(cites) + ".")
    if not builder.citations():
        return abstain(
            q, context, f"the {'author' if q.doc_field == 'author' else 'date'} of that document"
        )
    searched = context.searched()
    span = context.span(searched)
    line = (
        f"From the text of {len(documents)} document{'s' if len(documents) > 1 else ''}; "
        f"searched {len(searched)} documents" + (f" ({span})" if span else "") + "."
    )
    return Answer(
        answer="\n\n".join(lines) + f"\n\n_{line}_",
        citations=builder.citations(),
        coverage=Coverage(
            matched=len(documents), searched_documents=len(searched), period=span, line=line
        ),
        query=q,
        route="document",
    )


def _first_chunk(context: AnswerContext, doc: DocumentInfo) -> str | None:
    """A chunk of the document to attribute a front-matter citation to."""
    row = context.catalog.conn.execute(
        "SELECT id FROM chunks WHERE document_id = ? ORDER BY kind ASC, rowid LIMIT 1", (doc.id,)
    ).fetchone()
    return None if row is None else str(row["id"])


MAX_OVERVIEW_RECORDS = 8


def overview_answer(q: QueryAnalysis, context: AnswerContext) -> Answer:
    """'What did the 2017 report find?': what each named document records, cited.

    A paper with an action table is summarised by its actions (status counts, then the first
    ones); a paper of prose by its opening substantive sentences.
    """
    from collections import Counter

    from assistant.passages import opening_sentences
    from assistant.recordtext import cite, doc_label, record_name, safe_text

    documents = [d for d in context.documents if d.id in q.documents][:2]
    if not documents:
        return abstain(q, context, "that document")
    builder = context.citations()
    lines: list[str] = []
    records = []
    for doc in documents:
        found = list(context.register.of_document(doc.id))
        opening = []
        for item in opening_sentences(context, doc, 2 if found else 3):
            n = builder.add_evidence(item)
            if n:
                opening.append(f"- {item.display()} [{n}]")
        if opening:
            lines.append(f"*{doc_label(doc)}* opens:")
            lines += opening
        if found:
            counts = Counter(r.status.replace("_", " ") for r in found)
            summary = ", ".join(f"{n} {status}" for status, n in counts.most_common())
            noun = "action" if len(found) == 1 else "actions"
            lines.append(f"*{doc_label(doc)}* records **{len(found)} {noun}** ({summary}):")
            for record in found[:MAX_OVERVIEW_RECORDS]:
                chunk_id = context.catalog.record_chunk_id(record.id)
                marker = cite(builder, record, chunk_id, record.title, record.finding)
                status = record.status.replace("_", " ")
                title = safe_text(record.title)
                lines.append(f"- {record_name(record)}: {title} ({status}){marker}")
            if len(found) > MAX_OVERVIEW_RECORDS:
                lines.append(f"- …and {len(found) - MAX_OVERVIEW_RECORDS} more (in `records`)")
            records += found
    if not builder.citations():
        return abstain(q, context, "what that document says")
    searched = context.searched()
    span = context.span(searched)
    line = (
        f"{len(records)} actions from {len(documents)} named document"
        f"{'s' if len(documents) > 1 else ''}; ask about a subject for more detail; searched "
        f"{len(searched)} documents" + (f" ({span})" if span else "") + "."
    )
    return Answer(
        answer="\n".join(lines) + f"\n\n_{line}_",
        citations=builder.citations(),
        records=records,
        coverage=Coverage(
            matched=len(records), searched_documents=len(searched), period=span, line=line
        ),
        query=q,
        route="document",
    )

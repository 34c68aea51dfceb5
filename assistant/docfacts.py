"""Questions about a document itself: when it is dated, who wrote it.

Dates come from the document metadata (found in the text at ingest); authors from the
'Report by:' / 'Report author:' lines committee papers carry. Both are cited verbatim.
"""

from __future__ import annotations

import re

from assistant.analysis import QueryAnalysis
from assistant.answer import Answer, AnswerContext, Coverage, abstain
from ingest.model import DocumentInfo

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
        chunk_id = _first_chunk(context, doc)
        if q.doc_field == "date":
            if doc.date and doc.date_text and chunk_id:
                n = builder.add(chunk_id=chunk_id, document=doc.ref(), quote=doc.date_text)
                cite = f" [{n}]" if n else ""
                lines.append(f"*{doc.title}* is dated **{doc.date_text}**{cite}.")
            else:
                period = (
                    f" Its period, {doc.period}, is inferred from its headings."
                    if doc.period
                    else ""
                )
                lines.append(f"*{doc.title}* states no report date.{period}")
        else:
            found = list(_AUTHOR_LINE.finditer(text))
            if not found or chunk_id is None:
                lines.append(f"The record does not name the author of *{doc.title}*.")
                continue
            cites = []
            for match in found[:2]:
                line = match.group(0).strip()
                n = builder.add(
                    chunk_id=chunk_id, document=doc.ref(), quote=line, near=match.start()
                )
                if n:
                    cites.append(f"“{line}” [{n}]")
            lines.append(f"*{doc.title}*: " + "; ".join(cites) + ".")
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

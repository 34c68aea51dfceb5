"""'How many different bodies do these papers come from?', 'which organisations are the papers
from?': the bodies the papers in scope name on their covers (``DocumentInfo.organisation``),
counted once each, each cited where its paper names it. A paper naming no body counts as one
of its own when its file name names none of the others (else it is one of theirs)."""

from __future__ import annotations

import re

from assistant.analysis import QueryAnalysis
from assistant.answers.context import AnswerContext
from assistant.answers.model import Answer, finish
from assistant.answers.support.recordtext import doc_label, safe_text
from ingest.model import DocumentInfo

# the bodies behind the papers asked for: 'how many (different) bodies', 'which organisations
# do the papers come from', 'how many councils and trusts are covered'
_BODIES = r"(?:public\s+)?(?:bodies|organi[sz]ations|authorities|institutions|entities)"
_ASKED = re.compile(
    rf"\b(?:how\s+many|which|what|list(?:\s+the)?|name(?:\s+the)?)\s+"
    rf"(?:(?:different|separate|distinct|individual|other)\s+)?{_BODIES}\b",
    re.I,
)
# the papers as what the bodies are asked of: 'do these papers come from', 'are covered'
_OF_PAPERS = re.compile(
    r"\b(?:papers?|documents?|reports?|record|collection|set)\b|\bcovered\b|\bincluded\b|"
    r"\b(?:come|came|are|were)\s+from\b",
    re.I,
)
_WORD = re.compile(r"[a-z]{3,}")


def _words(text: str) -> set[str]:
    return set(_WORD.findall(text.lower()))


def _body_of(doc: DocumentInfo, named: list[DocumentInfo]) -> str:
    """The body ``doc`` comes from: its organisation, else the one another paper names whose
    words its file name holds, else '' (a paper naming no body: counted as one of its own)."""
    if doc.organisation:
        return doc.organisation
    file_words = _words(doc.filename.replace("_", " "))
    for other in named:
        if other.organisation and _words(other.organisation) - {"council", "the"} <= file_words:
            return other.organisation
    return ""


def bodies(q: QueryAnalysis, context: AnswerContext) -> Answer | None:
    """The bodies the papers in scope come from, counted or listed, each cited where its paper
    names it; None when the question asks no such thing, names a ref or an owner, or fewer
    than two papers are in scope."""
    asked = _ASKED.search(q.question)
    if asked is None or q.refs or q.owner or not _OF_PAPERS.search(q.question[asked.end() :]):
        return None
    docs = context.documents_of(q.documents) if q.documents else context.searched()
    if len(docs) < 2:
        return None
    builder = context.citations()
    seen: dict[str, str] = {}  # folded body -> its line
    unnamed: list[DocumentInfo] = []
    for doc in docs:
        body = _body_of(doc, docs)
        if not body:
            unnamed.append(doc)
            continue
        key = " ".join(re.findall(r"[a-z0-9]+", body.lower()))  # 'Board 1' is not 'Board 2'
        if key in seen:
            continue
        chunk_id = context.first_chunk_id(doc.id)
        n = (
            builder.add(chunk_id=chunk_id, document=doc.ref(), quote=body)
            if chunk_id and doc.organisation
            else None
        )
        seen[key] = f"- **{safe_text(body)}**" + (f" [{n}]" if n else "") + f" — *{doc_label(doc)}*"
    if not seen:
        return None
    lines = list(seen.values())
    lines += [f"- *{doc_label(d)}* (its paper names no body)" for d in unnamed]
    total = len(seen) + len(unnamed)
    count = f"**{total}** different bodies" if total != 1 else "**1** body"
    head = f"The {len(docs)} papers come from {count}"
    if unnamed:
        head += f" ({len(unnamed)} counted from a paper that names no body of its own)"
    body_text = head + ":\n\n" + "\n".join(lines)
    line = f"{total} {'body' if total == 1 else 'bodies'} in {len(docs)} documents."
    return finish(
        q,
        context,
        body=body_text,
        line=line,
        matched=total,
        route="passages",
        citations=builder.citations(),
    )

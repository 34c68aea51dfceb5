"""'How many different bodies do these papers come from?', 'which organisations are the papers
from?': the bodies the papers in scope name on their covers (``DocumentInfo.organisation``),
counted once each, each cited where its paper names it. A paper naming no body counts as one
of its own when its file name names none of the others (else it is one of theirs).

Bodies asked by their kind ('which of them are fire and rescue authorities?', 'which bodies
are NHS trusts?', 'which councils have papers here?') are those whose names say that kind
(:func:`kind_named`: the kind read against the names the papers hold), out of every paper in
scope."""

from __future__ import annotations

import re

from assistant.analysis import QueryAnalysis
from assistant.analysis.bodies import KindNamed, kind_named
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
# the kind of body as what is asked of the papers' bodies: 'which of them are <kind>', 'which
# bodies are <kind>', 'how many of the papers come from <kind>' (the kind follows)
_KIND_PREDICATE = re.compile(
    r"\b(?:which|how\s+many)(?:\s+of)?(?:\s+(?:them|these|those|the|ones?|bodies|"
    r"organi[sz]ations|papers|documents|reports))*\s+(?:are|is|were|was|come|came)"
    r"(?:\s+(?:an?|the|from|by))*\s*$",
    re.I,
)
# the kind of body as the noun asked: 'which fire and rescue authorities have papers here?'
_KIND_ASKED = re.compile(
    r"\b(?:which|what|how\s+many|list(?:\s+the)?|name(?:\s+the)?)"
    r"(?:\s+(?:different|separate|distinct|individual|other))?\s*$",
    re.I,
)
# the kind as what the bodies are ends its clause ('… are NHS trusts?', '… are councils, and …')
_CLAUSE_END = re.compile(r"\s*(?:[?.!,;:]|(?:and|or)\b|$)", re.I)
# what the kind asked is asked of: having papers here ('… have papers in here', '… are covered')
_HAVE_PAPERS = re.compile(
    r"\s*(?:have|has|had|are|is|were|was)\s+(?:any\s+)?(?:papers?|documents?|reports?|covered|"
    r"included|represented|here|in\s+(?:here|the\s+record))\b",
    re.I,
)


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


def kind_asked(question: str, documents: list[DocumentInfo]) -> KindNamed | None:
    """The kind of body ``question`` asks the papers' bodies by: named as what they are
    ('which of them are NHS trusts?'), as the noun asked of the papers ('which councils have
    papers here?'), or beside bodies asked of the papers ('which bodies do these papers come
    from and are fire and rescue authorities?'); None when it asks none."""
    kind = kind_named(question, (d.organisation or "" for d in documents))
    if kind is None:
        return None
    before, after = question[: kind.start], question[kind.end :]
    if _KIND_ASKED.search(before) and _HAVE_PAPERS.match(after):
        return kind
    if not _CLAUSE_END.match(after):
        return None  # 'which is the Police Authority's latest report?': the kind names a paper
    if _KIND_PREDICATE.search(before):
        return kind
    asked = _ASKED.search(before)
    return kind if asked is not None and _OF_PAPERS.search(question[asked.end() :]) else None


def bodies(q: QueryAnalysis, context: AnswerContext) -> Answer | None:
    """The bodies the papers in scope come from, counted or listed, each cited where its paper
    names it, or those of them of the kind asked; None when the question asks no such thing,
    names a ref or an owner, or fewer than two papers are in scope."""
    kind = None if q.refs else kind_asked(q.question, context.searched())
    if kind is not None:
        return _of_kind(q, context, kind)
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


def _of_kind(q: QueryAnalysis, context: AnswerContext, kind: KindNamed) -> Answer | None:
    """The papers in scope whose bodies are of the kind asked, by body, each body cited where
    its paper names it. The scope is every paper searched: naming the kind named its papers
    (the analysis' documents), and the question asks which of all the papers they are."""
    docs = context.searched()
    if len(docs) < 2:
        return None
    builder = context.citations()
    lines: dict[str, list[str]] = {}  # body -> its papers' lines
    for doc in docs:
        if (doc.organisation or "").strip() not in kind.bodies:
            continue
        body = (doc.organisation or "").strip()
        chunk_id = context.first_chunk_id(doc.id)
        n = builder.add(chunk_id=chunk_id, document=doc.ref(), quote=body) if chunk_id else None
        lines.setdefault(body, []).append((f" [{n}]" if n else "") + f" — *{doc_label(doc)}*")
    if not lines:
        return None
    papers = sum(len(v) for v in lines.values())
    phrase = safe_text(kind.phrase)
    head = (
        f"Of the {len(docs)} papers, **{papers}** "
        f"{'comes' if papers == 1 else 'come'} from {phrase}"
    )
    if papers != len(lines):
        head += f" ({len(lines)} {'body' if len(lines) == 1 else 'bodies'})"
    rows = [
        f"- **{safe_text(body)}**{cited}"
        for body, cited_all in lines.items()
        for cited in cited_all
    ]
    counted = f"{len(lines)} {'body' if len(lines) == 1 else 'bodies'}"
    line = f"{counted} of {phrase} among the bodies of {len(docs)} documents."
    return finish(
        q,
        context,
        body=head + ":\n\n" + "\n".join(rows),
        line=line,
        matched=len(lines),
        route="passages",
        citations=builder.citations(),
    )

"""Gathering evidence for composers: the question's filters, hybrid retrieval, and its hits
as scored verbatim sentences; the coverage line of an answer drawn from passages."""

from __future__ import annotations

from collections.abc import Iterator
from functools import partial

from assistant.analysis import QueryAnalysis
from assistant.answers.context import AnswerContext
from assistant.answers.support.acronyms import (
    aliases_of,
    document_aliases,
    names_of,
    question_aliases,
    spelled_out,
    with_aliases,
)
from assistant.citations import Citation
from assistant.evidence import (
    Evidence,
    coverage,
    evidence_from_hits,
    score_evidence,
    term_weights,
)
from ingest.safety import looks_like_instruction
from vectorstore.bm25 import query_terms
from vectorstore.filters import SearchFilters


def search_filters(
    q: QueryAnalysis, context: AnswerContext, documents: list[str] | None = None
) -> SearchFilters:
    data = context.filters.model_dump(exclude_none=True)
    if q.since is not None:
        data["year_from"] = max(q.since, data.get("year_from", q.since))
    if q.until is not None:
        data["year_to"] = min(q.until, data.get("year_to", q.until))
    chosen = documents if documents is not None else q.documents
    if chosen and "document" not in data:
        data["document"] = chosen
    return SearchFilters.model_validate(data)


def gather(
    q: QueryAnalysis,
    context: AnswerContext,
    k: int | None = None,
    *,
    text: str | None = None,
    documents: list[str] | None = None,
    terms: list[str] | None = None,
) -> tuple[list[Evidence], dict[str, float]]:
    """Retrieve, split into verbatim sentences and score against the question's terms; a
    short form no paper writes is searched and scored by the name a paper spells out."""
    filters = search_filters(q, context, documents)
    asked = text or q.standalone or q.question
    spelled = spelled_shorts(asked, context)  # 'GDPR' -> 'General Data Protection Regulations'
    if spelled:
        named = " ".join(spelled.values())
        asked = f"{asked} ({named})"
        base = terms if terms is not None else q.terms
        shorts = {s.lower() for s in spelled}
        terms = [t for t in base if t not in shorts]
        terms += [t for t in query_terms(named) if t not in terms]
    result = context.retriever.search(asked, k=k or context.top_k, filters=filters)
    records = context.register.by_id()
    used = {h.chunk.document_id for h in result.hits}
    texts = {d.id: context.document_text(d.id) for d in context.documents if d.id in used}
    items = evidence_from_hits(
        result.hits, records, texts, context.document_refs(), context.years()
    )
    items = [e for e in items if not looks_like_instruction(e.text)]  # data, never evidence
    weights = term_weights(terms if terms is not None else q.terms, context.stats)
    scored = score_evidence(items, weights)
    return _read_with_aliases(scored, weights, context, text or q.question), weights


def spelled_shorts(question: str, context: AnswerContext) -> dict[str, str]:
    """The short forms of ``question`` no paper writes that a paper spells out ('GDPR' ->
    'General Data Protection Regulations'), each with that name."""
    return spelled_out(
        question,
        lambda word: context.stats.df(word) > 0,
        lambda: spelled_names(context),
    )


def spelled_names(context: AnswerContext) -> dict[str, str]:
    """Every paper's names by their initials (:func:`names_of`), read off every paper once a
    register load (a large record holds thousands; the warm-up reads them)."""
    return context.register.memo("spelled-names", lambda: names_of(_texts_of(context)))


def _texts_of(context: AnswerContext) -> Iterator[str]:
    """Every document's text, read only when a question asks a short form no paper writes
    (most questions ask none; a large record holds thousands)."""
    for d in context.documents:
        yield context.document_text(d.id)


def with_spelled(question: str, context: AnswerContext, text: str) -> str:
    """``text`` with each short form of ``question`` a paper only spells out added where
    ``text`` holds its name: 'GDPR' is spoken of by 'General Data Protection Regulations'."""
    spelled = spelled_shorts(question, context)
    said = [s for s, name in spelled.items() if name.lower() in text.lower()]
    return f"{text} {' '.join(said)}" if said else text


def evidence_aliases(
    evidence: list[Evidence], context: AnswerContext, question: str = ""
) -> dict[str, str]:
    """Short forms and their names ('ILAU' ↔ 'Inspection Liaison & Analysis Unit') defined in
    the documents the evidence is from, and those the question spells out in capitals
    ('Best Value Programme Board' where the record only writes 'BVPB')."""
    ids = list(dict.fromkeys(e.document.id for e in evidence))
    generation = context.catalog.generation() if ids else 0
    aliases = aliases_of(
        [document_aliases(i, generation, partial(context.document_text, i)) for i in ids]
    )
    if question:
        spelled = question_aliases(question, lambda word: context.stats.df(word) > 0)
        aliases.update({s: n for s, n in spelled.items() if s not in aliases})
    return aliases


def _read_with_aliases(
    items: list[Evidence], weights: dict[str, float], context: AnswerContext, question: str
) -> list[Evidence]:
    """A sentence naming the subject by its short form ('The ILAU has, since its formation
    …') scores as if it spelled it out, and the reverse: re-ranked, best first."""
    aliases = evidence_aliases(items, context, question) if weights else {}
    changed = False
    for item in items:
        read = with_aliases(item.text, aliases)
        if read != item.text:
            gain = coverage(read, weights) - coverage(item.text, weights)
            if gain > 0:
                item.score += gain
                changed = True
    return sorted(items, key=lambda e: (-e.score, e.rank, e.start)) if changed else items


def passages_line(citations: list[Citation], context: AnswerContext, written_by: str = "") -> str:
    """The coverage line of an answer drawn from passages: how many, from how many documents,
    of how many searched (and who wrote the sentences, when not govrag)."""
    searched = context.searched()
    span = context.span(searched)
    documents = len({c.document.id for c in citations})
    return (
        f"Answer drawn from {len(citations)} passages in {documents} "
        f"document{'s' if documents != 1 else ''}; searched {len(searched)} documents"
        + (f" ({span})" if span else "")
        + (f"; written by {written_by}." if written_by else ".")
    )

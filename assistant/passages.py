"""Answers built from retrieved passages: the best verbatim sentences, each cited.

Two guards come first. If the question's subject is not in the record at all (its key words
appear in no chunk) or no passage covers enough of it, the answer abstains. If the question
asserts something ('why was the toolkit cancelled?') that no passage about the subject says,
the premise is corrected from the record instead of echoed.
"""

from __future__ import annotations

from collections import OrderedDict

from assistant.analysis import QueryAnalysis
from assistant.answer import Answer, AnswerContext, Coverage, abstain
from assistant.citations import CitationBuilder
from assistant.evidence import Evidence, coverage, evidence_from_hits, score_evidence, term_weights
from assistant.listing import doc_label
from assistant.text import stem, stems
from vectorstore.filters import SearchFilters

MIN_COVERAGE = 0.5
MAX_SENTENCES = 3


def _filters(q: QueryAnalysis, context: AnswerContext) -> SearchFilters:
    data = context.filters.model_dump(exclude_none=True)
    if q.since is not None:
        data["year_from"] = max(q.since, data.get("year_from", q.since))
    if q.until is not None:
        data["year_to"] = min(q.until, data.get("year_to", q.until))
    if q.documents and "document" not in data:
        data["document"] = q.documents
    return SearchFilters.model_validate(data)


def gather(
    q: QueryAnalysis, context: AnswerContext, k: int | None = None
) -> tuple[list[Evidence], dict[str, float], int]:
    """Retrieve, split into verbatim sentences and score. Returns (evidence, weights, hits)."""
    filters = _filters(q, context)
    result = context.retriever.search(
        q.standalone or q.question, k=k or context.top_k, filters=filters
    )
    records = {r.id: r for r in context.register.all()}
    texts = {
        d.id: context.catalog.document_text(d.id)
        for d in context.documents
        if any(h.chunk.document_id == d.id for h in result.hits)
    }
    items = evidence_from_hits(
        result.hits, records, texts, context.document_refs(), context.years()
    )
    weights = term_weights(q.terms, context.stats)
    return score_evidence(items, weights), weights, len(result.hits)


def missing_terms(q: QueryAnalysis, context: AnswerContext) -> list[str]:
    """Key words of the question that no chunk of the record contains."""
    claim_stems = {stem(c) for c in q.claims}
    return [t for t in q.terms if context.stats.df(t) == 0 and stem(t) not in claim_stems]


def _subject(q: QueryAnalysis) -> str:
    words = [t for t in q.terms if stem(t) not in {stem(c) for c in q.claims}]
    return " ".join(words) if words else "that"


def passage_answer(q: QueryAnalysis, context: AnswerContext) -> Answer:
    missing = missing_terms(q, context)
    if missing:
        return abstain(
            q, context, ", ".join(f"'{m}'" for m in missing), "No document in it uses those words."
        )
    if not q.terms and not q.themes:
        return abstain(q, context, "that question", "It names no subject to look for.")
    evidence, weights, _hits = gather(q, context)
    if not evidence:
        return abstain(q, context, _subject(q), _window_note(q))
    top = evidence[: max(3, MAX_SENTENCES)]
    joined = " ".join(e.text for e in top)
    support = coverage(joined, weights) if weights else 0.0
    if weights and support < MIN_COVERAGE:
        return abstain(q, context, _subject(q), "The closest passages are about something else.")
    builder = context.citations()
    chosen = _choose(evidence, weights)
    corrected = _premise_check(q, evidence, weights)
    lines: list[str] = []
    summarised: set[str] = set()
    if corrected:
        lines.append(corrected)
    shown: set[int] = set()
    for item in chosen:
        if item.start in shown:
            continue
        n = builder.add(
            chunk_id=item.chunk_id,
            document=item.document,
            quote=item.text,
            ref=item.ref,
            near=item.start,
        )
        if n is None:
            continue
        shown.add(item.start)
        text = f"{item.display()} [{n}]"
        previous = item
        for _ in range(2):  # 'It ...' sentences that go on about the same thing
            follow = _continuation(previous, evidence)
            if follow is None:
                break
            m = builder.add(
                chunk_id=follow.chunk_id,
                document=follow.document,
                quote=follow.text,
                ref=follow.ref,
                near=follow.start,
            )
            if m is not None:
                text += f" {follow.display()} [{m}]"
                shown.add(follow.start)
            previous = follow
        where = item.document.title + (f", ref {item.ref}" if item.ref else "")
        lines.append(f"- {text} — *{where}*")
        if item.record_id and item.record_id not in summarised and len(summarised) < 2:
            summarised.add(item.record_id)
            summary = _record_summary(
                item, context, builder, {c.text for c in evidence if c.start in shown}
            )
            if summary:
                lines.append(f"  {summary}")
    if not builder.citations():
        return abstain(q, context, _subject(q))
    searched = context.searched()
    span = context.span(searched)
    docs_used = len({c.document.id for c in builder.citations()})
    line = (
        f"Answer drawn from {len(builder.citations())} passages in {docs_used} "
        f"document{'s' if docs_used != 1 else ''}; searched {len(searched)} documents"
        + (f" ({span})" if span else "")
        + "."
    )
    lines.append(f"\n_{line}_")
    return Answer(
        answer="\n".join(lines),
        citations=builder.citations(),
        coverage=Coverage(
            matched=len(builder.citations()),
            searched_documents=len(searched),
            period=span,
            line=line,
        ),
        query=q,
        route="passages",
        notes=["premise-corrected"] if corrected else [],
    )


def _record_summary(
    item: Evidence, context: AnswerContext, builder: CitationBuilder, shown: set[str]
) -> str:
    """Status and first progress sentence of the record an evidence sentence came from."""
    from assistant.citations import record_quote

    record = next((r for r in context.register.all() if r.id == item.record_id), None)
    if record is None:
        return ""
    parts = []
    stated = record_quote(record, record.status_text) if record.status_basis == "stated" else None
    if stated:
        n = builder.add(
            chunk_id=item.chunk_id,
            document=record.document,
            quote=stated[0],
            ref=record.ref,
            near=stated[1],
        )
        parts.append(
            f"Status: {record.status.replace('_', ' ')} (“{record.status_text}”)"
            + (f" [{n}]" if n else "")
        )
    elif record.status != "unknown":
        parts.append(f"Status: {record.status.replace('_', ' ')}")
    if record.progress and item.label != "progress":
        said = record_quote(record, record.progress)
        if said and said[0] not in shown:
            n = builder.add(
                chunk_id=item.chunk_id,
                document=record.document,
                quote=said[0],
                ref=record.ref,
                near=said[1],
            )
            if n:
                parts.append(f"Progress: “{said[0]}” [{n}]")
    return "; ".join(parts)


_PRONOUN = ("It ", "This ", "These ", "They ", "Its ", "Their ")


def _continuation(item: Evidence, evidence: list[Evidence]) -> Evidence | None:
    """The next sentence of the same passage when it goes on about the same thing ('It is...')."""
    following = [
        e
        for e in evidence
        if e.chunk_id == item.chunk_id and e.label == item.label and e.start > item.start
    ]
    if not following:
        return None
    nearest = min(following, key=lambda e: e.start)
    return nearest if nearest.text.startswith(_PRONOUN) else None


def _window_note(q: QueryAnalysis) -> str:
    return f"Nothing in the record matches {q.period}." if q.period else ""


def _choose(evidence: list[Evidence], weights: dict[str, float]) -> list[Evidence]:
    """Up to three strong sentences, at most two from one chunk, none repeating another."""
    chosen: list[Evidence] = []
    per_chunk: dict[str, int] = {}
    best = evidence[0].score if evidence else 0.0
    for item in evidence:
        if len(chosen) >= MAX_SENTENCES:
            break
        if chosen and item.score < best * 0.55:
            break
        if per_chunk.get(item.chunk_id, 0) >= 2:
            continue
        if any(item.text in c.text or c.text in item.text for c in chosen):
            continue
        if len(item.text.split()) < 4 and (chosen or len(evidence) > 1):
            continue  # a bare title or label says nothing on its own
        if weights and coverage(item.text, weights) == 0 and chosen:
            continue
        chosen.append(item)
        per_chunk[item.chunk_id] = per_chunk.get(item.chunk_id, 0) + 1
    return chosen


def _premise_check(
    q: QueryAnalysis, evidence: list[Evidence], weights: dict[str, float]
) -> str | None:
    """If the question claims something no relevant passage says, say so plainly."""
    if not q.claims or q.intent not in ("lookup", "explain"):
        return None
    relevant = [e for e in evidence[:12] if coverage(e.text, weights) >= 0.4] or evidence[:5]
    claim_stems = {stem(c) for c in q.claims}
    if any(claim_stems & stems(e.text) for e in relevant):
        return None
    claim = q.claims[0]
    return f"**The record does not say that {_subject(q)} was {claim}.** What it does say:"


def compare_answer(q: QueryAnalysis, context: AnswerContext) -> Answer:
    """The subject in each document that speaks to it, oldest first."""
    missing = missing_terms(q, context)
    if missing:
        return abstain(
            q, context, ", ".join(f"'{m}'" for m in missing), "No document in it uses those words."
        )
    evidence, weights, _ = gather(q, context, k=max(16, context.top_k * 2))
    records = {r.id: r for r in context.register.all()}
    themed = {rid for rid, r in records.items() if set(q.themes) & set(r.themes)}
    strong = [
        e
        for e in evidence
        if len(e.text.split()) >= 4
        and ((weights and coverage(e.text, weights) >= 0.5) or (e.record_id in themed))
    ]
    by_doc: OrderedDict[str, Evidence] = OrderedDict()
    for item in sorted(strong, key=lambda e: -e.score):
        by_doc.setdefault(item.document.id, item)
    if len(by_doc) < 2:
        return passage_answer(q, context)
    builder = context.citations()
    documents = {d.id: d for d in context.documents}
    topic = " and ".join(q.themes) if q.themes else _subject(q)
    lines = [f"**{topic[:1].upper()}{topic[1:]} across {len(by_doc)} documents, oldest first:**"]
    ordered = sorted(by_doc.values(), key=lambda e: (e.year or 0, e.document.title))
    for item in ordered:
        n = builder.add(
            chunk_id=item.chunk_id,
            document=item.document,
            quote=item.text,
            ref=item.ref,
            near=item.start,
        )
        if n is None:
            continue
        label = f" ({item.ref})" if item.ref else ""
        lines.append(f"- *{doc_label(documents.get(item.document.id))}*{label}: {item.text} [{n}]")
    searched = context.searched()
    span = context.span(searched)
    line = f"Compared {len(by_doc)} of {len(searched)} documents that speak to it; searched {span}."
    lines.append(f"\n_{line}_")
    return Answer(
        answer="\n".join(lines),
        citations=builder.citations(),
        coverage=Coverage(
            matched=len(by_doc), searched_documents=len(searched), period=span, line=line
        ),
        query=q,
        route="compare",
    )

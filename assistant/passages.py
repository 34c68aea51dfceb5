"""Answers built from retrieved passages: the best verbatim sentences, each cited.

Guards come first. If most of the question's key words appear in no chunk, or no passage covers
enough of it, the answer abstains. A question about what came of something that the record only
announces ('we are looking forward to a workshop…') abstains too. If the question asserts
something the record contradicts or does not say, the premise is corrected from the record.
"""

from __future__ import annotations

import re
from collections import OrderedDict

from assistant.analysis import QueryAnalysis, QuestionPart
from assistant.answer import Answer, AnswerContext, Coverage, abstain
from assistant.citations import CitationBuilder, record_quote
from assistant.evidence import Evidence, coverage, evidence_from_hits, term_weights
from assistant.lookup import claim_supported, record_premise
from assistant.recordtext import doc_label, safe_text
from assistant.retrieval import gather
from assistant.text import stem, stems
from ingest.model import DocumentInfo
from vectorstore.retriever import SearchHit

MIN_COVERAGE = 0.5
MAX_SENTENCES = 3
_FUTURE = re.compile(
    r"\b(?:looking forward to|will|shall|planned|plans? to|is due to|are due to|to be held|intend|"
    r"to go live|to be (?:launched|implemented|introduced|completed|trialled))\b",
    re.I,
)
_NUMBER = re.compile(r"£\s?\d[\d,.]*\s?[mk]?|\b\d[\d,.]*%?")
_PAST = re.compile(
    r"\b(?:was|were|has been|have been|agreed|decided|concluded|found|resulted)\b", re.I
)
_PRONOUN = ("It ", "This ", "These ", "They ", "Its ", "Their ")


def missing_terms(q: QueryAnalysis, context: AnswerContext) -> list[str]:
    """Key words of the question that no chunk of the record contains."""
    claim_stems = {stem(w) for c in q.claims for w in c.text.split()}
    return [t for t in q.terms if context.stats.df(t) == 0 and stem(t) not in claim_stems]


def subject_of(q: QueryAnalysis) -> str:
    claim_stems = {stem(w) for c in q.claims for w in c.text.split()}
    words = [t for t in q.terms if stem(t) not in claim_stems]
    return " ".join(words) if words else "that"


def _unknown(q: QueryAnalysis, context: AnswerContext) -> Answer | None:
    missing = missing_terms(q, context)
    known = [t for t in q.terms if t not in missing]
    if missing and (not known or (len(missing) >= 2 and len(missing) >= len(known))):
        return abstain(
            q, context, ", ".join(f"'{m}'" for m in missing), "No document in it uses those words."
        )
    if not q.terms and not q.themes:
        if q.documents:  # 'What did the 2017 report find?'
            from assistant.docfacts import overview_answer

            return overview_answer(q, context)
        return abstain(q, context, "that question", "It names no subject to look for.")
    return None


def passage_answer(q: QueryAnalysis, context: AnswerContext) -> Answer:
    refused = _unknown(q, context)
    if refused:
        return refused
    evidence, weights = gather(q, context)
    if not evidence:
        return abstain(
            q,
            context,
            subject_of(q),
            f"Nothing in the record matches {q.period}." if q.period else "",
        )
    joined = " ".join(e.text for e in evidence[:3])
    checked = _premise_weights(q, context) or weights
    if checked and coverage(joined, checked) < MIN_COVERAGE:
        return abstain(q, context, subject_of(q), "The closest passages are about something else.")
    if q.quantity and not _has_figure(q, evidence[:6]):
        return abstain(
            q, context, f"a figure for {subject_of(q)}", "The passages about it give no number."
        )
    if q.outcome and _only_announced(evidence[:5], weights):
        return abstain(
            q,
            context,
            f"what came of {subject_of(q)}",
            "It only mentions it as something planned; no later paper reports the outcome.",
        )
    builder = context.citations()
    lines: list[str] = []
    notes: list[str] = []
    correction = _premise(q, evidence, weights, context, builder)
    if correction:
        lines.append(correction)
        notes.append("premise-corrected")
        lines.append("What the record says:")
    shown: set[int] = {c.start for c in builder.citations() if c.start is not None}
    summarised: set[str] = set()
    chosen = _choose(evidence, weights)
    for index, part in enumerate(q.parts[1:], start=1):
        extra = best_for_part(q, context, part, chosen, previous=q.parts[index - 1])
        if extra is not None:
            chosen.append(extra)
    for item in chosen:
        if item.start in shown:
            continue
        n = builder.add_evidence(item)
        if n is None:
            continue
        shown.add(item.start)
        text = f"{item.display()} [{n}]"
        previous = item
        for _ in range(2):  # 'It ...' sentences that go on about the same thing
            follow = _continuation(previous, evidence)
            if follow is None or follow.start in shown:
                break
            m = builder.add_evidence(follow)
            if m is not None:
                text += f" {follow.display()} [{m}]"
                shown.add(follow.start)
            previous = follow
        where = safe_text(item.document.title) + (f", ref {item.ref}" if item.ref else "")
        lines.append(f"- {text} — *{where}*")
        if item.record_id and item.record_id not in summarised and len(summarised) < 2:
            summarised.add(item.record_id)
            summary = _record_summary(item, context, builder, shown)
            if summary:
                lines.append(f"  {summary}")
    if not builder.citations():
        return abstain(q, context, subject_of(q))
    return _finish(q, context, builder, lines, notes)


def _premise_weights(q: QueryAnalysis, context: AnswerContext) -> dict[str, float]:
    """When the question rests on a premise, it is the premise the passages must be about:
    the rest ('which was the last to finish?') may not exist if the premise is false."""
    from assistant.evidence import term_weights
    from vectorstore.bm25 import query_terms

    if not q.premise:
        return {}
    words = set(query_terms(q.premise))
    return term_weights([t for t in q.terms if t in words], context.stats)


def _finish(
    q: QueryAnalysis,
    context: AnswerContext,
    builder: CitationBuilder,
    lines: list[str],
    notes: list[str],
) -> Answer:
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
        notes=notes,
    )


_POINTS_BACK = r"\b(?:it|its|they|them|their|this|that)\b"


def _part_terms(text: str) -> list[str]:
    from assistant.analysis import GENERIC
    from vectorstore.bm25 import query_terms

    return [t for t in query_terms(text) if t not in GENERIC and not t.isdigit()]


def _names_in_answer(
    previous: QuestionPart, chosen: list[Evidence], context: AnswerContext
) -> list[str]:
    """Names in the sentence answering the previous part ('Grant Thornton'): what 'them' is."""
    weights = term_weights(_part_terms(previous.text), context.stats)
    if not weights or not chosen:
        return []
    answer = max(chosen, key=lambda e: coverage(e.text, weights))
    asked = {w.lower() for w in re.findall(r"[A-Za-z]+", previous.text)}
    names = re.findall(r"(?<=[a-z,;] )((?:[A-Z][a-z]+ ?){1,3})", answer.text)
    return [w.lower() for n in names for w in n.split() if w.lower() not in asked]


def best_for_part(
    q: QueryAnalysis,
    context: AnswerContext,
    part: QuestionPart,
    chosen: list[Evidence],
    previous: QuestionPart | None = None,
) -> Evidence | None:
    """The best sentence for one part of a multi-part question, if not already chosen.

    It is looked for in the documents the part names; else, when it points back ('when is it
    holding a workshop with them?'), in those of the sentences chosen so far, preferring the
    names the previous part's answer gave ('Grant Thornton'); else in every document.
    """
    terms = _part_terms(part.text)
    if not terms:
        return None
    documents: list[str] = list(part.documents)
    if not documents and chosen and re.search(_POINTS_BACK, part.text, re.I):
        documents = list(dict.fromkeys(e.document.id for e in chosen))
        if previous is not None:
            terms += [n for n in _names_in_answer(previous, chosen, context) if n not in terms]
    evidence, weights = gather(
        q, context, text=" ".join([part.text, *terms]), terms=terms, documents=documents
    )
    taken = {e.start for e in chosen}
    candidates = evidence[:5]
    if chosen and re.search(_POINTS_BACK, part.text, re.I):  # 'it' = what was just quoted
        candidates = _sentences_of(chosen, context, weights) + candidates
    for item in candidates:
        if item.start in taken or len(item.text.split()) < 4:
            continue
        if coverage(item.text, weights) >= 0.34:
            return item
    return None


def _sentences_of(
    items: list[Evidence], context: AnswerContext, weights: dict[str, float]
) -> list[Evidence]:
    """Every sentence of the passages the items came from, best for ``weights`` first."""
    ids = list(dict.fromkeys(e.chunk_id for e in items))
    chunks = context.catalog.chunks(ids)
    records = context.register.by_id()
    used = {c.document_id for c in chunks.values()}
    texts = {d: context.document_text(d) for d in used}
    hits = [SearchHit(chunks[i], 0.0) for i in ids if i in chunks]
    sentences = evidence_from_hits(hits, records, texts, context.document_refs(), context.years())
    return sorted(sentences, key=lambda e: -coverage(e.text, weights))


def opening_sentences(context: AnswerContext, doc: DocumentInfo, limit: int) -> list[Evidence]:
    """The first substantive prose sentences of a document (eight words or more), in order."""
    rows = context.catalog.conn.execute(
        "SELECT id FROM chunks WHERE document_id = ? AND kind = 'prose' ORDER BY rowid LIMIT 4",
        (doc.id,),
    ).fetchall()
    items = _sentences_of([_stub(str(r["id"]), doc) for r in rows], context, {})
    ordered = sorted(items, key=lambda e: e.start)
    return [
        e
        for e in ordered
        if len(e.text.split()) >= 8
        and not e.partial
        and not re.match(r"[\w ]{1,25}:\s", e.text)  # 'Report by: ...' is a label, not prose
        and not e.text.rstrip().endswith(":")  # nor is 'The key things you need to know are:'
    ][:limit]


def _stub(chunk_id: str, doc: DocumentInfo) -> Evidence:
    return Evidence("", 0, doc.ref(), chunk_id, None, None, None, "", 0, doc.year)


def continuation(item: Evidence, context: AnswerContext) -> Evidence | None:
    """The sentence after ``item`` in its passage when it goes on about it ('It is due ...')."""
    return _continuation(item, _sentences_of([item], context, {}))


def _has_figure(q: QueryAnalysis, evidence: list[Evidence]) -> bool:
    """A number (not a year) in a sentence that names what is counted ('4,000 staff')."""
    from assistant.analysis import counted_noun

    noun = counted_noun(q.question) or ""
    noun_stem = stem(noun) if noun else ""
    for item in evidence:
        figures = [f for f in _NUMBER.findall(item.text) if not re.fullmatch(r"(?:19|20)\d\d", f)]
        if figures and (not noun_stem or noun_stem in stems(item.text)):
            return True
    return False


def _only_announced(evidence: list[Evidence], weights: dict[str, float]) -> bool:
    """The passage that best matches the question speaks of the thing as still to come."""
    if not evidence:
        return False
    best = max(evidence, key=lambda e: (coverage(e.text, weights), -e.rank))
    return bool(_FUTURE.search(best.text)) and not _PAST.search(best.text)


def _premise(
    q: QueryAnalysis,
    evidence: list[Evidence],
    weights: dict[str, float],
    context: AnswerContext,
    builder: CitationBuilder,
) -> str | None:
    """Check what the question asserts: against the record the evidence is about, else the text."""
    if (not q.claims and not q.priority) or q.intent not in ("lookup", "explain"):
        return None
    relevant = [
        e for e in evidence[:12] if not weights or coverage(e.text, weights) >= 0.4
    ] or evidence[:5]
    records = context.register.by_id()
    record_ids = [e.record_id for e in relevant if e.record_id]
    if record_ids:
        top = max(set(record_ids), key=lambda rid: (record_ids.count(rid), -record_ids.index(rid)))
        record = records.get(top)
        if record is not None:
            return record_premise(
                q,
                record,
                builder,
                context.catalog.record_chunk_id(record.id),
                subject=subject_of(q) if q.terms else None,
            )
    texts = [e.text for e in relevant]
    for claim in q.claims:
        if not claim_supported(claim.text, texts):
            return f"**The record does not say that {q.premise or subject_of(q)}.**"
    return None


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


def _record_summary(
    item: Evidence, context: AnswerContext, builder: CitationBuilder, shown: set[int]
) -> str:
    """Status and first progress sentence of the record an evidence sentence came from."""
    record = context.register.get(item.record_id)
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
            f"Status: {record.status.replace('_', ' ')} (“{safe_text(record.status_text)}”)"
            + (f" [{n}]" if n else "")
        )
    elif record.status != "unknown":
        parts.append(f"Status: {record.status.replace('_', ' ')}")
    if record.progress:
        said = record_quote(record, record.progress)
        if said and said[1] not in shown:
            n = builder.add(
                chunk_id=item.chunk_id,
                document=record.document,
                quote=said[0],
                ref=record.ref,
                near=said[1],
            )
            if n:
                shown.add(said[1])
                parts.append(f"Progress: “{said[0]}” [{n}]")
    return "; ".join(parts)


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


def compare_answer(q: QueryAnalysis, context: AnswerContext) -> Answer:
    """Themed comparisons go by records; otherwise the best sentence in each document."""
    from assistant.recurrence import compare_by_records

    refused = _unknown(q, context)
    if refused:
        return refused
    by_records = compare_by_records(q, context)
    if by_records is not None:
        return by_records
    evidence, weights = gather(q, context, k=max(16, context.top_k * 2))
    strong = [
        e
        for e in evidence
        if len(e.text.split()) >= 4 and (not weights or coverage(e.text, weights) >= 0.5)
    ]
    by_doc: OrderedDict[str, Evidence] = OrderedDict()
    for item in sorted(strong, key=lambda e: -e.score):
        by_doc.setdefault(item.document.id, item)
    if len(by_doc) < 2:
        return passage_answer(q, context)
    builder = context.citations()
    documents = {d.id: d for d in context.documents}
    lines = [f"**{subject_of(q).capitalize()} across {len(by_doc)} documents, oldest first:**"]
    for item in sorted(by_doc.values(), key=lambda e: (e.year or 0, e.document.title)):
        n = builder.add_evidence(item)
        if n is None:
            continue
        label = f" ({item.ref})" if item.ref else ""
        lines.append(
            f"- *{doc_label(documents.get(item.document.id))}*{label}: {item.display()} [{n}]"
        )
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

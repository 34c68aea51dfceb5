"""Answers about named records: by ref ('R18', 'HMIC R4', 'item 4') or by description
('the HR policies action'), giving every field the question asks for.

A question that asserts something about the record ('was fully met', 'was delivered by its
November 2008 deadline', 'was cancelled') is checked against the record's own facts and
corrected when they disagree.
"""

from __future__ import annotations

import re
from collections import OrderedDict

from assistant.analysis import QueryAnalysis
from assistant.answer import Answer, AnswerContext, Coverage, abstain
from assistant.citations import CitationBuilder, record_quote
from assistant.evidence import Evidence, coverage, record_evidence, term_weights
from assistant.listing import TOPIC_SHARE_MIN, apply_api_filters, topic_terms, topic_weights
from assistant.recordtext import (
    cite,
    cite_record,
    doc_label,
    due_words,
    key_sentence,
    negative_sentences,
    record_name,
    safe_text,
    status_sentence,
)
from assistant.register import record_text
from assistant.text import stem, stems
from ingest.model import ActionRecord
from vectorstore.filters import SearchFilters


def resolve_refs(q: QueryAnalysis, context: AnswerContext) -> list[ActionRecord]:
    wanted = [r.lower() for r in q.refs]
    found = context.register.with_refs(wanted)
    if not found:
        records = context.register.all()
        found = [
            r for r in records if r.ref and any(r.ref.lower().endswith(" " + w) for w in wanted)
        ]
    if q.documents:
        found = [r for r in found if r.document.id in q.documents] or found
    if q.section:
        found = [r for r in found if r.section == q.section] or found
    if len({r.document.id for r in found}) > 1 and q.terms:
        weights = topic_weights(topic_terms(q, context), context)
        if weights:
            shares = context.register.topic_share_of(found, weights)
            best = max(shares)
            if best > 0:
                found = [r for r, share in zip(found, shares, strict=True) if share == best]
    return apply_api_filters(found, context.filters, context)


def ref_ranges(context: AnswerContext) -> str:
    """'R1–R27 and HMIC R1–HMIC R5 in MPS Action Plan for PURE/SRL (2008); …' per document."""
    parts = []
    for doc in context.documents:
        refs = [r.ref for r in context.register.of_document(doc.id) if r.ref]
        if not refs:
            continue
        groups: OrderedDict[str, list[str]] = OrderedDict()
        for ref in refs:
            groups.setdefault(re.sub(r"[\d.]+$", "", ref), []).append(ref)
        spans = [g[0] if len(g) == 1 else f"{g[0]}–{g[-1]}" for g in groups.values()]
        parts.append(f"{' and '.join(spans)} in {doc_label(doc)}")
    return "; ".join(parts)


def refs_answer(q: QueryAnalysis, context: AnswerContext) -> Answer:
    found = resolve_refs(q, context)
    if found and q.documents and not {r.document.id for r in found} & set(q.documents):
        # 'R5 relies on the toolkit; according to the 2007/08 AGS, what state was it in?'
        from assistant.passages import passage_answer

        return passage_answer(q, context)
    if not found:
        return abstain(
            q,
            context,
            f"an action numbered {', '.join(q.refs)}",
            f"Its refs are: {ref_ranges(context)}.",
        )
    return describe_records(q, found, context, route="refs")


def field_answer(q: QueryAnalysis, context: AnswerContext) -> Answer | None:
    """'When is the HR policies action due?': the one record the question is about, if clear."""
    topic = topic_terms(q, context)
    if not topic:
        return None
    data = context.filters.model_dump(exclude_none=True)
    data["kind"] = "record"
    if q.documents and "document" not in data:
        data["document"] = q.documents
    hits = context.retriever.search(
        q.question, k=5, filters=SearchFilters.model_validate(data)
    ).hits
    weights = topic_weights(topic, context)
    records = context.register.by_id()
    found = [records[h.chunk.record_id] for h in hits if h.chunk.record_id in records]
    scored = list(zip(context.register.topic_share_of(found, weights), found, strict=True))
    if not scored:
        return None
    best_share = max(share for share, _ in scored)
    if best_share < TOPIC_SHARE_MIN:
        return None
    best = next(record for share, record in scored if share == best_share)
    return describe_records(q, [best], context, route="field")


def describe_records(
    q: QueryAnalysis, records: list[ActionRecord], context: AnswerContext, route: str
) -> Answer:
    builder = context.citations()
    notes: list[str] = []
    weights = term_weights(q.terms, context.stats)
    paragraphs = [
        describe_one(q, record, builder, context.catalog.record_chunk_id(record.id), notes, weights)
        for record in records[:6]
    ]
    extra = supplement(q, context, builder, " ".join(paragraphs), {r.id for r in records})
    if extra:
        paragraphs.append(extra)
    searched = context.searched()
    span = context.span(searched)
    names = ", ".join(r.ref or safe_text(r.title) for r in records[:6])
    total = len(context.register.all())
    line = f"{len(records)} of {total} actions match ({names}); searched {len(searched)} documents"
    line += f", {span}." if span else "."
    return Answer(
        answer="\n\n".join(paragraphs) + f"\n\n_{line}_",
        citations=builder.citations(),
        records=records,
        coverage=Coverage(
            matched=len(records), searched_documents=len(searched), period=span, line=line
        ),
        query=q,
        route=route,
        notes=notes,
    )


def describe_one(
    q: QueryAnalysis,
    record: ActionRecord,
    builder: CitationBuilder,
    chunk_id: str | None,
    notes: list[str],
    weights: dict[str, float],
) -> str:
    """One record: a premise correction if needed, then each field asked (or a summary)."""
    name = f"**{record.ref}**" if record.ref else f"**{safe_text(record.title)}**"
    where = f"({doc_label(None, record)})"
    correction = record_premise(q, record, builder, chunk_id)
    if correction:
        notes.append("premise-corrected")
        return correction
    fields = [
        f for f in q.fields if f in ("due", "owner", "priority", "status", "progress", "action")
    ]
    if not fields:
        return _summary(q, record, builder, chunk_id, weights, name, where)
    sentences = []
    for field in fields:
        sentences.append(_field_sentence(field, q, record, builder, chunk_id, weights, name, where))
        name, where = "It", ""
    text = " ".join(s for s in sentences if s)
    for more in _uncovered_sentences(q, record, text, weights):
        text += f" “{more[0]}”{cite_record(builder, record, chunk_id, more)}"
    return text


def _field_sentence(
    field: str,
    q: QueryAnalysis,
    record: ActionRecord,
    builder: CitationBuilder,
    chunk_id: str | None,
    weights: dict[str, float],
    name: str,
    where: str,
) -> str:
    subject = f"{name} {where}".strip()
    if field == "due" and record.due_text and not record.due_date:
        marker = cite(builder, record, chunk_id, record.due_text)
        return f"{subject}: its date column says “{safe_text(record.due_text)}”{marker}."
    if field == "due":
        if not record.due_text:
            marker = cite(builder, record, chunk_id, record.title)
            return f"{subject}: the record gives no deadline for this action{marker}."
        text = f"{subject} is due **{due_words(record)}**"
        if record.revised_from_text:
            text += f", revised from {safe_text(record.revised_from_text)}"
        text += cite(builder, record, chunk_id, record.due_text) + "."
        if "status" not in q.fields:
            text += status_sentence(record, builder, chunk_id)
        for dated in _dated_progress(record, shown=text):
            text += f" “{dated[0]}”{cite_record(builder, record, chunk_id, dated)}"
        return text
    if field == "owner":
        if not record.owner:
            lead = _lead_sentence(record)
            said = (
                f" It says: “{lead[0]}”{cite_record(builder, record, chunk_id, lead)}"
                if lead
                else ""
            )
            return f"{subject}: the record names no owner for this action.{said}"
        marker = cite(builder, record, chunk_id, record.owner)
        return f"{subject} is owned by **{safe_text(record.owner)}**{marker}."
    if field == "priority":
        if not record.priority:
            return f"{subject}: the record gives no priority."
        marker = cite(builder, record, chunk_id, record.priority)
        return f"{subject} has **{safe_text(record.priority)}** priority{marker}."
    if field == "status":
        return f"{subject}:{status_sentence(record, builder, chunk_id)}"
    body: str | None = record.progress if field == "progress" else record.action
    if not body:
        kind = "progress note" if field == "progress" else "agreed action"
        return f"{subject}: the record gives no {kind}."
    best = key_sentence(record, weights) if weights else None
    if best is None or best[0] not in body:
        best = record_quote(record, body)
    if best is None:
        return ""
    label = "Progress" if field == "progress" else "Agreed action"
    return f"{subject} — {label}: “{best[0]}”{cite_record(builder, record, chunk_id, best)}"


def _summary(
    q: QueryAnalysis,
    record: ActionRecord,
    builder: CitationBuilder,
    chunk_id: str | None,
    weights: dict[str, float],
    name: str,
    where: str,
) -> str:
    marker = cite(builder, record, chunk_id, record.title, record.finding, record.action)
    parts = [f"{name} {where}: {safe_text(record.title)}{marker}"]
    details = []
    if record.owner:
        details.append(f"Owner: {safe_text(record.owner)}.")
    if record.due_text:
        due = f"Due: {due_words(record)}"
        if record.revised_from_text:
            due += f" (revised from {safe_text(record.revised_from_text)})"
        details.append(due + cite(builder, record, chunk_id, record.due_text) + ".")
    if details:
        parts.append(" ".join(details))
    parts.append(status_sentence(record, builder, chunk_id).strip())
    said = key_sentence(record, weights) if weights else record_quote(record, record.progress)
    if said and record.progress and said[0] in record.progress:
        parts.append(f"Progress: “{said[0]}”{cite_record(builder, record, chunk_id, said)}")
    return " ".join(p for p in parts if p)


def _uncovered(q: QueryAnalysis, shown: str, weights: dict[str, float]) -> dict[str, float]:
    """The question's weighted terms that the answer so far does not contain."""
    present = stems(shown)
    return {term: w for term, w in weights.items() if term not in present}


_DATED = re.compile(
    r"\b(?:(?:19|20)\d\d(?:/\d{2})?|Q[1-4]\b|(?:January|February|March|April|May|June|July|August|"
    r"September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b)"
)
_LEAD = re.compile(
    r"\b(?:tak\w+ the lead|lead(?:s|ing)? on|responsib\w+|accountab\w+|will be led by)\b", re.I
)


def _dated_progress(record: ActionRecord, shown: str, limit: int = 2) -> list[tuple[str, int]]:
    """Progress sentences that put a date on the work ('to go live in Q2 2009')."""
    progress = record.progress or ""
    out = []
    for item in record_evidence(record, "", 0):
        if item.text in progress and item.text not in shown and _DATED.search(item.text):
            out.append((item.text, item.start))
    return out[:limit]


def _lead_sentence(record: ActionRecord) -> tuple[str, int] | None:
    """When the owner cell is empty, the sentence that says who takes the lead, if any."""
    for item in record_evidence(record, "", 0):
        if _LEAD.search(item.text):
            return item.text, item.start
    return None


def _naming(record: ActionRecord) -> str:
    """Words that identify the record (its ref and title): finding it already answers them."""
    return " ".join(t for t in (record.ref, record.title, record.category, record.section) if t)


def _uncovered_sentences(
    q: QueryAnalysis, record: ActionRecord, shown: str, weights: dict[str, float]
) -> list[tuple[str, int]]:
    """The record's sentences answering what the fields did not ('by when should every member
    have a role profile?' -> the progress sentence naming 'the end of December 2002'). Two when
    a page break cut the answering sentence in two."""
    missing = _uncovered(q, f"{shown} {_naming(record)}", weights)
    if not missing or sum(missing.values()) < 0.2 * sum(weights.values()):
        return []
    items = [
        e
        for e in record_evidence(record, "", 0)
        if len(e.text.split()) >= 4 and e.text not in shown
    ]
    ranked = sorted(items, key=lambda e: (-coverage(e.text, missing), e.start))
    chosen = [e for e in ranked[:2] if coverage(e.text, missing) >= 0.45]
    return [(e.text, e.start) for e in sorted(chosen, key=lambda e: e.start)]


def supplement(
    q: QueryAnalysis,
    context: AnswerContext,
    builder: CitationBuilder,
    shown: str,
    exclude: set[str],
) -> str | None:
    """For questions that join two facts: the best sentence elsewhere in the record that covers
    the words the records described so far do not."""
    from assistant.passages import continuation
    from assistant.retrieval import gather

    weights = term_weights(q.terms, context.stats)
    named = " ".join(_naming(r) for rid in exclude if (r := context.register.get(rid)))
    missing = _uncovered(q, f"{shown} {named}", weights)
    evidence, _ = gather(q, context, terms=list(q.terms))
    best = None
    if missing and sum(missing.values()) >= 0.4 * sum(weights.values()):
        candidates = [
            e for e in evidence if e.record_id not in exclude and len(e.text.split()) >= 5
        ]
        scored = sorted(candidates, key=lambda e: (-coverage(e.text, missing), e.rank, e.start))
        if scored and coverage(scored[0].text, missing) >= 0.5:
            best = scored[0]
    found = [best] if best is not None else _other_parts(q, context, shown, exclude)
    lines = []
    for item in found:
        n = builder.add_evidence(item)
        if n is None:
            continue
        text = f"“{item.display()}” [{n}]"
        nearest = continuation(item, context)
        if nearest is not None and nearest.start not in {i.start for i in found}:
            m = builder.add_evidence(nearest)
            if m:
                text += f" “{nearest.display()}” [{m}]"
        where = safe_text(item.document.title) + (f", ref {item.ref}" if item.ref else "")
        lines.append(f"Also in the record: {text} — *{where}*")
    return "\n\n".join(lines) or None


def _other_parts(
    q: QueryAnalysis, context: AnswerContext, shown: str, exclude: set[str]
) -> list[Evidence]:
    """'When was the DRM programme launched, and which workstreams address R17?': the best
    sentence for each part of the question that names none of its refs, if not shown already."""
    from assistant.passages import best_for_part

    refs = {ref.lower() for ref in q.refs}
    found: list[Evidence] = []
    previous = None
    for part in q.parts:
        words = {w.lower() for w in re.findall(r"[A-Za-z0-9.]+", part.text)}
        if refs and not words & refs:
            item = best_for_part(q, context, part, found, previous=previous)
            if item and item.record_id not in exclude and item.text not in shown:
                found.append(item)
        previous = part
    return found


def record_premise(
    q: QueryAnalysis,
    record: ActionRecord,
    builder: CitationBuilder,
    chunk_id: str | None,
    subject: str | None = None,
) -> str | None:
    """A correction when the question asserts what the record contradicts or does not say.

    `subject` is the question's own name for the thing ('partnership toolkit'); when given, an
    unsupported claim is denied in the question's words and the record is then named.
    """
    name = record_name(record)
    where = f"({doc_label(None, record)})"
    if q.priority and record.priority and q.priority.lower() != record.priority.lower():
        head = f"**No — {name} {where} is {safe_text(record.priority)} priority, not {q.priority}**"
        return (
            head
            + cite(builder, record, chunk_id, record.priority)
            + "."
            + _facts(record, builder, chunk_id)
        )
    text = record_text(record) + " " + (record.due_text or "") + " " + (record.status_text or "")
    present = stems(text)
    for claim in q.claims:
        if claim.kind == "complete" and record.status != "complete":
            head = (
                f"**No — the record does not show {name} {where} as {_claim_words(claim.text)}.**"
            )
            return head + _facts(record, builder, chunk_id, negatives=True)
        if claim.kind == "slipped" and not record.revised_from_date and not _slipped(record):
            return f"**The record does not say {name} {where} slipped.**" + _facts(
                record, builder, chunk_id
            )
        if claim.kind in ("stopped", "other") and not (stems(claim.text) & present):
            if subject:
                head = (
                    f"**The record does not say that the {subject} was {claim.text.lower()}.**"
                    f" The record has it as {name} {where}."
                )
            else:
                head = f"**The record does not say {name} {where} was {claim.text.lower()}.**"
            return head + _facts(record, builder, chunk_id)
    asked = {q.since, q.until} - {None}
    dated = {int(d[:4]) for d in (record.due_date, record.revised_from_date) if d}
    if asked and dated and not asked & dated and ("due" in q.fields or q.claims):
        return f"**No — {name} {where} was not due then.**" + _facts(record, builder, chunk_id)
    return None


def _claim_words(text: str) -> str:
    lowered = text.lower()
    if lowered.startswith("by "):
        return f"done {lowered}"
    return lowered


def _slipped(record: ActionRecord) -> bool:
    return bool(
        record.due_date
        and record.report_date
        and record.due_date < record.report_date
        and record.status != "complete"
    )


def _facts(
    record: ActionRecord, builder: CitationBuilder, chunk_id: str | None, negatives: bool = False
) -> str:
    """What the record does say: owner, deadline (and revision), status, the telling sentences."""
    parts = []
    if record.owner:
        marker = cite(builder, record, chunk_id, record.owner)
        parts.append(f" Owner: {safe_text(record.owner)}{marker}.")
    if record.due_date and record.due_text:
        due = f" Its deadline is {due_words(record)}"
        if record.revised_from_text:
            due += f", revised from {safe_text(record.revised_from_text)}"
        parts.append(due + cite(builder, record, chunk_id, record.due_text) + ".")
    parts.append(status_sentence(record, builder, chunk_id))
    sentences = negative_sentences(record) if negatives else []
    if not sentences:
        first = record_quote(record, record.progress)
        sentences = [first] if first else []
    for sentence in sentences:
        parts.append(f" “{sentence[0]}”{cite_record(builder, record, chunk_id, sentence)}")
    return "".join(parts)


def claim_supported(claim_text: str, texts: list[str]) -> bool:
    claim = {stem(w) for w in re.findall(r"[A-Za-z]+", claim_text)}
    return any(claim & stems(t) for t in texts)

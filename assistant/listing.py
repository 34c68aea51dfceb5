"""Answers from the action register: lists, counts, recurrence, and lookups of named records.

These answers are complete by construction: the filters run over every record, and the
coverage line says how many matched out of how many, in which documents and years.
"""

from __future__ import annotations

import re
from collections import OrderedDict

from assistant.analysis import QueryAnalysis
from assistant.answer import Answer, AnswerContext, Coverage, abstain
from assistant.citations import CitationBuilder, record_quote
from assistant.register import SLIPPED_RULE, RecordQuery
from assistant.text import stems
from assistant.threads import Linker, when
from ingest.model import ActionRecord, DocumentInfo
from vectorstore.filters import SearchFilters

MAX_LISTED = 25
_STATUS_PHRASES = {
    ("complete",): ("are complete", "complete"),
    ("partial",): ("were partially met", "partially met"),
    ("ongoing",): ("are still ongoing", "ongoing"),
    ("not_started",): ("had not started", "not started"),
    ("partial", "ongoing", "not_started"): ("were not yet complete", "not yet complete"),
}


# -- helpers ---------------------------------------------------------------------------------------
def doc_label(doc: DocumentInfo | None, record: ActionRecord | None = None) -> str:
    if doc is None and record is not None:
        when_ = record.report_date or (str(record.year) if record.year else "")
        return f"{record.document.title}" + (f" ({when_[:4]})" if when_ else "")
    assert doc is not None
    when_ = doc.date[:4] if doc.date else (doc.period or "")
    return f"{doc.title}" + (f" ({when_})" if when_ else "")


def _noun(question: str) -> str:
    match = re.search(
        r"\b(recommendations?|actions?|areas? for improvement|improvement areas?|issues?|items?|"
        r"records?)\b",
        question,
        re.I,
    )
    word = match.group(1).lower() if match else "actions"
    return word if word.endswith("s") or " " in word else word + "s"


def _singular(noun: str) -> str:
    if noun.startswith("areas"):
        return "area" + noun[5:]
    return noun[:-1] if noun.endswith("s") else noun


def _status_phrase(statuses: list[str]) -> tuple[str, str] | None:
    return _STATUS_PHRASES.get(
        tuple(sorted(statuses, key=["complete", "partial", "ongoing", "not_started"].index))
    )


def describe(
    q: QueryAnalysis, noun: str, topic: list[str], documents: dict[str, DocumentInfo]
) -> tuple[str, str]:
    """(subject, predicate) for sentences like 'No {subject} in the record {predicate}.'"""
    subject = " and ".join(q.themes) + f" {noun}" if q.themes else noun
    if topic:
        subject += " mentioning " + ", ".join(f"'{t}'" for t in topic)
    if q.owner:
        subject += f" owned by the {q.owner}" if not q.owner.isupper() else f" owned by {q.owner}"
    if q.section:
        subject += f" in '{q.section}'"
    elif q.documents:
        subject += " in " + " and ".join(
            doc_label(documents.get(d)) for d in q.documents if d in documents
        )
    predicate = []
    if q.slipped:
        predicate.append("slipped")
    if q.revised:
        predicate.append("had a revised deadline")
    phrase = _status_phrase(q.statuses) if q.statuses else None
    if phrase:
        predicate.append(phrase[0])
    if q.period:
        predicate.append(q.period)
    return subject.strip(), " ".join(predicate)


def _quote_for(record: ActionRecord, q: QueryAnalysis) -> tuple[str, int] | None:
    if q.slipped or q.revised:
        return record_quote(record, record.due_text, record.status_text, record.title)
    if q.statuses:
        return record_quote(record, record.status_text, record.due_text, record.title)
    if q.field == "owner":
        return record_quote(record, record.owner, record.title)
    if q.field == "due":
        return record_quote(record, record.due_text, record.title)
    return record_quote(record, record.title, record.finding, record.action)


def cite_record(
    builder: CitationBuilder,
    record: ActionRecord,
    chunk_id: str | None,
    quote: tuple[str, int] | None,
) -> str:
    if quote is None or chunk_id is None:
        return ""
    n = builder.add(
        chunk_id=chunk_id, document=record.document, quote=quote[0], ref=record.ref, near=quote[1]
    )
    return f" [{n}]" if n else ""


def record_line(
    record: ActionRecord,
    q: QueryAnalysis,
    builder: CitationBuilder,
    chunk_id: str | None,
    reasons: list[str] | None = None,
) -> str:
    label = f"**{record.ref}** " if record.ref else ""
    parts = [f"{label}{record.title}"]
    details = []
    if record.owner:
        details.append(f"owner: {record.owner}")
    if record.revised_from_date and record.due_date:
        details.append(f"due: {record.revised_from_text} → {_due_words(record)}")
    elif record.due_date:
        details.append(f"due: {_due_words(record)}")
    details.append(f"status: {record.status.replace('_', ' ')}")
    if reasons:
        details.append("; ".join(reasons))
    cite = cite_record(builder, record, chunk_id, _quote_for(record, q))
    return f"{parts[0]} — {'; '.join(details)}{cite}"


def _due_words(record: ActionRecord) -> str:
    due = record.due_text or ""
    last = due.split("\n")[-1]
    match = re.search(r"revised to (.+)$", last)
    return (match.group(1) if match else last).strip() or (record.due_date or "")


def _topic_terms(q: QueryAnalysis, context: AnswerContext) -> list[str]:
    """Question words that are neither filters nor generic and that the record actually uses."""
    consumed = {t.lower() for theme in q.themes for t in theme.replace("/", " ").split()}
    consumed |= {
        w.lower() for w in re.findall(r"[A-Za-z]+", (q.section or "") + " " + (q.owner or ""))
    }
    for doc_id in q.documents:
        doc = next((d for d in context.documents if d.id == doc_id), None)
        if doc:
            consumed |= {w.lower() for w in re.findall(r"[A-Za-z]+", doc.title)}
    theme_stems = {next(iter(stems(t)), t) for t in consumed}
    return [
        t
        for t in q.terms
        if t not in consumed
        and next(iter(stems(t)), t) not in theme_stems
        and context.stats.df(t) > 0
    ]


def topic_share(record: ActionRecord, weights: dict[str, float]) -> float:
    """IDF-weighted share of the topic stems that the record's text contains."""
    total = sum(weights.values()) or 1.0
    present = stems(_record_text(record))
    return sum(w for term, w in weights.items() if term in present) / total


def _topic_weights(topic: list[str], context: AnswerContext) -> dict[str, float]:
    return {next(iter(stems(t)), t): context.stats.idf(t) for t in topic}


def _record_text(record: ActionRecord) -> str:
    return " ".join(
        v
        for v in (
            record.title,
            record.finding,
            record.action,
            record.progress,
            record.category,
            record.owner,
        )
        if v
    )


def _apply_api_filters(
    records: list[ActionRecord], filters: SearchFilters, context: AnswerContext
) -> list[ActionRecord]:
    if filters.is_empty():
        return records
    query = RecordQuery(
        document=filters.document,
        status=list(filters.status) if filters.status else None,
        theme=filters.theme,
        revised=filters.has_revised,
    )
    out = [r for r in records if context.register.matches(r, query)]
    if filters.year_from is not None:
        out = [r for r in out if r.year is not None and r.year >= filters.year_from]
    if filters.year_to is not None:
        out = [r for r in out if r.year is not None and r.year <= filters.year_to]
    return out


def _relevance_order(
    q: QueryAnalysis, records: list[ActionRecord], context: AnswerContext, topic: list[str]
) -> list[ActionRecord]:
    if not topic or len(records) < 2:
        return sorted(records, key=lambda r: (when(r), r.document.filename, r.ordinal))
    hits = context.retriever.search(
        q.question, k=min(100, len(records) * 3), filters=SearchFilters(kind="record")
    ).hits
    rank = {h.chunk.record_id: i for i, h in enumerate(hits)}
    return sorted(records, key=lambda r: (rank.get(r.id, 10_000), when(r), r.ordinal))


# -- lists and counts ------------------------------------------------------------------------------
def register_answer(q: QueryAnalysis, context: AnswerContext) -> Answer:
    register = context.register
    documents = {d.id: d for d in context.documents}
    query = RecordQuery(
        document=q.documents or None,
        status=q.statuses or None,
        theme=q.themes or None,
        since=q.since,
        until=q.until,
        slipped=q.slipped,
        revised=q.revised,
        owner=q.owner,
    )
    everything = register.all()
    matched = register.query(query)
    if q.section:
        matched = [r for r in matched if r.section == q.section]
    matched = _apply_api_filters(matched, context.filters, context)
    topic = _topic_terms(q, context)
    if topic:
        weights = _topic_weights(topic, context)
        matched = [r for r in matched if topic_share(r, weights) >= 0.6]
    if not q.has_record_filters() and not topic and context.filters.is_empty() and q.terms:
        return abstain(q, context, "that subject", "None of its words appear in any record.")
    ordered = _relevance_order(q, matched, context, topic)
    builder = context.citations()
    noun = _noun(q.question)
    subject, predicate = describe(q, noun, topic, documents)
    searched_docs = context.searched()
    span = context.span(searched_docs)
    criteria = _criteria(q, topic)
    rule = SLIPPED_RULE if q.slipped else None
    line = (
        f"{len(ordered)} of {len(everything)} actions in {len(searched_docs)} documents match"
        + (f" ({criteria})" if criteria else "")
        + (f"; searched {span}" if span else "")
        + "."
    )
    if rule:
        line += f" Rule: {rule}."
    coverage = Coverage(
        matched=len(ordered),
        searched_documents=len(searched_docs),
        period=span,
        rule=rule,
        line=line,
    )
    if not ordered:
        text = f"No {subject} in the record {predicate}".rstrip() + "."
        text += f"\n\n_{line}_"
        return Answer(
            answer=text, coverage=coverage, query=q, route="register", notes=["zero-match"]
        )

    lines: list[str] = []
    chunk_ids = {r.id: context.catalog.record_chunk_id(r.id) for r in ordered[:MAX_LISTED]}
    if len(ordered) == 1:
        subject, predicate = describe(q, _singular(noun), topic, documents)
    if q.intent == "count":
        lines.append(f"**{len(ordered)}** {subject} {predicate}".rstrip() + ".")
    else:
        lines.append(f"**{len(ordered)} {subject} {predicate}".rstrip() + ":**")
    by_doc: OrderedDict[str, list[ActionRecord]] = OrderedDict()
    for record in ordered:
        by_doc.setdefault(record.document.id, []).append(record)
    listed = 0
    for doc_id, records in by_doc.items():
        lines.append(f"\n*{doc_label(documents.get(doc_id), records[0])}*")
        for record in records:
            if listed >= MAX_LISTED:
                break
            reasons = register.slip_reasons(record) if q.slipped else None
            lines.append(f"- {record_line(record, q, builder, chunk_ids.get(record.id), reasons)}")
            listed += 1
    if len(ordered) > listed:
        lines.append(f"\n…and {len(ordered) - listed} more (all are in `records`).")
    if q.slipped or q.revised:
        lines += _later_appearances(q, ordered[:5], builder, context)
    lines.append(f"\n_{line}_")
    return Answer(
        answer="\n".join(lines),
        citations=builder.citations(),
        records=ordered,
        coverage=coverage,
        query=q,
        route="register",
    )


def _criteria(q: QueryAnalysis, topic: list[str]) -> str:
    parts = []
    if q.themes:
        parts.append("theme: " + ", ".join(q.themes))
    if topic:
        parts.append("mentioning " + ", ".join(topic))
    if q.section:
        parts.append(f"section: {q.section}")
    if q.owner:
        parts.append(f"owner: {q.owner}")
    if q.statuses:
        parts.append("status: " + ", ".join(s.replace("_", " ") for s in q.statuses))
    if q.slipped:
        parts.append("slipped")
    if q.revised:
        parts.append("deadline revised")
    if q.period:
        parts.append(q.period)
    return "; ".join(parts)


def _later_appearances(
    q: QueryAnalysis, records: list[ActionRecord], builder: CitationBuilder, context: AnswerContext
) -> list[str]:
    """What later reports say about the same issue (threads across documents)."""
    linker = Linker(context.register.all())
    lines: list[str] = []
    for record in records:
        for later in linker.later(record, q.themes or None):
            quote = record_quote(
                later,
                later.status_text if later.status_basis != "none" else None,
                later.progress,
                later.action,
                later.title,
            )
            cite = cite_record(builder, later, context.catalog.record_chunk_id(later.id), quote)
            said = f"“{quote[0]}”" if quote else later.title
            label = f"{later.ref} " if later.ref else ""
            lines.append(f"- *{doc_label(None, later)}*, {label}**{later.title}**: {said}{cite}")
    if lines:
        return ["\n**Later in the record** (the same issue in later reports):", *lines]
    return []


# -- recurrence ------------------------------------------------------------------------------------
def recurring_answer(q: QueryAnalysis, context: AnswerContext) -> Answer:
    themes = q.themes
    records = context.register.all()
    topic = _topic_terms(q, context)
    if themes:
        matched = [r for r in records if set(themes) & set(r.themes)]
    elif topic:
        weights = _topic_weights(topic, context)
        matched = [r for r in records if topic_share(r, weights) >= 0.6]
    else:
        return abstain(
            q, context, "a named issue", "Name a theme or issue to follow across reports."
        )
    matched = _apply_api_filters(matched, context.filters, context)
    documents = {d.id: d for d in context.documents}
    subject = " and ".join(themes) if themes else ", ".join(f"'{t}'" for t in topic)
    searched = context.searched()
    span = context.span(searched)
    by_doc: OrderedDict[str, list[ActionRecord]] = OrderedDict()
    for record in sorted(matched, key=lambda r: (when(r), r.ordinal)):
        by_doc.setdefault(record.document.id, []).append(record)
    years = sorted({r.year for r in matched if r.year})
    line = (
        f"{len(matched)} of {len(records)} actions in {len(by_doc)} of {len(searched)} "
        f"documents match (recurring: {subject}); searched {span}."
    )
    coverage = Coverage(
        matched=len(matched),
        searched_documents=len(searched),
        period=span,
        line=line,
        rule="recurring = the same theme or issue in more than one report",
    )
    if not matched:
        text = f"No actions about {subject} appear in the record.\n\n_{line}_"
        return Answer(
            answer=text, coverage=coverage, query=q, route="recurring", notes=["zero-match"]
        )
    builder = context.citations()
    if len(by_doc) >= 2:
        head = (
            f"**Yes — {subject} recurs in {len(by_doc)} reports"
            + (f", from {years[0]} to {years[-1]}" if len(years) > 1 else "")
            + ":**"
        )
    else:
        only = next(iter(by_doc))
        head = f"**No — {subject} appears in only one report, {doc_label(documents.get(only))}:**"
    lines = [head]
    for doc_id, group in by_doc.items():
        plural = "s" if len(group) > 1 else ""
        lines.append(
            f"\n*{doc_label(documents.get(doc_id), group[0])}* — {len(group)} action{plural}"
        )
        for record in group[:3]:
            lines.append(
                f"- {record_line(record, q, builder, context.catalog.record_chunk_id(record.id))}"
            )
        if len(group) > 3:
            lines.append(f"- …and {len(group) - 3} more")
    lines.append(f"\n_{line}_")
    return Answer(
        answer="\n".join(lines),
        citations=builder.citations(),
        records=matched,
        coverage=coverage,
        query=q,
        route="recurring",
    )


# -- named records (refs) and field lookups --------------------------------------------------------
def _resolve_refs(q: QueryAnalysis, context: AnswerContext) -> list[ActionRecord]:
    records = context.register.all()
    wanted = [r.lower() for r in q.refs]
    found = [r for r in records if r.ref and r.ref.lower() in wanted]
    if not found:
        found = [
            r for r in records if r.ref and any(r.ref.lower().endswith(" " + w) for w in wanted)
        ]
    if q.documents:
        found = [r for r in found if r.document.id in q.documents] or found
    if q.section:
        found = [r for r in found if r.section == q.section] or found
    if q.since or q.until:
        found = [
            r for r in found if r.year and (q.since or 0) <= r.year <= (q.until or 9999)
        ] or found
    return _apply_api_filters(found, context.filters, context)


def refs_answer(q: QueryAnalysis, context: AnswerContext) -> Answer:
    found = _resolve_refs(q, context)
    if not found:
        return abstain(
            q,
            context,
            f"an action numbered {', '.join(q.refs)}",
            f"Its refs are: {_ref_ranges(context)}.",
        )
    return describe_records(q, found, context, route="refs")


def _ref_ranges(context: AnswerContext) -> str:
    """'R1–R27 and HMIC R1–HMIC R5 in MPS Action Plan for PURE/SRL; ...' per document."""
    parts = []
    for doc in context.documents:
        refs = [r.ref for r in context.register.all() if r.document.id == doc.id and r.ref]
        if not refs:
            continue
        groups: OrderedDict[str, list[str]] = OrderedDict()
        for ref in refs:
            groups.setdefault(re.sub(r"[\d.]+$", "", ref), []).append(ref)
        spans = [g[0] if len(g) == 1 else f"{g[0]}–{g[-1]}" for g in groups.values()]
        parts.append(f"{' and '.join(spans)} in {doc_label(doc)}")
    return "; ".join(parts)


def _ref_sort(ref: str) -> tuple[str, int]:
    match = re.search(r"(\d+)", ref)
    return (ref[: match.start()] if match else ref, int(match.group(1)) if match else 0)


def field_answer(q: QueryAnalysis, context: AnswerContext) -> Answer | None:
    """'When is the HR policies action due?': the one record the question is about, if clear."""
    topic = _topic_terms(q, context)
    if not topic:
        return None
    hits = context.retriever.search(q.question, k=5, filters=_record_filters(context)).hits
    weights = _topic_weights(topic, context)
    records = {r.id: r for r in context.register.all()}
    scored = [
        (topic_share(records[h.chunk.record_id], weights), records[h.chunk.record_id])
        for h in hits
        if h.chunk.record_id in records
    ]
    if not scored or scored[0][0] < 0.6:
        return None
    best = scored[0][1]
    return describe_records(q, [best], context, route="field")


def _record_filters(context: AnswerContext) -> SearchFilters:
    data = context.filters.model_dump(exclude_none=True)
    data["kind"] = "record"
    return SearchFilters.model_validate(data)


def describe_records(
    q: QueryAnalysis, records: list[ActionRecord], context: AnswerContext, route: str
) -> Answer:
    builder = context.citations()
    lines: list[str] = []
    notes: list[str] = []
    for record in records[:6]:
        chunk_id = context.catalog.record_chunk_id(record.id)
        lines.append(_describe_one(q, record, builder, chunk_id, notes))
    searched = context.searched()
    span = context.span(searched)
    names = ", ".join(r.ref or r.title for r in records[:6])
    total = len(context.register.all())
    line = f"{len(records)} of {total} actions match ({names}); searched {len(searched)} documents"
    line += f", {span}." if span else "."
    coverage = Coverage(
        matched=len(records), searched_documents=len(searched), period=span, line=line
    )
    return Answer(
        answer="\n\n".join(lines) + f"\n\n_{line}_",
        citations=builder.citations(),
        records=records,
        coverage=coverage,
        query=q,
        route=route,
        notes=notes,
    )


def _cite(
    builder: CitationBuilder, record: ActionRecord, chunk_id: str | None, *candidates: str | None
) -> str:
    return cite_record(builder, record, chunk_id, record_quote(record, *candidates))


def _describe_one(
    q: QueryAnalysis,
    record: ActionRecord,
    builder: CitationBuilder,
    chunk_id: str | None,
    notes: list[str],
) -> str:
    """One record, answering the field the question asks for (or a short summary)."""

    def cite(*candidates: str | None) -> str:
        return _cite(builder, record, chunk_id, *candidates)

    name = f"**{record.ref}**" if record.ref else f"**{record.title}**"
    where = f"({doc_label(None, record)})"
    status = _status_sentence(record, builder, chunk_id)
    years_asked = {q.since, q.until} - {None}
    record_years = {int(d[:4]) for d in (record.due_date, record.revised_from_date) if d}
    if q.field == "due" or (years_asked and record_years and q.claims == []):
        if not record.due_text:
            return (
                f"{name} {where}: the record gives no deadline for this action{cite(record.title)}."
            )
        text = f"{name} {where} is due **{_due_words(record)}**"
        if record.revised_from_text:
            text += f", revised from {record.revised_from_text}"
        text += cite(record.due_text) + "."
        if years_asked and record_years and not years_asked & record_years:
            notes.append("premise-corrected")
            text = f"No — {text}"
        return text + status
    if q.field == "owner":
        if not record.owner:
            return f"{name} {where}: the record names no owner for this action{cite(record.title)}."
        return f"{name} {where} is owned by **{record.owner}**{cite(record.owner)}."
    if q.field == "priority" and record.priority:
        return f"{name} {where} has **{record.priority}** priority{cite(record.priority)}."
    claim_check = _claims_vs_status(q, record)
    if claim_check:
        notes.append("premise-corrected")
        text = claim_check.format(name=name, where=where) + status
        if record.due_text:
            text += f" Due: {_due_words(record)}{cite(record.due_text)}."
        said = record_quote(record, record.progress) if record.progress else None
        if said:
            text += f" Progress: “{said[0]}”{cite_record(builder, record, chunk_id, said)}"
        return text
    parts = [f"{name} {where}: {record.title}{cite(record.title, record.finding, record.action)}"]
    details = []
    if record.owner:
        details.append(f"Owner: {record.owner}.")
    if record.due_text:
        due = f"Due: {_due_words(record)}"
        if record.revised_from_text:
            due += f" (revised from {record.revised_from_text})"
        details.append(due + cite(record.due_text) + ".")
    if details:
        parts.append(" ".join(details))
    parts.append(status.strip())
    if record.progress and q.field in (None, "progress", "action"):
        first = record_quote(record, record.progress)
        if first:
            parts.append(f"Progress: “{first[0]}”{cite_record(builder, record, chunk_id, first)}")
    return " ".join(p for p in parts if p)


def _status_sentence(record: ActionRecord, builder: CitationBuilder, chunk_id: str | None) -> str:
    status = record.status.replace("_", " ")
    if record.status_basis == "none" or not record.status_text:
        return " Status: not stated."
    cite = _cite(builder, record, chunk_id, record.status_text)
    if record.status_basis == "stated":
        return f" Status: {status} (“{record.status_text}”){cite}."
    return f" Status: {status}, from the progress note{cite}."


def _claims_vs_status(q: QueryAnalysis, record: ActionRecord) -> str | None:
    finished = {
        "completed",
        "complete",
        "implemented",
        "finished",
        "achieved",
        "delivered",
        "met",
        "closed",
    }
    stopped = {
        "cancelled",
        "canceled",
        "cancel",
        "scrapped",
        "abandoned",
        "abolished",
        "withdrawn",
        "dropped",
        "rejected",
        "stopped",
    }
    claims = set(q.claims)
    if claims & finished and record.status != "complete":
        return "{name} {where} is not recorded as complete."
    if claims & stopped:
        return "The record does not say {name} {where} was " + sorted(claims & stopped)[0] + "."
    return None

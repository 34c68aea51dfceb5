"""Answers about named records: by ref ('R18', 'HMIC R4', 'item 4') or by description
('the HR policies action'), giving every field the question asks for."""

from __future__ import annotations

import re
from collections import OrderedDict

from assistant.analysis import QueryAnalysis
from assistant.answers.context import AnswerContext
from assistant.answers.model import Answer, abstain
from assistant.answers.support.describe import describe_records
from assistant.answers.support.premises import described_record
from assistant.answers.support.recordtext import doc_label
from assistant.answers.support.topics import apply_api_filters, topic_terms, topic_weights
from ingest.model import ActionRecord


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


def by_ref(q: QueryAnalysis, context: AnswerContext) -> Answer | None:
    """The records the question names by ref, described; None when the refs it names are in
    other documents than the ones it names (then it is a question about those documents)."""
    found = resolve_refs(q, context)
    if found and q.documents and not {r.document.id for r in found} & set(q.documents):
        # 'R5 relies on the toolkit; according to the 2007/08 AGS, what state was it in?'
        return None
    if not found:
        return abstain(
            q,
            context,
            f"an action numbered {', '.join(q.refs)}",
            f"Its refs are: {ref_ranges(context)}.",
        )
    return describe_records(q, found, context, route="refs")


def by_field(q: QueryAnalysis, context: AnswerContext) -> Answer | None:
    """'When is the HR policies action due?': the one record the question is about, if clear
    (else None)."""
    best = described_record(q, context)
    if best is None:
        return None
    return describe_records(q, [best], context, route="field")

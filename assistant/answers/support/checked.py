"""What the passages are checked against before they answer: the cells of the records they
are from, the question's weights less words naming where a thing came from or beside its
premise, and the premise a question asserts, checked against the record or the text."""

from __future__ import annotations

from assistant.analysis import QueryAnalysis
from assistant.analysis.source_phrases import source_words
from assistant.answers.context import AnswerContext
from assistant.answers.support.premise_subject import premise_record
from assistant.answers.support.premises import (
    claim_supported,
    described_record,
    record_premise,
    subject_of,
)
from assistant.answers.support.series import state_version
from assistant.answers.support.series_states import earlier_states
from assistant.citations import CitationBuilder
from assistant.evidence import Evidence, coverage, term_weights
from assistant.text import stem_of, stems
from vectorstore.bm25 import query_terms


def record_cells(evidence: list[Evidence], context: AnswerContext) -> list[str]:
    """Every cell of the records the best three sentences are from: a record speaks of its
    subject across its cells ('Confirm that … programme provides full coverage' and its lead,
    'Head of Best Value Group')."""
    records = context.register.by_id()
    ids = dict.fromkeys(e.record_id for e in evidence[:3] if e.record_id)
    return [v for i in ids if i in records for v in records[i].columns.values()]


def beside_sources(q: QueryAnalysis, weights: dict[str, float], text: str) -> dict[str, float]:
    """``weights`` less the words of a phrase naming where the thing came from ('in response
    to the auditors' call') that ``text`` does not hold: they count for a passage, never
    against it (the record says 'Agreed', not 'in response to the Audit Commission')."""
    source = {stem_of(w) for w in source_words(q.question)}
    if not source:
        return weights
    present = stems(text)
    kept = {t: w for t, w in weights.items() if t not in source or t in present}
    return kept or weights


def premise_weights(q: QueryAnalysis, context: AnswerContext) -> dict[str, float]:
    """When the question rests on a premise, it is the premise the passages must be about:
    the rest ('which was the last to finish?') may not exist if the premise is false."""
    if not q.premise:
        return {}
    words = set(query_terms(q.premise))
    return term_weights([t for t in q.terms if t in words], context.stats)


def premise_in_passages(
    q: QueryAnalysis,
    evidence: list[Evidence],
    weights: dict[str, float],
    context: AnswerContext,
    builder: CitationBuilder,
) -> str | None:
    """Check what the question asserts: against the record the evidence is about, else the text."""
    if (not q.claims and not q.priority and not _status_asserted(q)) or q.intent not in (
        "lookup",
        "explain",
    ):
        return None
    relevant = [
        e for e in evidence[:12] if not weights or coverage(e.text, weights) >= 0.4
    ] or evidence[:5]
    records = context.register.by_id()
    record_ids = [e.record_id for e in relevant if e.record_id]
    stated = premise_record(q, context)  # the record the asserted state is said of
    if stated is not None:
        record_ids = [stated.id]
    if record_ids:
        top = max(set(record_ids), key=lambda rid: (record_ids.count(rid), -record_ids.index(rid)))
        described = described_record(q, context)  # the record the question's words describe
        if described is not None and described.id in record_ids:
            top = described.id
        record = records.get(top)
        if record is not None:
            record = state_version(q, record, context)  # 'is X done yet?': its latest paper's
            said = record_premise(
                q,
                record,
                builder,
                context.record_chunk_id(record.id),
                subject=subject_of(q) if q.terms else None,
            )
            return said and said + earlier_states(q, record, context, builder)
    texts = [e.text for e in relevant]
    for claim in q.claims:
        if not claim_supported(claim.text, texts):
            return f"**The record does not say that {q.premise or subject_of(q)}.**"
    return None


def _status_asserted(q: QueryAnalysis) -> bool:
    """Whether a 'why' question's premise gives the thing a state ('why was X marked as fully
    met?'): the state is asserted of it, to be checked, not a filter of rows asked for."""
    return q.intent == "explain" and bool(q.premise and q.statuses)

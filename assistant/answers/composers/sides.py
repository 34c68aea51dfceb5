"""Comparisons of two records the question names in words ('Which is due sooner, the roof
survey or the lab audit?'): each side resolved to the one record it describes, then compared
on the aspect asked (deadline, priority, how far met) and both described, each value cited."""

from __future__ import annotations

import re

from assistant.analysis import GENERIC, QueryAnalysis
from assistant.answers.context import AnswerContext
from assistant.answers.model import Answer
from assistant.answers.support.describe import describe_records
from assistant.answers.support.topics import TOPIC_SHARE_MIN, record_hits, topic_weights
from assistant.text import stems
from ingest.model import ActionRecord
from vectorstore.bm25 import query_terms
from vectorstore.retriever import identifiers


def resolve_side(side: str, q: QueryAnalysis, context: AnswerContext) -> ActionRecord | None:
    """The one record ``side`` describes: by its ref when it names one, else the best-ranked
    record holding at least TOPIC_SHARE_MIN of the side's (IDF-weighted) words; None if none
    does."""
    refs = [r.lower() for r in identifiers(side) if not re.fullmatch(r"(19|20)\d\d", r)]
    if refs:
        found = context.register.with_refs(refs)
        if q.documents:
            found = [r for r in found if r.document.id in q.documents] or found
        return found[0] if len(found) == 1 else None
    terms = [
        t
        for t in query_terms(side)
        if t not in GENERIC and not t.isdigit() and context.stats.df(t) > 0
    ]
    if not terms:
        return None
    found = record_hits(q, context, side, k=10)
    if not found:
        return None
    weights = topic_weights(terms, context)
    shares = context.register.topic_share_of(found, weights)
    best = max(shares)
    if best < TOPIC_SHARE_MIN:
        return None
    tied = [r for r, share in zip(found, shares, strict=True) if share == best]

    def named_by(record: ActionRecord) -> float:
        """How much of the side's weight the record's own title carries."""
        title = stems(record.title)
        return sum(w for s, w in weights.items() if s in title)

    return max(tied, key=named_by)  # max keeps the best-ranked of equals


def by_sides(q: QueryAnalysis, context: AnswerContext) -> Answer | None:
    """Both sides resolved to two different records: compared and described; else None."""
    if len(q.sides) != 2 or len(q.documents) >= 2:
        return None  # two papers compared: across_reports.counted and the overviews answer
    first, second = (resolve_side(side, q, context) for side in q.sides)
    if first is None or second is None or first.id == second.id:
        return None
    return describe_records(q, [first, second], context, route="compare")

"""The one record a side of a comparison describes ('the one on the scheme of delegation',
'R9', 'the staff appraisal recommendation'): by its ref, else by the share of the side's words
a record holds, else by meaning. A side that stands for its noun with 'one' ('the partner
working one', 'the one on X') is of the same kind as the other side: it is looked for in the
paper the other side resolved to first."""

from __future__ import annotations

import re

from assistant.analysis import GENERIC, QueryAnalysis
from assistant.analysis.comparison import bare_side
from assistant.answers.context import AnswerContext
from assistant.answers.support.topics import (
    TOPIC_SHARE_MIN,
    near_in_meaning,
    record_hits,
    topic_weights,
)
from assistant.text import stems
from ingest.model import ActionRecord
from vectorstore.bm25 import query_terms
from vectorstore.identifiers import as_held, identifiers

# the pronoun 'one' standing for the other side's noun ('the X one', 'the one on X', 'that one')
_PRO_ONE = re.compile(r"\b(?:the|that|this|which)\s+(?:[\w'’-]+\s+){0,4}?one\b", re.I)


def resolve_side(side: str, q: QueryAnalysis, context: AnswerContext) -> ActionRecord | None:
    """The one record ``side`` describes (see :func:`_resolved`); a side that stands for its
    noun with 'one' is looked for first in the paper the question's other side resolves to
    ('Was the X recommendation due before the Y one?': Y among the X recommendation's
    fellows), and anywhere when that paper holds none."""
    others = [s for s in q.sides if s != side]
    if q.documents or len(others) != 1 or not _PRO_ONE.search(side) or _PRO_ONE.search(others[0]):
        return _resolved(side, q, context)
    partner = _resolved(others[0], q, context)
    if partner is not None:
        scoped = q.model_copy(update={"documents": [partner.document.id]})
        found = _resolved(side, scoped, context)
        if found is not None and found.id != partner.id:
            return found
    return _resolved(side, q, context)


def _resolved(side: str, q: QueryAnalysis, context: AnswerContext) -> ActionRecord | None:
    """The one record ``side`` describes: by its ref when it names one, else the best-ranked
    record holding at least TOPIC_SHARE_MIN of the side's (IDF-weighted) words; None if none
    does."""
    side = bare_side(side)
    read = [r.lower() for r in identifiers(side) if not re.fullmatch(r"(19|20)\d\d", r)]
    refs = as_held(read, lambda ref: bool(context.register.with_refs([ref])))
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
        return _nearest_in_meaning(side, q, context)
    tied = [r for r, share in zip(found, shares, strict=True) if share == best]

    def named_by(record: ActionRecord) -> float:
        """How much of the side's weight the record's own title carries."""
        title = stems(record.title)
        return sum(w for s, w in weights.items() if s in title)

    return max(tied, key=named_by)  # max keeps the best-ranked of equals


SIDE_LEAD = 0.03  # the nearest record must lead the next by this much to be the one meant


def _nearest_in_meaning(side: str, q: QueryAnalysis, context: AnswerContext) -> ActionRecord | None:
    """The record a side describes in other words than its own ('the one on raising concerns'
    for a whistle-blowing action): the nearest in meaning, when it is near enough and clearly
    nearer than any other; else None."""
    near = near_in_meaning(context, side)
    records = context.register.by_id()
    ranked = sorted(
        (
            (score, rid)
            for rid, score in near.items()
            if rid in records and (not q.documents or records[rid].document.id in q.documents)
        ),
        reverse=True,
    )
    if not ranked or (len(ranked) > 1 and ranked[0][0] - ranked[1][0] < SIDE_LEAD):
        return None
    return records[ranked[0][1]]


_ONE_ABOUT = re.compile(r"^\s*the\s+(?:other\s+)?one\s+(?:about|on|for|regarding|covering)\b", re.I)


def names_row(side: str, q: QueryAnalysis) -> bool:
    """Whether the side names an action by a ref the question holds ('R2 in the PURE plan'),
    or as 'the one about …' (the pronoun standing for the rows counted before): an action is
    dated by its deadline, not by its paper or a sentence's event."""
    if _ONE_ABOUT.match(side):
        return True
    return any(re.search(rf"(?<![\w/-]){re.escape(ref)}(?![\w/-])", side, re.I) for ref in q.refs)


_TOKEN = re.compile(r"[a-z0-9]+")
_SIDE_SMALL = frozenset("the a an in at of for on one report paper papers reports s".split())


def _side_tail(side: str) -> str:
    """The words after a side's last preposition ('the X further along at service 3' ->
    'service 3'): where a side whose split took the subject along names its paper."""
    return _PLACE.split(side)[-1]


_PLACE = re.compile(r"\b(?:at|in|for|from|by|within|under)\b", re.I)


def paper_of_side(side: str, q: QueryAnalysis, context: AnswerContext) -> str | None:
    """The one paper of those the question names whose title and body hold every word of
    ``side`` ('service 3' -> 'Wendle Valley Joint Archives Service 3'); None when none or
    several do."""
    words = set(_TOKEN.findall(_side_tail(side).lower())) - _SIDE_SMALL
    if not words:
        return None
    held = [
        d.id
        for d in context.documents_of(q.documents)
        if words <= set(_TOKEN.findall(f"{d.title} {d.organisation or ''}".lower()))
    ]
    return held[0] if len(held) == 1 else None


def rows_of_paper_sides(
    q: QueryAnalysis, context: AnswerContext
) -> tuple[ActionRecord, ActionRecord] | None:
    """'Humidity logger calibration: is service 3 or service 2 further along?': when each side
    names a different paper, each side's row is the one of its paper the question's other topic
    words describe; None when the sides are no two papers, or a paper holds no such row. A side
    that names no paper ('is X due later at Board 3 than at Board 1?': 'X') stands for the other
    of the two papers the question names."""
    papers = [paper_of_side(side, q, context) for side in q.sides]
    side_words = {
        w
        for side, paper in zip(q.sides, papers, strict=True)
        if paper is not None
        for w in _TOKEN.findall(_side_tail(side).lower())
    }
    other = [d for d in q.documents if d not in papers]
    if papers.count(None) == 1 and len(q.documents) == 2 and len(other) == 1:
        papers = [paper or other[0] for paper in papers]
    if len(papers) != 2 or None in papers or papers[0] == papers[1]:
        return None
    topic = " ".join(t for t in q.terms if t.lower() not in side_words)
    if not topic:
        return None
    found = [
        _resolved(topic, q.model_copy(update={"documents": [paper]}), context) for paper in papers
    ]
    first, second = found
    if first is None or second is None:
        return None
    return first, second


# a question asking of each of the papers it names ('who owns each?', 'in both',
# 'respectively', 'at Kestrel Moors and at Fenbury')
_EACH = re.compile(
    r"\b(?:[Ee]ach|[Bb]oth|respectively|[Ee]ither|every\s+one)\b"
    r"|\band\s+(?:at|in|for|of)\s+(?:the\s+)?[A-Z]"
)


def row_in_each_paper(q: QueryAnalysis, context: AnswerContext) -> list[ActionRecord]:
    """'Holmebridge College and Ashcombe both have a recommendation to test IT disaster
    recovery - who owns each?': with two to four papers named, the one row of each paper the
    question's topic words describe; [] unless every paper holds one."""
    if not 2 <= len(q.documents) <= 4 or q.refs or not _EACH.search(q.question):
        return []  # a question over several papers in scope that asks of no each or both
    topic = " ".join(q.terms)
    if not topic:
        return []
    found = [
        _resolved(topic, q.model_copy(update={"documents": [paper], "sides": []}), context)
        for paper in q.documents
    ]
    rows = [row for row in found if row is not None]
    if len(rows) != len(found) or len({r.document.id for r in rows}) != len(rows):
        return []
    return rows

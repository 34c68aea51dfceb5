"""The papers a question about more than one report reaches, oldest first: those it names
and those of the years it names; those in its time window; else all; and, where it asks of
the papers before or after one it names ('raised before the 2017 report'), that paper and
every paper on that side of it."""

from __future__ import annotations

import re
from dataclasses import replace

from assistant.analysis import QueryAnalysis
from assistant.analysis.patterns import PAPER_NOUN
from assistant.analysis.recurrence import around_a_paper
from assistant.answers.context import AnswerContext
from assistant.answers.support.topics import record_query
from assistant.answers.support.written_status import written_status
from ingest.model import ActionRecord, DocumentInfo

_RANGE = re.compile(r"^(?:between|from)\b", re.I)


def scope(q: QueryAnalysis, context: AnswerContext) -> list[DocumentInfo]:
    """Documents the question is about, oldest first: named ones and those of the years named;
    else those in its time window; else all."""
    documents = context.searched()
    named = set(q.documents)
    ends = _ends(q)
    if ends is not None:  # 'from the 2002 plan to the 2017 report': every paper between
        return sorted(
            (d for d in documents if d.year and ends[0] <= d.year <= ends[1]),
            key=lambda d: (d.date or f"{d.year or 0}-06-30", d.filename),
        )
    if not named and _RANGE.search(q.period or "") and (q.since or q.until):
        # 'from 2002 to 2017': every report in the range, not only those of its two ends
        return sorted(
            (d for d in documents if d.year and (q.since or 0) <= d.year <= (q.until or 9999)),
            key=lambda d: (d.date or f"{d.year or 0}-06-30", d.filename),
        )
    if named or q.years:
        years = _unnamed_years(q.years, [d for d in documents if d.id in named])
        chosen = [d for d in documents if d.id in named or (d.year in years and d.year is not None)]
        side = around_a_paper(q.question) if q.intent == "recurring" else None
        if chosen and side is not None:  # 'raised before the 2017 report': that paper and
            # every paper before it, where the subject may have come up first
            documents = _on_one_side(documents, chosen, side)
        elif len(chosen) == 1 and q.intent == "recurring" and _TWO_PAPERS.search(q.question):
            # one paper named by its title: a recurrence asked of it is followed through the
            # papers of its body ('through the well-led plan and its closure report')
            documents = _series_of(chosen[0], documents)
        elif len(chosen) >= 1:
            documents = chosen
    elif q.since is not None or q.until is not None:
        documents = [
            d for d in documents if d.year and (q.since or 0) <= d.year <= (q.until or 9999)
        ]
    return sorted(documents, key=lambda d: (d.date or f"{d.year or 0}-06-30", d.filename))


# a recurrence followed from one paper or year to another ('from the 2002 District Audit plan
# to the 2017 Met report', 'from the early 2000s to 2017'): the two ends of a span of years
_FROM_TO = re.compile(
    r"\bfrom\s+(?:the\s+)?(?P<part>(?:early|mid|late)[- ]?)?(?P<a>(?:19|20)\d\d)(?P<decade>s)?\b"
    r"[^?.!;]{0,60}?\b(?:to|until|till|through)\s+(?:the\s+)?(?P<b>(?:19|20)\d\d)(?P<bs>s)?\b",
    re.I,
)
_PART = {"early": 0, "mid": 3, "late": 6}


def _ends(q: QueryAnalysis) -> tuple[int, int] | None:
    """The first and last year of a recurrence followed 'from' one paper or year 'to' another
    (a decade from its start, 'the early 2000s' from 2000, to its end); None for any other
    question."""
    found = _FROM_TO.search(q.question) if q.intent == "recurring" else None
    if found is None:
        return None
    start, end = int(found["a"]), int(found["b"]) + (9 if found["bs"] else 0)
    if found["decade"] and start % 10 == 0:
        start += _PART.get((found["part"] or "").strip(" -").lower(), 0)
    return (start, end) if start < end else None


# two papers joined as the span followed ('through the plan and its closure report'), of which
# only one was read as a name
_TWO_PAPERS = re.compile(
    rf"\b{PAPER_NOUN}\s+and\s+(?:its|their|the)\s+(?:[\w'’/-]+\s+){{0,3}}?{PAPER_NOUN}\b", re.I
)


def _series_of(paper: DocumentInfo, documents: list[DocumentInfo]) -> list[DocumentInfo]:
    """The papers of ``paper``'s body (its organisation as read from the papers); the paper
    alone when no body is read."""
    if not paper.organisation:
        return [paper]
    return [d for d in documents if d.organisation == paper.organisation]


def _on_one_side(
    documents: list[DocumentInfo], named: list[DocumentInfo], side: str
) -> list[DocumentInfo]:
    """The papers named and those dated before (or after) one of them; a paper of the same year as
    one named, either of them undated, may be on either side and is kept."""

    def beyond(d: DocumentInfo, ref: DocumentInfo) -> bool:
        if d.date and ref.date:
            return d.date < ref.date if side == "before" else d.date > ref.date
        if d.year is None or ref.year is None:
            return False
        return d.year <= ref.year if side == "before" else d.year >= ref.year

    named_ids = {d.id for d in named}
    sides = list({(ref.date, ref.year): ref for ref in named}.values())  # one per date and year
    return [d for d in documents if d.id in named_ids or any(beyond(d, ref) for ref in sides)]


def _unnamed_years(years: list[int], named: list[DocumentInfo]) -> list[int]:
    """The question's years that no document it names accounts for: 'the 2008 inspection'
    (or '2007/08') names a paper of that year, and does not bring in every other paper
    that shares it."""
    taken = {d.year for d in named if d.year is not None}
    return [y for y in years if y not in taken]


def rows_kept(
    q: QueryAnalysis, context: AnswerContext, records: list[ActionRecord]
) -> tuple[list[ActionRecord], str]:
    """Of one paper's ``records``, those the question's value filters keep ('which has more
    completed items', 'more high-priority recommendations', 'more owned by the Treasurer'),
    and the words that say so ('' when it names no filter). The papers are the sides: no
    paper, year or section filter is applied here."""
    query = replace(record_query(q), document=None, since=None, until=None, section=None, ref=None)
    said = [
        *(q.statuses or []),
        *([f"{q.priority.lower()} priority"] if q.priority else []),
        *([f"met {q.degree}"] if q.degree else []),
        *(q.themes or []),
        *([f"owned by {q.owner}"] if q.owner else []),
        *(["deadline revised"] if q.slipped or q.revised else []),
    ]
    if not said:
        return records, ""
    written = _status_as_written(q, records)
    if written:  # 'more implemented': the rows marked "Implemented", not every closed one
        said[: len(q.statuses or [])] = [f"marked “{written}”"]
        query = replace(query, status=None)
        kept = [r for r in records if (written_status(r) or "").lower() == written.lower()]
        return context.register.matching(kept, query), "; ".join(said)
    return context.register.matching(records, query), "; ".join(said)


def _status_as_written(q: QueryAnalysis, records: list[ActionRecord]) -> str | None:
    """The state the question writes ('implemented') when the paper's status cells write that
    very word as one of their values: it names those rows, not the class of rows its status
    reads as (a 'Superseded' row is closed, not implemented). None otherwise."""
    if not q.statuses:
        return None
    values = {(written_status(r) or "").lower(): written_status(r) for r in records}
    for claim in q.claims:
        if claim.text.lower().startswith(tuple(q.statuses)):
            continue  # 'complete': the name of the class itself, whatever each paper writes
        found = values.get(claim.text.lower())
        kinds = {r.status for r in records if written_status(r) == found}
        if found and kinds <= set(q.statuses):  # 'partially implemented': not 'Implemented'
            return found
    return None


_MORE = re.compile(r"\b(?:more|fewer|most|least|greater|larger|smaller)\b", re.I)


def asks_which_has_more(q: QueryAnalysis, context: AnswerContext) -> bool:
    """'Which had more recommendations: A or B?' over two or more documents in scope."""
    return bool(_MORE.search(q.question)) and len(scope(q, context)) >= 2

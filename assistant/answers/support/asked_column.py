"""A rating asked of one row the register grades: 'what is the rating of the sensitivity
analysis recommendation?', 'how was R7 graded?'. The paper grades its rows in a column of its
own name (Priority) or a stated degree ('Recommendation met: moderately'); a question that asks
for the row's rating in plain words, with no kind of rating of its own ('an assurance rating',
'a RAG rating'), asks for that column. Read as the field it names, the row's value answers it;
left as a rating to be found in prose, the question is refused though the row holds it."""

from __future__ import annotations

import re

from assistant.analysis import QueryAnalysis
from assistant.analysis.clitics import wh_unclitic
from assistant.analysis.intent import answer_type
from assistant.analysis.model import FieldName
from assistant.answers.context import AnswerContext
from assistant.answers.support.premises import described_record
from ingest.model import ActionRecord

# the rating asked with no kind of its own: 'what is the rating', 'what grade was it given',
# 'how was X rated', 'what was X graded'
_PLAIN_RATING = re.compile(
    r"\b(?:what|which)\s+(?:(?:is|was|are|were)\s+)?(?:the\s+|its\s+|their\s+)?"
    r"(?:overall\s+)?(?P<noun>rating|grading|grade)s?\b|"
    r"\b(?:rated|graded)\s*(?:[?.]|$|\b(?:in|by|at|as)\b)",
    re.I,
)
_RATING_WORDS = frozenset({"rating", "rated", "grade", "graded", "grading", "ratings", "grades"})


def rated_column(q: QueryAnalysis, context: AnswerContext) -> QueryAnalysis:
    """``q`` asking for the graded field of the one row it names or describes (its priority,
    else its stated degree), when it asks a rating in plain words; ``q`` itself otherwise."""
    if (
        q.intent not in ("lookup", "explain")
        or q.header_named
        or q.fields
        or answer_type(q.question) != "rating"
        or not _PLAIN_RATING.search(wh_unclitic(q.question))  # "what's the rating" too
    ):
        return q
    record = _the_row(q, context)
    if record is None:
        return q
    field: FieldName
    if record.priority:
        field = "priority"
    elif record.status_basis == "stated" and record.status_text:
        field = "status"
    else:
        return q
    terms = [t for t in q.terms if t.lower() not in _RATING_WORDS]
    return q.model_copy(
        update={
            "field": field,
            "fields": [field],
            "header_named": True,
            "terms": terms,
            "subject_terms": [t for t in q.subject_terms if t.lower() not in _RATING_WORDS],
        }
    )


def _the_row(q: QueryAnalysis, context: AnswerContext) -> ActionRecord | None:
    """The one row the question names by its ref, or describes in words; None otherwise."""
    if q.refs:
        named = [
            r
            for r in context.register.with_refs(q.refs)
            if not q.documents or r.document.id in q.documents
        ]
        return named[0] if len(named) == 1 else None
    terms = [t for t in q.terms if t.lower() not in _RATING_WORDS]
    if not terms:
        return None
    return described_record(q.model_copy(update={"terms": terms}), context)

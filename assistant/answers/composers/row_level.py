"""A level or grade asked of a row the paper grades by its own column ('what level was X
assessed at?', 'how was X rated?', 'what level of risk was X given?').

A rating is a value of a kind (:func:`assistant.analysis.answer_type` 'rating'); a 'level'
asked of a row is the same kind of value in wider words. Where the row the question describes
holds no rating in any of its sentences ('rated limited assurance'), but its paper grades each
row in a column of its own (a priority, a risk level, a grade: the register's priority field),
that column is the level the paper states for it: the answer gives it, cited, instead of a
refusal that the passages give no rating. None when no one row is described, the row has no
such column, or its own sentences rate it: the passages quote that sentence.
"""

from __future__ import annotations

import re

from assistant.analysis import ANSWER_SHAPES, QueryAnalysis, answer_type
from assistant.answers.context import AnswerContext
from assistant.answers.model import Answer, finish
from assistant.answers.support.describe import describe_records
from assistant.answers.support.premises import described_record
from assistant.answers.support.recordtext import cite, doc_label, safe_text
from ingest.model import ActionRecord

# a level asked by the head of the wh-phrase ('what level', 'which level of risk', 'at what
# level'), by the verb of grading ('what was X graded / assessed / rated / classed as'), or by
# a degree adjective's question ('how high a risk', 'how serious was X judged')
_ASKS_LEVEL = re.compile(
    r"\b(?:what|which)\s+(?:[\w-]+\s+)?(?:level|band|grade|grading|rating)s?\b|"
    r"\blevel\s+of\s+(?:risk|priority|importance|urgency|severity|concern)\b|"
    r"\b(?:rated|graded|assessed|classed|classified|categori[sz]ed|scored|judged)\s+"
    r"(?:as|at)?\s*\??\s*$|"
    r"\bhow\s+(?:was|were|is|are|has|had)\b[^?]{1,80}?\b(?:rated|graded|assessed|classed|"
    r"classified|categori[sz]ed|scored|judged)\b|"
    r"\bhow\s+(?:high|serious|severe|important|urgent)\s+(?:a\s+)?(?:risk|priority|rating)\b",
    re.I,
)


# the words that ask a level, whatever it grades: none describes the row
_LEVEL_WORDS = frozenset(
    "level levels band grade grading rating rated graded assessed classed classified categorised "
    "categorized scored judged risk priority importance urgency severity concern given".split()
)


def _rates_itself(record: ActionRecord) -> bool:
    """Whether a sentence of the row's own cells gives a rating ('rated limited assurance',
    'graded C2'), other than its grading column: the passages quote that sentence."""
    cells = (record.title, record.finding, record.action, record.progress)
    text = " ".join(c for c in cells if c)
    return ANSWER_SHAPES["rating"].search(text) is not None


def asks_level(q: QueryAnalysis) -> bool:
    """Whether the question asks a level or grade of its subject (a rating in wider words)."""
    return answer_type(q.question) == "rating" or _ASKS_LEVEL.search(q.question) is not None


def level_of_row(q: QueryAnalysis, context: AnswerContext) -> Answer | None:
    """The grading column of the one row the question describes, as the level asked; None when
    it asks no level, describes no one row, or the row's own sentences rate it."""
    if q.intent not in ("lookup", "explain") or q.claims or q.quantity or not asks_level(q):
        return None
    if q.fields and q.fields not in (["priority"], ["status"]):  # 'rated' may read a RAG header
        return None
    subject = [t for t in q.terms if t not in _LEVEL_WORDS]  # 'level', 'rated' ask; the rest
    record = described_record(q.model_copy(update={"terms": subject or q.terms}), context)
    if record is None or _rates_itself(record):
        return None
    if not (record.priority or "").strip():  # no priority: a column of levels by its header
        return _level_column(q, record, context)
    asked = q.model_copy(update={"fields": ["priority"], "field": "priority"})
    return describe_records(asked, [record], context, route="field")


# a header that names a level ('Assurance level', 'Risk rating', 'Opinion', 'Grade'), whose
# short cells grade each row
_LEVEL_HEADER = re.compile(
    r"\b(?:level|rating|rated|grade|grading|assurance|opinion|risk|score|band)\b", re.I
)
_SHORT = 4  # words: a grade ('Limited', 'Priority 1'), not a sentence


def _level_column(q: QueryAnalysis, record: ActionRecord, context: AnswerContext) -> Answer | None:
    """The row's own column of levels (its header names one, its cell is short), cited; None
    when it has none."""
    found = next(
        (
            (header, value.strip())
            for header, value in record.columns.items()
            if _LEVEL_HEADER.search(header) and value and 0 < len(value.split()) <= _SHORT
        ),
        None,
    )
    if found is None:
        return None
    header, value = found
    builder = context.citations()
    citation = cite(builder, record, context.record_chunk_id(record.id), value)
    if not citation:
        return None
    name = f"**{safe_text(record.ref)}**" if record.ref else f"“{safe_text(record.title)}”"
    body = (
        f"{name} ({doc_label(None, record)}): {safe_text(header)}: **{safe_text(value)}**"
        f"{citation}. “{safe_text(record.title)}”"
    )
    return finish(
        q,
        context,
        body=body,
        line=f"1 of {len(context.register.all())} actions is the one described; its "
        f"'{safe_text(header)}' column; searched {len(context.searched())} documents, "
        f"{context.span(context.searched())}.",
        matched=1,
        citations=builder.citations(),
        records=[record],
        route="field",
    )

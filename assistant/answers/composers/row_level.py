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
from assistant.answers.model import Answer
from assistant.answers.support.describe import describe_records
from assistant.answers.support.premises import described_record
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
    if q.fields and q.fields != ["priority"]:
        return None
    framing = {w.lower() for m in _ASKS_LEVEL.finditer(q.question) for w in m.group(0).split()}
    subject = [t for t in q.terms if t not in framing]  # 'level', 'risk' ask; the rest describe
    record = described_record(q.model_copy(update={"terms": subject or q.terms}), context)
    if record is None or not (record.priority or "").strip() or _rates_itself(record):
        return None
    asked = q.model_copy(update={"fields": ["priority"], "field": "priority"})
    return describe_records(asked, [record], context, route="field")

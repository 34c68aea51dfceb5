"""A descriptive question about the one row its subject names by the row's own heading ('what's
the position on information management?', 'how is X going?', 'what happened to control room
costs?'): the whole row, every cell cited, instead of a handful of sentences about it.

Many papers head each row with a short label (an improvement area, a workstream, a finding in a
few words: 'Information Management', 'Weak passwords.'), or list a few labels in one heading
cell ('1. Premises related expenses 2. … 3. Control room costs'). A question that names such a
label and asks no value of a kind (no person, date, figure), no field but the row's progress,
and no reason, asks what the paper says about that row: its position, its remaining risk or
action, its progress. The sentences a passage search picks from it answer part of that at best;
the row answers all of it.

The label is read from the rows nearest the question, in its scope (the papers it names, else
the years it names), and matched by its own words: all of them, or most of the question's
topic with a predicate it leaves out ('the gifts register' of 'Gifts register incomplete'),
and then only when no other row in scope holds those words. It must hold at least half the
question's topic words, and one row alone the best such label. None otherwise: the passages
answer.
"""

from __future__ import annotations

import re
from typing import Literal

from assistant.analysis import QueryAnalysis, answer_type
from assistant.answers.context import AnswerContext
from assistant.answers.model import Answer
from assistant.answers.support.describe import describe_records
from assistant.answers.support.topics import record_hits
from assistant.text import record_text, stems
from ingest.model import ActionRecord
from vectorstore.bm25 import STOPWORDS

MAX_LABEL_WORDS = 6  # a heading label, not a finding written as a sentence
MIN_TOPIC_SHARE = 0.5  # of the question's topic words the label must hold
PARTIAL_TOPIC_SHARE = 2 / 3  # ... when the question leaves some of the label's words out
CANDIDATES = 12  # rows nearest the question searched for a label

# the markers that split one heading cell into labels: bullets, numbered items, line breaks
_ITEM = re.compile(r"\s*(?:[•▪●◦]|\n|(?<!\w)\d{1,2}[.)]\s)\s*")
_WHY = re.compile(r"\bwhy\b|\bhow\s+come\b", re.I)
_ASKABLE = frozenset({"progress", "action"})  # what 'the position on X' reads as


def _content_stems(text: str) -> set[str]:
    """Stems of the words of ``text`` that carry meaning (no stopwords, no numbers)."""
    words = [w for w in re.findall(r"[A-Za-z]+", text) if w.lower() not in STOPWORDS]
    return stems(" ".join(words))


def labels(record: ActionRecord) -> list[set[str]]:
    """The heading labels of a row, as content stems: its whole title when short, and each item
    of a title that lists several. A title cut short ('…') or written as a sentence is none."""
    title = (record.title or "").strip()
    if not title or title.endswith("…"):
        return []
    pieces = [title, *(p for p in _ITEM.split(title) if p and p.strip() != title)]
    found = []
    for piece in pieces:
        piece = piece.strip(" :;.,")
        words = _content_stems(piece)
        if words and len(piece.split()) <= MAX_LABEL_WORDS:
            found.append(words)
    return found


def _match(label: set[str], asked: set[str], topic: set[str]) -> Literal["whole", "part"] | None:
    """How the question names the label: 'whole' with all its words; 'part' when the label
    holds most of its topic (:data:`PARTIAL_TOPIC_SHARE`) and the question at least two of the
    label's words and no fewer than it leaves out (a finding's predicate it does not repeat:
    'the gifts register' of 'Gifts register incomplete', 'car park income' of 'Car park income
    is banked late'); None when it does not name it."""
    shared = len(label & asked)
    missing = len(label - asked)
    if missing == 0:
        return "whole"
    held = len(label & topic) / len(topic) if topic else 0.0
    if held >= PARTIAL_TOPIC_SHARE and shared >= 2 and shared >= missing:
        return "part"
    return None


def _descriptive(q: QueryAnalysis) -> bool:
    """Whether the question asks what the paper says of its subject, not a value of a kind,
    a reason, a count or a comparison."""
    return (
        q.intent in ("lookup", "explain")
        and not q.refs
        and not q.claims
        and not q.premise
        and not q.quantity
        and not q.sides
        and len(q.parts) <= 1
        and set(q.fields) <= _ASKABLE
        and answer_type(q.question) is None
        and not _WHY.search(q.question)
        and not (q.statuses or q.owner or q.priority)
    )


def _scoped(q: QueryAnalysis, records: list[ActionRecord]) -> list[ActionRecord]:
    """The rows in the years the question names when it names no paper (its papers are the
    search's own filter)."""
    if q.documents or not q.years:
        return records
    return [r for r in records if r.year in q.years] or records


def _alone(q: QueryAnalysis, record: ActionRecord, words: set[str], context: AnswerContext) -> bool:
    """Whether ``record`` is the only row in the question's scope whose own words hold all of
    ``words`` (a label named in part must not describe other rows as well: 'the risk
    register' is in many)."""
    scope = [
        r
        for r in _scoped(q, context.register.all())
        if not q.documents or r.document.id in q.documents
    ]
    return not any(r.id != record.id and words <= stems(record_text(r)) for r in scope)


def titled_row(q: QueryAnalysis, context: AnswerContext) -> Answer | None:
    """The whole of the one row whose heading label the question names, for a descriptive
    question; None when it asks a value, names no label, or two rows hold it."""
    if not _descriptive(q):
        return None
    topic = _content_stems(" ".join(q.terms))
    if not topic:
        return None
    asked = _content_stems(q.standalone or q.question)
    found: list[tuple[bool, int, ActionRecord, set[str]]] = []
    for record in _scoped(q, record_hits(q, context, q.standalone or q.question, k=CANDIDATES)):
        for label in labels(record):
            how = _match(label, asked, topic)
            held = label & topic
            if how is None or len(held) / len(topic) < MIN_TOPIC_SHARE:
                continue
            if how == "part" and not _alone(q, record, label & asked, context):
                continue
            found.append((how == "whole", len(held), record, label))
    if not found:
        return None
    best = max((whole, size) for whole, size, _, _ in found)
    rows = {r.id: r for whole, size, r, _ in found if (whole, size) == best}
    if len(rows) != 1:
        return None
    # the row told whole: a summary and its card, not one field ('position' reads as progress)
    whole = q.model_copy(update={"fields": [], "field": None})
    return describe_records(whole, list(rows.values()), context, route="passages")

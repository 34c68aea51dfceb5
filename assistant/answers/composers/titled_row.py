"""A descriptive question about the one row its subject names by the row's own heading ('what's
the position on information management?', 'how is X going?', 'what happened to control room
costs?'): the whole row, every cell cited, instead of a handful of sentences about it.

Many papers head each row with a short label (an improvement area, a risk, a workstream: 'Information
Management', 'Weak passwords.'), or list a few labels in one heading cell ('1. Premises related
expenses 2. … 3. Control room costs'). A question that names such a label and asks no value of a
kind (no person, date, figure), no field but the row's progress, and no reason, asks what the
paper says about that row: its current position, its remaining risk or action, its progress.
The sentences a passage search picks from it answer part of that at best; the row answers all
of it. The label is matched by its own words (every content word of it in the question), read
from the register's rows in the question's scope (the papers it names, else the years it
names), all its words or all but a predicate the question leaves out; it must cover at least half the question's topic words, and exactly one row may hold
the best such label. None otherwise: the passages answer.
"""

from __future__ import annotations

import re

from assistant.analysis import QueryAnalysis, answer_type
from assistant.answers.context import AnswerContext
from assistant.answers.model import Answer
from assistant.answers.support.describe import describe_records
from assistant.answers.support.topics import record_hits
from assistant.text import stems
from ingest.model import ActionRecord
from vectorstore.bm25 import STOPWORDS

MAX_LABEL_WORDS = 6  # a heading label, not a finding written as a sentence
MIN_TOPIC_SHARE = 0.5  # of the question's topic words the label must hold
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


def _named(label: set[str], asked: set[str]) -> bool:
    """Whether the question names the label: all its words, or all but one of three or more
    (a finding's predicate the question leaves out: 'the gifts register' of 'Gifts register
    incomplete')."""
    missing = len(label - asked)
    return missing == 0 or (missing == 1 and len(label & asked) >= 2)


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


def titled_row(q: QueryAnalysis, context: AnswerContext) -> Answer | None:
    """The whole of the one row whose heading label the question names, for a descriptive
    question; None when it asks a value, names no label, or two rows hold it."""
    if not _descriptive(q):
        return None
    topic = _content_stems(" ".join(q.terms))
    if not topic:
        return None
    asked = _content_stems(q.standalone or q.question)
    best: list[tuple[int, ActionRecord]] = []
    for record in _scoped(q, record_hits(q, context, q.standalone or q.question, k=CANDIDATES)):
        held = [label for label in labels(record) if _named(label, asked)]
        if not held:
            continue
        size = max(len(label & topic) for label in held)
        if size / len(topic) >= MIN_TOPIC_SHARE:
            best.append((size, record))
    if not best:
        return None
    top = max(size for size, _ in best)
    rows = {record.id: record for size, record in best if size == top}
    if len(rows) != 1:
        return None
    # the row told whole: a summary and its card, not one field ('position' reads as progress)
    whole = q.model_copy(update={"fields": [], "field": None})
    return describe_records(whole, list(rows.values()), context, route="passages")

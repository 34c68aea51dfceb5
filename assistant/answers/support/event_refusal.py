"""What the two refusals of an event the row in focus mentions share (``event_bound``'s time or
reason never given, ``event_outcome``'s decision never stated): where a question's clause
starts, the mention shown in plain words, and the refusal itself, which keeps the row for a
follow-up's 'it'.

    CLAUSE_HEAD                                   # '^', ', ', ' - ', 'and ', 'so ', 'ok '
    clipped(said)                                 # at most 160 characters
    row_refusal(q, context, record, subject, reason, note) -> Answer
"""

from __future__ import annotations

from assistant.analysis import QueryAnalysis
from assistant.answers.context import AnswerContext
from assistant.answers.model import Answer, abstain
from assistant.answers.support.recordtext import doc_label, record_name
from ingest.model import ActionRecord

# the head of a clause of the question: its start, after a stop or a dash, or after a joining
# word ('ok, and when …', '… - so did the Board approve it?')
CLAUSE_HEAD = r"(?:^\W*|[-–—,;:.]\s*|\b(?:and|so|but|ok|okay|right)\s+)"


def clipped(said: str, limit: int = 160) -> str:
    """``said`` cut to ``limit`` characters, with an ellipsis when cut."""
    return said if len(said) <= limit else said[: limit - 3].rstrip() + "…"


def in_row(record: ActionRecord | None) -> str:
    """' in R21 (MPS Action Plan (2008))': the row a refusal is about, or nothing."""
    return f" in {record_name(record)} ({doc_label(None, record)})" if record else ""


def row_refusal(
    q: QueryAnalysis,
    context: AnswerContext,
    record: ActionRecord | None,
    subject: str,
    reason: str,
    note: str,
) -> Answer:
    """The refusal (``value_not_given``, no citations) of ``subject``, saying ``reason``; it
    keeps ``record`` as the row it is about, and ``note`` among its notes."""
    refusal = abstain(q, context, subject, reason, kind="value_not_given")
    refusal.records = [record] if record else []  # the row it is about: a follow-up's 'it'
    refusal.notes.append(note)
    return refusal

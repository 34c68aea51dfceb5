"""The line under a passage that came from an action record: its status and first progress
sentence, and the fields the question asks for that the sentence itself does not give.

A question in its own words ('who was given the job of dealing with the backlog of building
repairs?') is answered from the sentences that match it best; when the best one is a record's
cell, the value asked for (its owner, its deadline, its priority) is that record's, cited from
its row, so the answer gives what was asked and not only what the record is about.
"""

from __future__ import annotations

import re

from assistant.analysis import QueryAnalysis, answer_type, asks_responsibility
from assistant.answers.context import AnswerContext
from assistant.answers.support.column_noun import column_asked
from assistant.answers.support.planned import asks_planned_date
from assistant.answers.support.recordtext import cite, cite_whole, due_words, safe_text
from assistant.answers.support.written_status import status_label
from assistant.citations import CitationBuilder, record_quote
from assistant.evidence import Evidence
from assistant.text import split_sentences
from ingest.model import ActionRecord

# the wh-word asks for a field: 'who …?' an owner, 'when …?' / 'by when' a deadline
# at the start of the question or of a clause ('In the 2008 plan, when …')
_CLAUSE = r"(?:^|[,;:—–]\s*)\s*(?:\w+\s+){0,2}?"
_WHO = re.compile(rf"{_CLAUSE}who(?:m|se)?\b", re.I)
_WHEN = re.compile(rf"{_CLAUSE}(?:when|by when|by what date)\b", re.I)
_DEADLINE = re.compile(r"\b(?:due|deadlines?|timescales?|target(?:ed)?|scheduled|expected)\b", re.I)


def asked_fields(q: QueryAnalysis) -> set[str]:
    """The record fields a lookup asks for, by the analysis and by its wh-word: 'owner',
    'due', 'priority' (status is always shown). 'Who chaired …?' asks for another role, and
    'when was X launched?' for an event's date, not the action's deadline."""
    fields: set[str] = {f for f in q.fields if f in ("owner", "due", "priority", "action")}
    if not asks_responsibility(q.question):  # 'which board took over X?': another role
        fields.discard("owner")
    if q.intent in ("lookup", "explain"):
        if _WHO.search(q.question):
            fields.add("owner")
        if _WHEN.search(q.question):
            fields.add("due")
        column = column_asked(q.question)  # 'what deadlines apply to X?'
        if column:
            fields.add(column)
    asked = answer_type(q.question)
    if asked in ("person", "holder"):  # 'who chaired X?'
        fields.discard("owner")
    if asked == "year" and not _DEADLINE.search(q.question):  # 'when was X launched?'
        fields.discard("due")
    if asks_planned_date(q.question):  # 'by what date is X meant to be done?': a deadline
        fields.add("due")
    return fields


def record_summary(
    item: Evidence,
    context: AnswerContext,
    builder: CitationBuilder,
    shown: set[int],
    asked: frozenset[str] | set[str] = frozenset(),
) -> str:
    """Status and first progress sentence of the record an evidence sentence came from, after
    the ``asked`` fields ('action', 'owner', 'due', 'priority') the record gives, each cited."""
    record = context.register.get(item.record_id)
    if record is None:
        return ""
    parts = []
    if "action" in asked:
        parts.extend(_action_part(record, item, builder, shown))
    if "owner" in asked and record.owner:
        marker = cite(builder, record, item.chunk_id, record.owner)
        parts.append(f"Owner: **{safe_text(record.owner)}**{marker}")
    # a deadline the row dates (not a status written in the date column)
    if "due" in asked and record.due_date and record.due_text != record.status_text:
        marker = cite(builder, record, item.chunk_id, record.due_text)
        parts.append(f"Due: **{due_words(record)}**{marker}")
    if "priority" in asked and record.priority:
        marker = cite(builder, record, item.chunk_id, record.priority)
        parts.append(f"Priority: **{safe_text(record.priority)}**{marker}")
    stated = record_quote(record, record.status_text) if record.status_basis == "stated" else None
    if stated:
        n = builder.add(
            chunk_id=item.chunk_id,
            document=record.document,
            quote=stated[0],
            ref=record.ref,
            near=stated[1],
        )
        parts.append(
            f"Status: {status_label(record)} (“{safe_text(record.status_text)}”)"
            + (f" [{n}]" if n else "")
        )
    elif record.status != "unknown":
        parts.append(f"Status: {status_label(record)}")
    if record.progress:
        said = record_quote(record, record.progress)
        fresh = said is not None and said[1] not in shown
        whole = cite_whole(builder, record, item.chunk_id, said[1]) if said and fresh else None
        if said and whole is not None:  # cut by a wrapped row
            text, numbers = whole
            shown.add(said[1])
            parts.append(f"Progress: “{safe_text(text)}” {''.join(f'[{n}]' for n in numbers)}")
        elif said and said[1] not in shown:
            n = builder.add(
                chunk_id=item.chunk_id,
                document=record.document,
                quote=said[0],
                ref=record.ref,
                near=said[1],
            )
            if n:
                shown.add(said[1])
                parts.append(f"Progress: “{said[0]}” [{n}]")
    return "; ".join(parts)


def _action_part(
    record: ActionRecord, item: Evidence, builder: CitationBuilder, shown: set[int]
) -> list[str]:
    """'Agreed action: “…” [n]': the opening of the row's action cell, when the question asks
    for the action and the sentence shown is another cell's (its issue, its progress)."""
    action = (record.action or "").strip()
    if not action or action == (record.title or "").strip():
        return []
    opening = split_sentences(action)
    said = record_quote(record, opening[0].text if opening else None, action)
    if said is None or said[1] in shown or said[0] not in action or said[0] in item.text:
        return []
    n = builder.add(
        chunk_id=item.chunk_id,
        document=record.document,
        quote=said[0],
        ref=record.ref,
        near=said[1],
    )
    if not n:
        return []
    shown.add(said[1])
    return [f"Agreed action: “{safe_text(said[0])}” [{n}]"]

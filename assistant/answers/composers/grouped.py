"""Totals by group: the rows the question's filters keep, counted by the column its group noun
names ('how many actions does each lead hold?', 'break them down by RAG', 'which accountable
manager has the most?'). Each group is stated with its count and refs, the extreme first when
one is asked, and every row counted is cited by its cell of that column."""

from __future__ import annotations

import re
from collections import OrderedDict
from collections.abc import Set

from assistant.analysis import QueryAnalysis
from assistant.analysis.state_subject import blank_words
from assistant.answers.context import AnswerContext
from assistant.answers.model import Answer, finish
from assistant.answers.support.open_rows import rows_as_read
from assistant.answers.support.paper_words import subject_words
from assistant.answers.support.recordtext import cite, doc_label, safe_text
from assistant.answers.support.topics import (
    noun_of,
    on_topic,
    topic_terms,
    topic_weights,
)
from assistant.record_owners import joined_posts
from assistant.text import and_list
from ingest.model import ActionRecord

_OVERDUE = re.compile(r"\boverdue\b|\bpast (?:its|their|the) (?:deadline|due date)\b", re.I)
_REFS_SHOWN = 8  # refs listed (and cited) in one group
_GROUPS_SHOWN = 25
_STATUS_WORDS = {
    "complete": "complete",
    "partial": "partly done",
    "ongoing": "ongoing",
    "not_started": "not started",
}
_NONE = {
    "owner": "no owner named",
    "status": "no status given",
    "priority": "no priority given",
}


def _values(
    record: ActionRecord, field: str, known: Set[str] = frozenset()
) -> list[tuple[str, str | None]]:
    """The group(s) one row falls in, each as (label, the cell it was read from); an owner cell
    naming two posts ('Director of Finance / Treasurer', or 'A and B' where A and B each own
    rows of their own among ``known``) counts for each."""
    if field == "owner":
        cell = record.owner or ""
        owners = [o for p in re.split(r"\s*[/;]\s*", cell) for o in joined_posts(p, known)]
        return [(o, record.owner) for o in owners] or [(_NONE["owner"], None)]
    if field == "status":
        if record.status_basis == "stated" and record.status_text:
            return [(record.status_text.strip(), record.status_text)]
        word = _STATUS_WORDS.get(record.status)
        return [(word, None)] if word else [(_NONE["status"], None)]
    if field == "priority":
        value = (record.priority or "").strip()
        return [(value, value)] if value else [(_NONE["priority"], None)]
    return [(record.document.id, None)]


def _header(records: list[ActionRecord], field: str, known: Set[str]) -> str:
    """The paper's own header of the grouped column when the rows are of one paper ('RAG',
    'Lead'), else the field's name."""
    if field == "document":
        return "paper"
    names = {
        header
        for record in records
        for header, cell in record.columns.items()
        for _, value in _values(record, field, known)[:1]
        if value and cell.strip() == (value or "").strip()
    }
    if len({r.document.id for r in records}) == 1 and len(names) == 1:
        return next(iter(names))
    return field


def by_group(q: QueryAnalysis, context: AnswerContext) -> Answer | None:
    """The rows in scope counted by the column the question groups them by; None when the
    question asks no total by group."""
    if not q.group_by or _OVERDUE.search(blank_words(q.question, q.subject_states)):
        return None  # overdue is read from each row's dates, by the overdue list
    field = q.group_by
    loaded = context.register.loaded()
    matched, labelled = rows_as_read(q, context)  # 'not started' by the paper's own label
    notes: list[str] = [labelled] if labelled else []
    topic = [] if q.documents else subject_words(topic_terms(q, context), q.documents, context)
    if topic:  # 'how many IT actions does each owner hold?': the rows on the subject
        narrowed = on_topic(matched, topic_weights(topic, context), context)
        if len(narrowed):
            matched = narrowed
            notes.append(f"rows on {', '.join(topic)}")
    records = loaded.at(matched)
    if not records:
        return None
    known = context.register.owner_names()
    documents = {d.id: d for d in context.documents}
    groups: OrderedDict[str, list[ActionRecord]] = OrderedDict()
    labels: dict[str, str] = {}
    cells: dict[str, str | None] = {}
    for record in records:
        for label, cell in _values(record, field, known):
            key = re.sub(r"\s+", " ", label.lower())
            if field == "document":
                label = doc_label(documents.get(record.document.id), record)
            labels.setdefault(key, label)
            groups.setdefault(key, []).append(record)
            cells[f"{key}\0{record.id}"] = cell
    ordered = sorted(groups.items(), key=lambda kv: -len(kv[1]))
    papers = {r.document.id for r in records}
    noun = noun_of(q.question)
    where = (
        f" in *{doc_label(documents.get(next(iter(papers))), records[0])}*"
        if len(papers) == 1
        else f" in {len(papers)} papers"
    )
    column = _header(records, field, known)
    builder = context.citations()
    lines: list[str] = []
    if q.group_extreme:
        named_groups = [(k, rows) for k, rows in ordered if not k.startswith("no ")]
        if not named_groups:
            return None
        counts = [len(rows) for _, rows in named_groups]
        best = max(counts) if q.group_extreme == "most" else min(counts)
        top = [labels[k] for k, rows in named_groups if len(rows) == best]
        bold = [f"**{safe_text(t)}**" for t in top]
        named = and_list(bold)
        word = "most" if q.group_extreme == "most" else "fewest"
        each = " each" if len(top) > 1 else ""
        lines.append(
            f"{named} {'have' if len(top) > 1 else 'has'} the {word} {noun}{where}: "
            f"**{best}**{each} of {len(records)}."
        )
        lines.append(f"\n{len(records)} {noun}{where}, by {column}:")
    else:
        lines.append(f"**{len(records)}** {noun}{where}, by {column}:")
    for key, rows in ordered[:_GROUPS_SHOWN]:
        shown = []
        for record in rows[:_REFS_SHOWN]:
            chunk_id = context.record_chunk_id(record.id)
            cell = cells.get(f"{key}\0{record.id}")
            mark = cite(builder, record, chunk_id, cell, record.title, record.action)
            name = record.ref or f"row {record.ordinal}"
            if len(papers) > 1 and field != "document":
                name += f" ({doc_label(documents.get(record.document.id), record)})"
            shown.append(f"{safe_text(name)}{mark}")
        more = f", and {len(rows) - _REFS_SHOWN} more" if len(rows) > _REFS_SHOWN else ""
        lines.append(f"- **{safe_text(labels[key])}**: {len(rows)} — {', '.join(shown)}{more}")
    if len(ordered) > _GROUPS_SHOWN:
        lines.append(f"\n…and {len(ordered) - _GROUPS_SHOWN} more groups.")
    if field == "owner" and any(len(_values(r, field, known)) > 1 for r in records):
        notes.append("a row naming two owners counts for each")
    searched = context.searched()
    span = context.span(searched)
    total = len(loaded.records)
    line = (
        f"{len(records)} of {total} actions in {len(searched)} documents match"
        f"; counted by {column} ({len(ordered)} groups)"
        + (f"; searched {span}" if span else "")
        + "."
    )
    for note in notes:
        lines.append(f"\n_Note: {note}._")
    return finish(
        q,
        context,
        body="\n".join(lines),
        line=line,
        matched=len(records),
        citations=builder.citations(),
        records=records,
        route="register",
        notes=notes,
    )

"""Which of two or more papers has more rows ('Which had more recommendations: A or B?'): the
rows of each counted (those the question's values keep), the larger named first with the
numbers side by side, the first and last row of each cited."""

from __future__ import annotations

import re

from assistant.analysis import QueryAnalysis
from assistant.answers.context import AnswerContext
from assistant.answers.model import Answer, finish
from assistant.answers.support.reach import asks_which_has_more, rows_kept, scope
from assistant.answers.support.recordtext import cite_record, doc_label, safe_text
from assistant.answers.support.topics import noun_of
from assistant.citations import record_quote
from ingest.model import ActionRecord, DocumentInfo

# 'more recommendations', 'fewer open actions': a count of rows compared
_MORE_ROWS = re.compile(
    r"\b(?:more|fewer|most|least)\s+(?:[\w-]+\s+){0,3}?(?:recommendations|actions|items|"
    r"issues|findings|areas|observations|points|rows)\b",
    re.I,
)


def counted_framed(q: QueryAnalysis, context: AnswerContext) -> Answer | None:
    """'Did A or B have more recommendations in front of its committee? Give both numbers.':
    the rows of the two papers the sides name counted, as :func:`counted` does, when the
    question names no subject phrase: its other words only frame the count, so words no paper
    uses make no abstention (and name no third paper)."""
    if q.subject_terms or len(q.documents) < 2 or len(q.sides) != 2:
        return None
    if not _MORE_ROWS.search(q.question):
        return None
    if all(_owner_named(side, context) for side in q.sides):
        return None  # 'does the Head of X own more than the Head of Y?': owners, not papers
    named_ids = set(q.documents)
    named = [d for d in context.searched() if d.id in named_ids]
    sides = [_words(side) for side in q.sides]
    kept = [d.id for d in named if any(_words(f"{d.organisation} {d.title}") & s for s in sides)]
    if len(kept) != 2:  # 'the 2023 one or the 2024 one': the papers' years name them
        kept = [d.id for d in named if any(_words(str(d.year or "")) & s for s in sides)]
    if len(kept) != 2:
        return None
    kept = [d for d in q.documents if d in kept]  # in the order the question names them
    return counted(q.model_copy(update={"documents": kept}), context)


def _owner_named(side: str, context: AnswerContext) -> bool:
    """Whether ``side`` writes one of the register's owners whole ('the Head of Finance')."""
    low = f" {' '.join(re.findall(r'[a-z0-9&]+', side.lower()))} "
    return any(
        f" {' '.join(re.findall(r'[a-z0-9&]+', o.lower()))} " in low
        for o in context.register.owners_by_length()
    )


def _words(text: str) -> set[str]:
    """The capitalised words of a name ('Severnside', 'Tamar', 'Vale'), lower-cased, and the
    years it is dated by ('the 2023 report')."""
    return {w.lower() for w in re.findall(r"\b[A-Z][\w'-]{2,}|\b(?:19|20)\d\d\b", text or "")}


def counted(q: QueryAnalysis, context: AnswerContext) -> Answer | None:
    """'Which had more recommendations: A or B?' — the records of each, counted (None for any
    other comparison, or when fewer than two documents in scope have records)."""
    if not asks_which_has_more(q, context):
        return None
    noun = noun_of(q.question)
    counts: list[tuple[DocumentInfo, list[ActionRecord]]] = []
    said = ""
    for doc in scope(q, context):
        records = list(context.register.of_document(doc.id))
        if q.section and q.section in {r.section for r in records}:
            records = [r for r in records if r.section == q.section]
        if q.sections and set(q.sections) & {r.section for r in records}:
            records = [r for r in records if r.section in q.sections]  # the noun's tables
        if records:  # 'which has more completed items': the rows the question's values keep
            kept, said = rows_kept(q, context, records)
            counts.append((doc, kept))
    if len(counts) < 2:
        return None
    noun = f"{noun} ({said})" if said else noun
    counts.sort(key=lambda pair: -len(pair[1]))
    builder = context.citations()
    parts = []
    for doc, records in counts:
        if not records:
            parts.append(f"- *{doc_label(doc)}*: **0** {noun}")
            continue
        first, last = records[0], records[-1]
        cites = "".join(
            cite_record(builder, r, context.record_chunk_id(r.id), record_quote(r, r.title))
            for r in ((first, last) if last is not first else (first,))
        )
        where = f" ({records[0].section})" if q.section and records[0].section == q.section else ""
        refs = f"{first.ref or safe_text(first.title)}"
        refs += f" to {last.ref or safe_text(last.title)}" if last is not first else ""
        parts.append(f"- *{doc_label(doc)}*{where}: **{len(records)}** {noun} ({refs}){cites}")
    top, runner = counts[0], counts[1]
    head = (
        f"**{doc_label(top[0])} has more: {len(top[1])} {noun}, against {len(runner[1])}.**"
        if len(top[1]) != len(runner[1])
        else f"**They have the same number: {len(top[1])} {noun} each.**"
    )
    searched = context.searched()
    span = context.span(searched)
    line = f"Counted every record of {len(counts)} documents; searched {span}."
    if said:
        line = (
            f"Counted the records of {len(counts)} documents that match ({said}); searched {span}."
        )
    records = [r for _, rs in counts for r in rs]
    return finish(
        q,
        context,
        body="\n".join([head, *parts]),
        line=line,
        matched=len(records),
        citations=builder.citations(),
        records=records,
        route="compare",
    )

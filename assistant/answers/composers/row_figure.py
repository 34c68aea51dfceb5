"""A figure asked of the one row a question names by ref, read from that row's own cells first.

'How much has been recovered so far for MHA 23-01?', 'what percentage is X-4 at?' (often a
follow-up whose row was carried: 'how much of that has been spent?') name a row and ask a value
of a kind (an amount, a percentage, a count). The row's cells are read before any prose: a
sentence of the row that holds a value of the asked kind answers, the one writing most of the
question's words that the row's ref does not already say; on a tie the progress note (what
has been done) is taken over the lead cells (the finding: what was wrong, the target), and an
earlier sentence over a later one. None when the question names no
single row, asks no such kind of value, or no cell of the row holds one: the prose is then
searched as before.
"""

from __future__ import annotations

import re

from assistant.analysis import ANSWER_SHAPES, QueryAnalysis, answer_type
from assistant.answers.context import AnswerContext
from assistant.answers.model import Answer, finish
from assistant.answers.support.asked_of_record import unsaid_words
from assistant.answers.support.recordtext import cite_record, cite_whole, doc_label, safe_text
from assistant.evidence import Evidence, record_evidence
from assistant.text import stem_of, stems
from ingest.model import ActionRecord

# the kinds of value a row's cells write as figures; a date or a person is a column's value
# (the deadline, the owner), which the field route reads
_FIGURE_KINDS = ("amount", "percentage", "headcount", "proportion")


def _named_rows(q: QueryAnalysis, context: AnswerContext) -> list[ActionRecord]:
    """The rows of the one ref the question names, in the paper it names when it names one."""
    if len({r.lower() for r in q.refs}) != 1:
        return []
    found = context.register.with_refs([q.refs[0].lower()])
    if q.documents:
        found = [r for r in found if r.document.id in q.documents] or found
    return found


# a figure of any kind ('how much has been recovered?' names no unit): a sum, a share, a count
_ANY_FIGURE = re.compile(
    rf"{ANSWER_SHAPES['amount'].pattern}|{ANSWER_SHAPES['percentage'].pattern}|"
    r"(?<![\d/.-])\b(?!(?:19|20)\d\d\b)\d[\d,]*\b(?![/.-]?\d)(?!\s*(?:January|February|March|April|May|June|July|"
    r"August|September|October|November|December)\b)",
    re.I,
)


def _shape(q: QueryAnalysis) -> re.Pattern[str] | None:
    """The shape of the figure asked: its kind's, or any figure's for 'how much / how many'
    whose kind the wording does not give."""
    kind = answer_type(q.question)
    if kind in _FIGURE_KINDS:
        return ANSWER_SHAPES.get(kind) or _ANY_FIGURE
    if kind is None and q.quantity:
        return _ANY_FIGURE
    return None


def _held(asked: list[str], text: str) -> int:
    """How many of the question's unsaid words the sentence writes (by stem)."""
    present = stems(text)
    return sum(stem_of(word) in present for word in asked)


def _best_sentence(
    q: QueryAnalysis, record: ActionRecord, shape: re.Pattern[str], context: AnswerContext
) -> Evidence | None:
    chunk_id = context.record_chunk_id(record.id)
    if chunk_id is None:
        return None
    typed = [
        e
        for e in record_evidence(record, chunk_id, 0)
        if shape.search(e.text)
        and len(e.text.split()) >= 2
        and e.text not in (record.due_text, record.revised_from_text)  # a date is no figure
    ]
    if not typed:
        return None
    shown = " ".join(x for x in (record.ref, record.document.title) if x)
    asked = unsaid_words(q, shown)
    progress = record.progress or ""
    return max(
        typed,
        key=lambda e: (_held(asked, e.text), bool(progress) and e.text in progress, -e.start),
    )


def figure_of_named_row(q: QueryAnalysis, context: AnswerContext) -> Answer | None:
    """The sentence of the named row that gives the asked kind of figure, first; else None."""
    if not q.refs or q.intent not in ("lookup", "explain"):
        return None
    shape = _shape(q)
    rows = _named_rows(q, context)
    if shape is None or not rows:
        return None
    builder = context.citations()
    lines: list[str] = []
    used: list[ActionRecord] = []
    for record in rows:
        best = _best_sentence(q, record, shape, context)
        if best is None:
            continue
        chunk_id = context.record_chunk_id(record.id)
        # a sentence a line break cut is shown whole, each of its pieces cited
        whole = cite_whole(builder, record, chunk_id, best.start)
        text, marker = (
            (whole[0], "".join(f" [{n}]" for n in whole[1]))
            if whole is not None
            else (best.text, cite_record(builder, record, chunk_id, (best.text, best.start)))
        )
        if not marker:
            continue
        label = doc_label(None, record)
        lines.append(
            f"**{safe_text(record.ref or '')}** ({safe_text(label)}): “{safe_text(text)}”{marker}"
        )
        used.append(record)
    if not lines:
        return None
    searched = context.searched()
    return finish(
        q,
        context,
        body="\n\n".join(lines),
        line=(
            f"The figure is read from the row's own cells; {len(used)} of "
            f"{len(context.register.all())} actions match ({', '.join(q.refs)}); searched "
            f"{len(searched)} documents, {context.span(searched)}."
        ),
        matched=len(used),
        route="refs",
        citations=builder.citations(),
        records=used,
    )

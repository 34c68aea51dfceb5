"""How far a row has gone, asked of a row whose paper keeps a percentage column ('what % done
is 1.6?', 'how complete is the fire risk action?', 'what assessment and progress % does
report 6 give X?'), and the same percentage of one row compared across two papers ('how does
the % done for X in report 2 compare with report 3?').

The percentage is typed by the column, not by the question's words for it: a cell whose
header says per cent or which is written as one
(:func:`assistant.analysis.cell_kinds.percent_cells`). The answer's first line gives that
value, cited; the rest of the row follows (its status or assessment among it). Compared, each
paper's row gives its value side by side, and the difference is stated. None when the question
asks no such thing, names or describes no one row, or the row holds no percentage cell: the
other composers answer (a percentage in the progress prose, or an abstention).
"""

from __future__ import annotations

from assistant.analysis import QueryAnalysis, answer_type
from assistant.analysis.cell_kinds import PercentCell, asks_how_far, percent_cells, percent_words
from assistant.answers.context import AnswerContext
from assistant.answers.model import Answer, finish
from assistant.answers.support.premises import described_record
from assistant.answers.support.record_card import record_card
from assistant.answers.support.recordtext import doc_label, safe_text
from assistant.citations import CitationBuilder
from assistant.evidence import record_evidence
from assistant.text import stem
from ingest.model import ActionRecord


def _asked(q: QueryAnalysis) -> bool:
    """Whether the question asks how far a row has gone, in a percentage's words or a
    degree's ('how complete', 'how far along')."""
    return answer_type(q.question) == "percentage" or asks_how_far(q.question)


def _subject(q: QueryAnalysis) -> QueryAnalysis:
    """The question with the words that name the percentage ('% done', 'percent complete')
    taken out of its subject: they frame the question, the rest describes the row."""
    framing = {stem(w) for w in percent_words(q.question)}
    terms = [t for t in q.terms if stem(t) not in framing]
    return q.model_copy(update={"terms": terms or q.terms})


def _named(q: QueryAnalysis, context: AnswerContext, documents: list[str]) -> ActionRecord | None:
    """The one row the question names by ref (in ``documents`` when given) or describes."""
    if len({r.lower() for r in q.refs}) == 1:
        found = context.register.with_refs([q.refs[0].lower()])
        if documents:
            found = [r for r in found if r.document.id in documents]
        return found[0] if len(found) == 1 else None
    if q.refs:
        return None
    return described_record(_subject(q).model_copy(update={"documents": documents}), context)


def _cited(
    record: ActionRecord, cell: PercentCell, builder: CitationBuilder, context: AnswerContext
) -> str | None:
    """' [n]' citing the cell as written, or None when it cannot be cited."""
    chunk_id = context.record_chunk_id(record.id)
    if chunk_id is None:
        return None
    for item in record_evidence(record, chunk_id, 0):
        if item.label.strip() == cell.header and item.text.strip() == cell.written:
            n = builder.add(
                chunk_id=chunk_id,
                document=record.document,
                quote=item.text,
                ref=record.ref,
                near=item.start,
            )
            return f" [{n}]" if n else None
    return None


def _name(record: ActionRecord) -> str:
    return f"**{safe_text(record.ref)}**" if record.ref else f"“{safe_text(record.title)}”"


def _line(
    record: ActionRecord, builder: CitationBuilder, context: AnswerContext
) -> tuple[str, float] | None:
    """'**1.6** (paper): % complete: **20%** [n]' and the value, or None without one."""
    for cell in percent_cells(record):
        citation = _cited(record, cell, builder, context)
        if citation:
            label = f"{_name(record)} ({safe_text(doc_label(None, record))})"
            text = f"{label}: {safe_text(cell.header)}: **{cell.value}**{citation}"
            return text, float(cell.value.rstrip("%"))
    return None


def _coverage(context: AnswerContext, rows: int) -> str:
    searched = context.searched()
    return (
        f"{rows} of {len(context.register.all())} actions asked; their percentage column; "
        f"searched {len(searched)} documents, {context.span(searched)}."
    )


def percent_of_row(q: QueryAnalysis, context: AnswerContext) -> Answer | None:
    """The percentage cell of the one row asked, first, then the rest of the row; None when
    the question asks no percentage, no one row is meant or it holds none."""
    # a state the question names ('how complete is it?', 'what percentage complete') is the
    # percentage's own word, not a claim to check
    if q.intent not in ("lookup", "explain") or not _asked(q):
        return None
    record = _named(q, context, q.documents)
    if record is None or not percent_cells(record):
        return None
    builder = context.citations()
    found = _line(record, builder, context)
    if found is None:
        return None
    title = f" “{safe_text(record.title)}”" if record.ref else ""  # a ref-less row is its title
    lines = [f"{found[0]}.{title}"]
    card = record_card(record, builder, context.record_chunk_id(record.id), lines[0])
    body = "\n\n".join([*lines, card] if card else lines)
    return finish(
        q,
        context,
        body=body,
        line=_coverage(context, 1),
        matched=1,
        citations=builder.citations(),
        records=[record],
        route="field",
    )


def _difference(first: float, second: float) -> str:
    """How the second value stands to the first, in percentage points."""
    gap = abs(second - first)
    size = f"{gap:g} percentage point{'s' if gap != 1 else ''}"
    if gap == 0:
        return "The same in both."
    return f"{size} {'higher' if second > first else 'lower'} in the later paper."


def percent_across(q: QueryAnalysis, context: AnswerContext) -> Answer | None:
    """One row's percentage in each of two papers, side by side, oldest first, and how they
    differ; None unless the question compares how far one row went across two papers each of
    which holds it with a percentage cell."""
    if q.intent != "compare" or not _asked(q) or len(q.documents) != 2:
        return None
    order = {d.id: (d.date or "", i) for i, d in enumerate(context.documents)}
    papers = sorted(q.documents, key=lambda d: order.get(d, ("", 0)))
    rows = [_named(q, context, [paper]) for paper in papers]
    if any(r is None or r.document.id != p for r, p in zip(rows, papers, strict=True)):
        return None
    builder = context.citations()
    found = [_line(r, builder, context) for r in rows if r is not None]
    if len(found) != 2 or found[0] is None or found[1] is None:
        return None
    lines = [f"- {found[0][0]}", f"- {found[1][0]}"]
    body = "\n".join(lines) + "\n\n" + _difference(found[0][1], found[1][1])
    return finish(
        q,
        context,
        body=body,
        line=_coverage(context, 2),
        matched=2,
        citations=builder.citations(),
        records=[r for r in rows if r is not None],
        route="compare",
    )

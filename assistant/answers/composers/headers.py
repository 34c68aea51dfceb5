"""A value asked by the name a paper gives its column ('what RAG rating does X carry?', 'what
is X's assurance level?'): the header word as the paper writes it links the question to that
column of the record the question describes, whatever the register calls the field.

Only a column of short values is read so (a rating, a code, a date, a name): a column of
sentences (a progress note, the finding) is the passages' to quote. A header word that is also
in the described record's own words describes it, not a column.
"""

from __future__ import annotations

import re

from assistant.analysis import QueryAnalysis, unquoted
from assistant.answers.context import AnswerContext
from assistant.answers.model import Answer, finish
from assistant.answers.support.premises import described_record
from assistant.answers.support.recordtext import cite, doc_label, safe_text
from assistant.answers.support.topics import record_hits
from assistant.text import stem, stems
from ingest.model import ActionRecord
from vectorstore.bm25 import query_terms

SHORT_VALUE = 5  # words: a rating, a code, a date, a name; longer is a sentence to quote
NEAREST = 5  # records whose columns may be the one asked


def _read(record: ActionRecord) -> set[str]:
    """The cells the register reads into a field of its own whose questions have their own
    route (a ref, an owner, a deadline, the record's words): not a column asked by header."""
    cells = (record.ref, record.owner, record.due_text, record.revised_from_text, record.title)
    return {c.strip() for c in (*cells, record.finding, record.action, record.progress) if c}


# the name ingest gives a column the paper heads with nothing ('Column 1'): no word of the paper
_UNHEADED = re.compile(r"Column \d+")


def _header_stems(header: str) -> set[str]:
    """The stems of a header's words; none for a column the paper left unheaded, whose
    placeholder name ('Column 1') no question names ('the progress *column*' is another)."""
    if _UNHEADED.fullmatch(header.strip()):
        return set()
    return {stem(w) for w in query_terms(header) if not w.isdigit()}


def asked_column(q: QueryAnalysis, records: list[ActionRecord]) -> tuple[str, set[str]] | None:
    """The header of a short-valued column of ``records`` every content word of which the
    question uses, longest first, with its words' stems; None when none."""
    asked = stems(unquoted(q.question))
    found: dict[str, set[str]] = {}
    for record in records:
        for header, value in record.columns.items():
            words = _header_stems(header)
            if not words or not words <= asked or header in found:
                continue
            if not value or len(value.split()) > SHORT_VALUE or value.strip() in _read(record):
                continue
            found[header] = words
    if not found:
        return None
    header = max(found, key=lambda h: (len(found[h]), len(h)))
    return header, found[header]


def _text(record: ActionRecord) -> str:
    return " ".join(
        v
        for v in (record.title, record.finding, record.action, record.progress, record.category)
        if v
    )


def header_value(q: QueryAnalysis, context: AnswerContext) -> Answer | None:
    """The value of the column the question names by its header, of the record it describes,
    cited; None when it names no column, or no one record is described."""
    if q.intent not in ("lookup", "explain") or q.quantity or q.claims or (q.premise and q.refs):
        return None
    nearest = record_hits(q, context, q.standalone or q.question, k=NEAREST)
    column = asked_column(q, nearest)
    if column is None:
        return None
    header, words = column
    # the record is described by the words the nearest records hold ('rating', 'carry', a
    # body's short name frame the question)
    held = stems(" ".join(_text(r) for r in nearest))
    rest = [t for t in q.terms if stem(t) not in words and stem(t) in held]
    if not rest:
        return None
    record = described_record(q.model_copy(update={"terms": rest}), context)
    if record is None or header not in record.columns:
        return None
    value = record.columns[header]
    if not value or len(value.split()) > SHORT_VALUE:
        return None
    described = " ".join(v for v in (record.title, record.finding, record.action) if v)
    if words <= stems(described):  # the header's words describe the record: no column asked
        return None
    builder = context.citations()
    chunk_id = context.record_chunk_id(record.id)
    citation = cite(builder, record, chunk_id, value)
    if not citation:
        return None
    name = f"**{safe_text(record.ref)}**" if record.ref else f"“{safe_text(record.title)}”"
    what = record.title or record.action or ""
    about = cite(builder, record, chunk_id, what) if what else ""
    lead = f"{name} ({doc_label(None, record)})"
    body = f"{lead}: {safe_text(header)}: **{safe_text(value)}**{citation}."
    if about:
        body += f" “{safe_text(what)}”{about}"
    return finish(
        q,
        context,
        body=body,
        line=f"1 of {len(context.register.all())} actions is the one described; "
        f"its '{safe_text(header)}' column as the paper heads it; searched "
        f"{len(context.searched())} documents, {context.span(context.searched())}.",
        matched=1,
        citations=builder.citations(),
        records=[record],
        route="field",
    )

"""What a row's own paper says about it, for a detail the row's cells do not hold.

An answer about one row shows the whole row (its record card). When words the question asks
('where is it reported?', 'who else is involved?') are still in neither the answer nor the
row, the paper the row is from may say it in its prose: the sentence of that paper (not of
the row itself) that holds the asked words and shares the row's distinctive words (words of
its title, finding and action no other row of the paper uses, nor the paper's name), so it is
about that row, not about the paper in general or another row.

    about_row(q, record, context, builder, shown) -> 'In its paper: “…” [n] — *title*' | None
"""

from __future__ import annotations

from assistant.analysis import ANSWER_SHAPES, QueryAnalysis, answer_type
from assistant.answers.context import AnswerContext
from assistant.answers.support.gather import gather
from assistant.answers.support.recordtext import safe_text
from assistant.citations import CitationBuilder
from assistant.evidence import Evidence, coverage, term_weights
from assistant.text import stem_of, stems
from ingest.model import ActionRecord
from vectorstore.bm25 import query_terms

ASKED_SHARE = 0.2  # the share of the question's weight still missing before a sentence is sought
HOLDS = 0.5  # the share of the missing words a sentence must hold
SHARED = 2  # distinctive words of the row a sentence must share
MIN_WORDS = 5


def _matter(record: ActionRecord) -> set[str]:
    """The stems of a row's title, finding and action words."""
    return stems(" ".join(t for t in (record.title, record.finding, record.action) if t))


def paper_names(record: ActionRecord, context: AnswerContext) -> str:
    """The words that name the row's paper: its title and its body."""
    named = [record.document.title]
    named += [d.organisation or "" for d in context.documents if d.id == record.document.id]
    return " ".join(named)


def paper_naming(record: ActionRecord, context: AnswerContext) -> set[str]:
    """The stems of the words that name the row's paper (its title, its body): they pick the
    paper, not a thing asked of the row."""
    return stems(paper_names(record, context))


def row_words(record: ActionRecord, context: AnswerContext) -> set[str]:
    """The stems of the row's own matter: words of its title, finding and action that no other
    row of its paper uses and that do not name the paper."""
    others: set[str] = set()
    for other in context.register.of_document(record.document.id):
        if other.id != record.id:
            others |= _matter(other)
    return _matter(record) - others - paper_naming(record, context)


def paper_sentence(
    q: QueryAnalysis, record: ActionRecord, context: AnswerContext, shown: str
) -> Evidence | None:
    """The sentence of ``record``'s paper, outside the row, holding the question's words the
        answer ``shown`` and the row lack and sharing the row's distinctive words; None when the
        answer holds most of what was asked, or no sentence of the paper is about the row. A value
    of the kind asked ('how much …': an amount) that neither the answer nor the row holds is
    sought by its shape as well as by the asked words."""
    refs = {r.lower() for r in q.refs}
    words = [t for t in query_terms(q.question) if t not in refs]
    weights = term_weights(words, context.stats)
    present = stems(f"{shown} {record.source_text} {record.ref or ''}")
    present |= paper_naming(record, context)
    missing = {t: w for t, w in weights.items() if t not in present}
    kind = answer_type(q.question)
    shape = ANSWER_SHAPES.get(kind) if kind else None
    if shape is not None and shape.search(f"{shown} {record.source_text}"):
        shape = None  # a value of the kind asked is shown already
    if shape is None and (
        not missing or sum(missing.values()) < ASKED_SHARE * sum(weights.values())
    ):
        return None
    own = row_words(record, context) - {stem_of(r) for r in refs}
    evidence, _ = gather(q, context, documents=[record.document.id], terms=words)
    candidates = [
        e
        for e in evidence
        if e.record_id != record.id
        and e.document.id == record.document.id
        and len(e.text.split()) >= MIN_WORDS
        and (coverage(e.text, missing) >= HOLDS or (shape is not None and shape.search(e.text)))
        and len(stems(e.text) & own) >= SHARED
    ]
    if not candidates:
        return None
    return max(candidates, key=lambda e: (coverage(e.text, missing), -e.rank, -e.start))


def about_row(
    q: QueryAnalysis,
    record: ActionRecord,
    context: AnswerContext,
    builder: CitationBuilder,
    shown: str,
) -> str | None:
    """'In its paper: “…” [n] — *title*': :func:`paper_sentence` quoted and cited, or None."""
    found = paper_sentence(q, record, context, shown)
    n = builder.add_evidence(found) if found is not None else None
    if found is None or n is None:
        return None
    return f"In its paper: “{found.display()}” [{n}] — *{safe_text(found.document.title)}*"

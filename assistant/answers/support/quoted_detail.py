"""The sentence of a quoted row that answers a detail asked of it, first.

A follow-up asking a detail of the row in focus ('what interim work was done meanwhile?') is
asked of that row by its quoted words when it has no ref ('… for “There is no dynamic interface
…”?': :func:`~assistant.antecedents.record_names`). Searched by all its words, the row's own
words (its title, quoted) rank its opening sentences first, which repeat what the quotation
says; the detail is in the sentence of the row that holds the question's other words. The row is
the one the quotation names (:func:`.quoted_row.quoted_record`); the sentence is the one of the
row's text, searched by the question's words outside the quotation, that holds the most of the
words the quotation leaves unsaid (:func:`.asked_of_record.unsaid_words`), at least
:data:`MIN_SHARE` of them. A question asking a column, or checking a claim, is read by those
rules instead.
"""

from __future__ import annotations

from assistant.analysis import QUOTED, QueryAnalysis
from assistant.answers.context import AnswerContext
from assistant.answers.support.asked_of_record import unsaid_words
from assistant.answers.support.quoted_row import quoted_record
from assistant.evidence import Evidence, record_evidence
from assistant.text import split_sentences, stem_of, stems
from ingest.model import ActionRecord

MIN_SHARE = 0.4  # of the unsaid words the row's sentence must hold
MIN_PIECE = 3  # the words of a piece of a cell that is part of that sentence


def quoted_detail_first(
    q: QueryAnalysis, context: AnswerContext, evidence: list[Evidence]
) -> list[Evidence]:
    """``evidence`` with the quoted row's sentence that answers the question's own words first;
    ``evidence`` itself when no one row is quoted or none of its sentences answers them."""
    if q.fields or q.claims:
        return evidence
    record = quoted_record(q, context)
    if record is None:
        return evidence
    said = q.standalone or q.question
    quoted = " ".join(m.group(0) for m in QUOTED.finditer(said))
    asked = {stem_of(w) for w in unsaid_words(q, quoted)}
    if not asked:
        return evidence
    sentence = _answering(record, asked, quoted)
    if sentence is None:
        return evidence
    pieces = [
        e
        for e in record_evidence(record, context.record_chunk_id(record.id) or "", 0)
        if len(e.text.split()) >= MIN_PIECE and _folded(e.text) in sentence
    ]
    if not pieces:
        return evidence
    kept = {e.start for e in pieces}
    rest = [e for e in evidence if not (e.record_id == record.id and e.start in kept)]
    return [*pieces, *rest]


def _folded(text: str) -> str:
    return " ".join(text.split()).lower()


def _answering(record: ActionRecord, asked: set[str], quoted: str) -> str | None:
    """The sentence of the row's cells (folded) holding the most of ``asked``, at least
    :data:`MIN_SHARE` of them; None when none does, or two hold as many."""
    said = stems(quoted)
    scored = sorted(
        (
            (len(asked & stems(sentence.text)), _folded(sentence.text))
            for value in record.columns.values()
            for sentence in split_sentences(" ".join((value or "").split()))
            if not stems(sentence.text) <= said
        ),
        reverse=True,
    )
    if not scored or scored[0][0] < MIN_SHARE * len(asked):
        return None
    if len(scored) > 1 and scored[1][0] == scored[0][0] and scored[1][1] != scored[0][1]:
        return None
    return scored[0][1]

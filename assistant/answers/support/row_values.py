"""A value asked of a row read from the row's own later cells: its progress note or comment.

'What percentage of staff have done the data security training?' describes a row ('Achieve 95%
data security training compliance') whose progress cell answers in words that name nothing
of the subject ('Now 90%.'): the sentence is about the row, and the row is about the subject.
So when the best passages are cells of one row and the row's cells together hold the
question's subject, a sentence of its progress or comment cells that holds a value of the
asked kind (an amount, a percentage, a count, a date, a person) answers. The row's lead cells
(its title, finding, action) are never read here: a value written there is the target or the
finding, which the sentence-level reading (:mod:`values`) already weighs.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from assistant.analysis import ANSWER_SHAPES, QueryAnalysis, counted_noun
from assistant.answers.context import AnswerContext
from assistant.answers.support.acronyms import with_aliases
from assistant.answers.support.counted import counts_asked
from assistant.answers.support.figures import counted_heads, in_digits, quantities
from assistant.answers.support.wordlinks import linked_coverage
from assistant.evidence import Evidence, coverage, record_evidence
from assistant.text import every_cell_text, stem, stems
from ingest.model import ActionRecord

# the share of the question's subject the row's cells together must hold
ROW_SHARE = 0.7
# the kinds of value read here, each as a progress note writes it: figures only (a note's
# dates and posts are of its steps, seldom of what is asked); money with its unit
NUMERIC = {
    "amount": re.compile(
        r"£\s?\d|\b\d[\d,.]*\s?(?:m|bn|k|million|billion|thousand)?\s?pounds\b", re.I
    ),
    "percentage": ANSWER_SHAPES["percentage"],
    "headcount": ANSWER_SHAPES["headcount"],
    # a part done ('Half published.', '14 of 21'), a change ('down to 3%'), how often or how
    # long the row's action now runs ('Weekly banking since January')
    **{kind: ANSWER_SHAPES[kind] for kind in ("proportion", "change", "frequency", "duration")},
}


def _described(evidence: Sequence[Evidence], context: AnswerContext) -> ActionRecord | None:
    """The row the best passage is a cell of, else None."""
    if not evidence or evidence[0].record_id is None:
        return None
    return context.register.by_id().get(evidence[0].record_id)


def _lead(record: ActionRecord) -> str:
    return " ".join(v for v in (record.title, record.finding, record.action) if v)


def later_cells(
    record: ActionRecord, context: AnswerContext, weights: dict[str, float], aliases: dict[str, str]
) -> list[Evidence]:
    """The sentences of ``record``'s progress note (not of its lead cells) that may give a
    value of its subject: every sentence of a short cell (two sentences or fewer: a note on
    the row itself, 'Now 90%.'), else a sentence that names the subject and the one after it
    (a long note goes on to other matters: 'We are on track to have reviewed 6 million
    records' two sentences after the one on information requests)."""
    chunk_id = context.record_chunk_id(record.id)
    if chunk_id is None:
        return []
    lead = _lead(record)
    progress = record.progress or ""
    cells: dict[str, list[Evidence]] = {}
    for item in record_evidence(record, chunk_id, 0):
        if item.text in progress and item.text not in lead:
            cells.setdefault(item.label, []).append(item)
    later: list[Evidence] = []
    for sentences in cells.values():
        if len(sentences) <= _SHORT_CELL:
            later += sentences
            continue
        naming = [_names(with_aliases(e.text, aliases), weights) for e in sentences]
        later += [e for i, e in enumerate(sentences) if naming[i] or (i and naming[i - 1])]
    return later


# a cell of this many sentences or fewer is a note on its row as a whole
_SHORT_CELL = 2


def _names(text: str, weights: dict[str, float]) -> bool:
    """Whether ``text`` names the subject: every word of a subject of two words or fewer, else
    half its weight."""
    return coverage(text, weights) >= (1.0 if len(weights) <= 2 else 0.5) - 1e-9


def _names_held(record: ActionRecord, names: Sequence[str], context: AnswerContext) -> bool:
    """Whether the row or its paper writes every name the question gives ('South Coast
    Ambulance' is the body whose paper holds the row)."""
    written = f"{every_cell_text(record)} {record.document.title} "
    written += context.document_text(record.document.id)
    flat = " ".join(written.lower().split())
    return all(" ".join(n.lower().split()) in flat for n in names)


def _about_subject(
    q: QueryAnalysis,
    context: AnswerContext,
    record: ActionRecord,
    weights: dict[str, float],
    aliases: dict[str, str],
    names: Sequence[str],
) -> bool:
    row = with_aliases(every_cell_text(record), aliases)
    return (
        bool(weights)
        and linked_coverage(row, weights, q, context) >= ROW_SHARE - 1e-9
        and _names_held(record, names, context)
    )


def value_in_row(
    q: QueryAnalysis,
    context: AnswerContext,
    asked: str,
    evidence: Sequence[Evidence],
    weights: dict[str, float],
    aliases: dict[str, str],
    names: Sequence[str] = (),
    needed: int = 1,
) -> Evidence | None:
    """The sentence of the described row's progress or comment cells that holds ``needed``
    values of the ``asked`` kind, when the row is about the question's subject; else None."""
    record = _described(evidence, context)
    if record is None or not _about_subject(q, context, record, weights, aliases, names):
        return None
    shape = NUMERIC.get(asked)
    if shape is None:
        return None
    for item in later_cells(record, context, weights, aliases):
        if len(shape.findall(item.text)) >= needed:
            item.score = max((e.score for e in evidence), default=0.0) + 0.01
            return item
    return None


# the phrase a count question counts: the words after 'how many' or 'the number of'
_COUNTED = re.compile(r"\b(?:how\s+many|(?:the|a)\s+number\s+of)\s+((?:[\w'-]+\s*){1,4})", re.I)


_HOW_MANY = re.compile(r"\bhow\s+many\b", re.I)


def _counted_words(q: QueryAnalysis) -> list[str]:
    """The words of the counted phrase that are terms of the question, as written."""
    terms = set(q.terms)
    found = _COUNTED.search(q.question)
    words = [w.lower() for w in found.group(1).split()] if found else []
    return [w for w in words if w in terms] + counted_heads(
        q.question, counted_noun(q.question) or ""
    )


def _counted_phrase(q: QueryAnalysis) -> set[str]:
    """The stems of the counted phrase ('how many *old enforcement cases* has …', 'how many
    *members of staff*') that are terms of the question, and of the counted noun."""
    terms = {stem(t) for t in q.terms}
    found = _COUNTED.search(q.question)
    words = found.group(1).split() if found else []
    heads = {stem(w.lower()) for w in words} & terms
    return heads | {stem(n) for n in counted_heads(q.question, counted_noun(q.question) or "")}


def figure_in_row(
    q: QueryAnalysis,
    context: AnswerContext,
    evidence: Sequence[Evidence],
    weights: dict[str, float],
    aliases: dict[str, str],
    names: Sequence[str] = (),
) -> Evidence | None:
    """'How many old cases has X closed?': the sentence of the described row's progress note
    that states a quantity of the counted noun ('312 cases closed.'), when the row is about
    the question's subject; else None."""
    record = _described(evidence, context)
    if record is None or not _about_subject(q, context, record, weights, aliases, names):
        return None
    heads = _counted_phrase(q)
    words = _counted_words(q)
    found = next(
        (
            e
            for e in later_cells(record, context, weights, aliases)
            if quantities(in_digits(e.text))
            and heads & stems(e.text)
            # a count of the thing, not a percentage or a sum ('prevention outcomes up 18%'
            # is no number of households helped)
            and (not _HOW_MANY.search(q.question) or counts_asked(words, e.text, context))
        ),
        None,
    )
    if found is not None:
        found.score = max((e.score for e in evidence), default=0.0) + 0.01
    return found

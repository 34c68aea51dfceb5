"""Before a refusal stands: the span of the asked kind that restates the question.

A question put in the asker's words ('when did the X programme get going?', 'how many people
were trained on finance in the last year?') may leave every composer of its route refusing,
although one sentence or cell of the record gives the value: the route's checks read the
question's own words ('going', 'people'), and the paper says it otherwise ('launched in July
2008', 'some 600 trained'). :func:`typed_span` runs only after the route refused for want of
evidence (:data:`RESCUED`). It reads a wider search (by the question, and by its subject
words alone), keeps the sentences holding a value of the type asked (a date, an amount, a
number of people …), and answers from the one that holds nearly all of the question's
subject (its own words, its row's cells, or words near them in meaning) and that restates the
question as a whole (its sentence vector close to the question's). None when no sentence
does both: the refusal stands.
"""

from __future__ import annotations

import re

import numpy as np

from assistant.analysis import ANSWER_SHAPES, QueryAnalysis, answer_type, unquoted
from assistant.answers.context import AnswerContext
from assistant.answers.model import Answer, finish
from assistant.answers.support.events import (
    EVENT_TYPES,
    asked_event,
    speaks_of,
    with_cells,
    without_event,
    without_light_verbs,
)
from assistant.answers.support.gather import gather, passages_line
from assistant.answers.support.recordtext import safe_text
from assistant.answers.support.typed import without_value_noun
from assistant.answers.support.wordlinks import linked_coverage, word_vectors
from assistant.evidence import Evidence, coverage

# the refusals for want of evidence: the question's words found nothing, or nothing giving
# the value; a refusal because the record only plans the thing, or it is outside the record,
# is a finding, not a miss
RESCUED: frozenset[str] = frozenset({"nothing_found", "value_not_given"})
WIDER = 3  # times the usual number of passages read
SUBJECT_SHARE = 0.8  # of the subject's weight a span (with its row's cells) must hold
MEANING_MIN = 0.6  # cosine of the question and a span that restates it
CANDIDATES = 24  # typed spans compared in meaning, best by words first
MIN_WORDS = 4  # a shorter span is a bare cell, read with its row through the composers


def typed_span(q: QueryAnalysis, context: AnswerContext) -> Answer | None:
    """The answer from the one span that gives the asked type of value about the question's
    subject and restates the question, cited; None when the question asks no typed value or
    no span does both."""
    asked = answer_type(q.question)
    if asked is None or q.intent not in ("lookup", "explain") or q.claims:
        return None
    pool, weights = _pool(q, context)
    if not weights:
        return None
    event = _event(q) if asked in EVENT_TYPES else []
    subject = without_value_noun(q, without_light_verbs(weights))  # 'people', 'get'
    subject = without_event(subject, event, q.standalone or q.question)
    shape = ANSWER_SHAPES[asked]
    typed = [e for e in pool if len(e.text.split()) >= MIN_WORDS and shape.search(e.text)]
    read = {id(e): with_cells(e, context) for e in typed}
    # a value of the event asked, said in any words ('launched' for 'get going'), not of
    # another event of the subject ('predates the 2023 guidance' dates no withdrawal)
    typed = [e for e in typed if speaks_of(read[id(e)], event, context)]
    typed.sort(key=lambda e: -coverage(read[id(e)], subject))
    shares = {id(e): linked_coverage(read[id(e)], subject, q, context) for e in typed[:CANDIDATES]}
    held = [e for e in typed[:CANDIDATES] if shares[id(e)] >= SUBJECT_SHARE]
    best = _restating(q, context, held)
    if best is None:
        return None
    builder = context.citations()
    n = builder.add_evidence(best)
    if n is None:
        return None
    where = safe_text(best.document.title) + (f", ref {best.ref}" if best.ref else "")
    return finish(
        q,
        context,
        body=f"- {best.display()} [{n}] — *{where}*",
        line=passages_line(builder.citations(), context),
        matched=1,
        citations=builder.citations(),
        route="passages",
        notes=["typed-span"],
    )


def _event(q: QueryAnalysis) -> list[str]:
    """The words naming the event whose value is asked (:func:`asked_event`), or the
    question's last word when it is one of its terms: 'when was the policy *withdrawn*?'
    ends on the event, whatever form its participle takes."""
    event = asked_event(q)
    if event:
        return event
    words = _WORD.findall(unquoted(q.standalone or q.question))
    last = words[-1].lower() if words else ""
    return [last] if last in q.terms and answer_type(q.question) == "year" else []


_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")


def _pool(q: QueryAnalysis, context: AnswerContext) -> tuple[list[Evidence], dict[str, float]]:
    """The sentences of a wider search by the question and by its subject words alone (the
    wh-phrase would steer the first to any value of the type), once each; the weights."""
    wider, weights = gather(q, context, k=WIDER * context.top_k)
    subject, _ = gather(q, context, k=WIDER * context.top_k, text=" ".join(q.terms))
    seen: set[tuple[str, int | None]] = set()
    pool: list[Evidence] = []
    for item in [*wider, *subject]:
        if (item.chunk_id, item.start) not in seen:
            seen.add((item.chunk_id, item.start))
            pool.append(item)
    return pool, weights


def _restating(q: QueryAnalysis, context: AnswerContext, held: list[Evidence]) -> Evidence | None:
    """Of ``held``, the span nearest the question in meaning, when it is near enough to say
    what was asked in other words; else None."""
    if not held:
        return None
    question = q.standalone or q.question
    vectors = word_vectors([question, *(e.text for e in held)], context)
    target = vectors.get(question.lower())
    if target is None:
        return None
    meaning = {
        id(e): float(np.dot(vectors.get(e.text.lower(), np.zeros_like(target)), target))
        for e in held
    }
    best = max(held, key=lambda e: (meaning[id(e)], -e.rank))
    return best if meaning[id(best)] >= MEANING_MIN else None

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

from assistant.analysis import (
    ANSWER_SHAPES,
    QueryAnalysis,
    answer_type,
    counted_noun,
    framing_words,
    unquoted,
)
from assistant.answers.context import AnswerContext
from assistant.answers.model import Answer, finish
from assistant.answers.support.asked_kind import rescue_kind, unknown_subject_words
from assistant.answers.support.asked_name import NAME, name_noun, new_name
from assistant.answers.support.bound_amount import sums_of_other_kind
from assistant.answers.support.events import (
    EVENT_TYPES,
    LIGHT_VERBS,
    asked_event,
    event_words,
    speaks_of,
    with_cells,
    without_event,
    without_light_verbs,
)
from assistant.answers.support.gather import gather, passages_line
from assistant.answers.support.recordtext import safe_text
from assistant.answers.support.typed import value_noun, without_value_noun
from assistant.answers.support.wordlinks import linked_coverage, word_vectors
from assistant.evidence import Evidence, coverage
from assistant.text import stem

# the refusals for want of evidence: the question's words found nothing, or nothing giving
# the value; a refusal because the record only plans the thing, or it is outside the record,
# is a finding, not a miss
RESCUED: frozenset[str] = frozenset({"nothing_found", "value_not_given"})
WIDER = 3  # times the usual number of passages read
SUBJECT_SHARE = 0.8  # of the subject's weight a span (with its row's cells) must hold
MEANING_MIN = 0.6  # cosine of the question and a span that restates it
NAME_MEANING = 0.4  # the cosine a sentence giving a name asked needs (the name is short)
CANDIDATES = 24  # typed spans compared in meaning, best by words first
COUNT = "count"  # a number of the things 'how many' names, of no type of its own
_PREFIX = 5  # letters of the counted noun's stem a span's noun must open with
MIN_WORDS = 4  # a shorter span is a bare cell, read with its row through the composers


def typed_span(q: QueryAnalysis, context: AnswerContext) -> Answer | None:
    """The answer from the one span that gives the asked type of value about the question's
    subject and restates the question, cited; None when the question asks no typed value or
    no span does both."""
    if q.intent not in ("lookup", "explain") or q.claims:
        return None
    said = q.standalone or q.question
    # or a kind asked by the frame alone ('when is X happening?', 'the name of …')
    found = _asked_shape(q) or rescue_kind(q)
    if found is None:
        return None
    asked, shape = found
    noun = value_noun(q)  # 'people': it names the kind of value, which no paper need write
    exempt = {noun or "", name_noun(unquoted(said)) or ""}
    if unknown_subject_words(q, context, exempt):
        return None  # a subject no paper speaks of: the refusal stands
    pool, weights = _pool(q, context)
    if not weights:
        return None
    event = _event(q, asked)
    subject = without_value_noun(q, without_light_verbs(weights))  # 'people', 'get'
    subject = without_event(subject, event, q.standalone or q.question)
    if asked == NAME:  # 'the *name* of …' names the kind of value, as 'people' does
        subject = {t: w for t, w in subject.items() if t != "name"} or subject
    typed = [
        e
        for e in pool
        if len(e.text.split()) >= MIN_WORDS
        and (new_name(shape, e.text, said) if asked == NAME else _new_value(shape, e.text, said))
        and not sums_of_other_kind(said, e.text, asked)  # 'savings of £1m' for 'the budget'
    ]
    read = {id(e): with_cells(e, context) for e in typed}
    # a value of the event asked, said in any words ('launched' for 'get going'), not of
    # another event of the subject ('predates the 2023 guidance' dates no withdrawal)
    typed = [e for e in typed if speaks_of(read[id(e)], event, context)]
    # a period the question names ('the 2021/22 accounts') is the one the span speaks of
    periods = _PERIOD.findall(said)
    typed = [e for e in typed if all(p in read[id(e)] for p in periods)]
    typed.sort(key=lambda e: -coverage(read[id(e)], subject))
    shares = {id(e): linked_coverage(read[id(e)], subject, q, context) for e in typed[:CANDIDATES]}
    held = [e for e in typed[:CANDIDATES] if shares[id(e)] >= SUBJECT_SHARE]
    # a name is a short span of a long sentence, which restates the question less closely
    best = _restating(q, context, held, NAME_MEANING if asked == NAME else MEANING_MIN)
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


# a year or a financial year written in a question: '2021/22', '2009-12', '2023'
_PERIOD = re.compile(r"\b(?:19|20)\d\d(?:[/-]\d{2,4})?\b")


def _new_value(shape: re.Pattern[str], text: str, question: str) -> bool:
    """Whether ``text`` holds a value of ``shape`` that the question does not itself write
    ('the 1,847 cases' of 'how many of the 1,847 cases were in each town?' is its premise,
    not an answer)."""
    return any(
        not re.sub(r"\D", "", found.group(0))
        or re.sub(r"\D", "", found.group(0)) not in re.sub(r"[^\d ]", "", question).split()
        for found in shape.finditer(text)
    )


def _asked_shape(q: QueryAnalysis) -> tuple[str, re.Pattern[str]] | None:
    """The kind of value asked and the shape a span giving it holds: a type of
    :data:`ANSWER_SHAPES`, or for 'how many <things> …?' of no such type a number counting
    those things ('4,420 surveys completed' for 'how many surveys have been done?'); None
    when the question asks no value of a kind."""
    asked = answer_type(q.question)
    if asked is not None:
        return asked, ANSWER_SHAPES[asked]
    phrase = _COUNTED_PHRASE.search(q.question)  # its head: 'stock condition *surveys*'
    noun = phrase.group(1).split()[-1] if phrase else counted_noun(q.question)
    if not noun or len(noun) < 3:
        return None
    head = re.escape(stem(noun)[:_PREFIX])
    counted = rf"(?<![\w.,])\d[\d,]*(?:\.\d+)?\s+(?:[\w-]+\s+){{0,2}}?{head}\w*"
    return COUNT, re.compile(counted, re.I)


# 'how many <noun phrase> <auxiliary>': the phrase ends before the verb of the question
_COUNTED_PHRASE = re.compile(
    r"\bhow many\s+((?:[A-Za-z-]+\s+){0,4}?[A-Za-z-]+)\s+(?:are|were|is|was|have|has|had|did|"
    r"do|does|will|would|can|could|should|got|get|remain|still)\b",
    re.I,
)


def _event(q: QueryAnalysis, asked: str) -> list[str]:
    """The words naming the event whose value is asked (:func:`asked_event`; a count's of
    :func:`event_words`: 'how many surveys were *cancelled*?'), or the question's last
    word when it is one of its terms: 'when was the policy *withdrawn*?' ends on the event,
    whatever form its participle takes."""
    if asked == COUNT:
        return [w for w in event_words(q) if w not in LIGHT_VERBS]
    if asked not in EVENT_TYPES:
        return []
    event = asked_event(q)
    if event:
        return event
    words = _WORD.findall(unquoted(q.standalone or q.question))
    last = words[-1].lower() if words else ""
    # a light verb closing it ('how far X had *got*') frames a clause; it names no event
    framing = framing_words(unquoted(q.standalone or q.question)) | LIGHT_VERBS
    return [last] if last in q.terms and asked == "year" and last not in framing else []


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


def _restating(
    q: QueryAnalysis, context: AnswerContext, held: list[Evidence], floor: float
) -> Evidence | None:
    """Of ``held``, the span nearest the question in meaning, when it is near enough to say
    what was asked in other words (``floor``); else None."""
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
    return best if meaning[id(best)] >= floor else None

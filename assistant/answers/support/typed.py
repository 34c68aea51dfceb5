"""The sentence that gives the kind of value a question asks for, first.

'When did the programme start?', 'how much were the reductions?': the answer is a value of a
type (a date, an amount, a percentage, a number of people …) in a sentence about the
question's subject. Ranking sentences by the question's words alone favours one that repeats
its verb ('… will start measuring from April 2009') over the one that answers it in other
words ('The … programme launched in July 2008'), and the answering sentence may sit in a
passage the first search ranked too low to read. :func:`typed_first` reads a wider search,
keeps the sentences holding a value of the asked type that share enough of the question's
subject, and puts the one nearest the question in meaning (its sentence vector) first.
"""

from __future__ import annotations

import re

import numpy as np

from assistant.analysis import ANSWER_SHAPES, QueryAnalysis, answer_type, unquoted
from assistant.answers.context import AnswerContext
from assistant.answers.support.acronyms import with_aliases
from assistant.answers.support.gather import evidence_aliases, gather
from assistant.answers.support.wordlinks import linked_coverage, near_words, word_vectors
from assistant.evidence import Evidence

WIDER = 3  # times the usual number of passages read for a typed question
SUBJECT_SHARE = 0.4  # of the question's subject weight a candidate must hold (words linked)
CANDIDATES = 24  # sentences compared in meaning, best by words first
MEANING_MIN = 0.55  # cosine of the question and a sentence that restates what it asks


def typed_first(
    q: QueryAnalysis,
    context: AnswerContext,
    evidence: list[Evidence],
    weights: dict[str, float],
) -> list[Evidence]:
    """``evidence`` with the sentence that best gives the asked type of value about the
    question's subject first (from a wider search when needed); ``evidence`` unchanged when
    the question asks no typed value or no sentence gives one about its subject."""
    asked = answer_type(q.question)
    if asked is None or q.intent not in ("lookup", "explain") or not weights:
        return evidence
    shape = ANSWER_SHAPES[asked]
    wider, _ = gather(q, context, k=WIDER * context.top_k)
    seen = {(e.chunk_id, e.start) for e in evidence}
    pool = evidence + [e for e in wider if (e.chunk_id, e.start) not in seen]
    typed = [e for e in pool if len(e.text.split()) >= 5 and shape.search(e.text)]
    aliases = evidence_aliases(typed[:CANDIDATES], context, q.question)  # 'the ILAU' names the unit
    shares = {
        id(e): linked_coverage(with_aliases(e.text, aliases), weights, q, context)
        for e in typed[:CANDIDATES]
    }
    candidates = [e for e in typed[:CANDIDATES] if shares[id(e)] >= SUBJECT_SHARE]
    if not candidates:
        return evidence
    question = q.standalone or q.question
    vectors = word_vectors([question, *(e.text for e in candidates)], context)
    if question.lower() not in vectors:
        return evidence
    target = vectors[question.lower()]
    meaning = {
        id(e): float(np.dot(vectors.get(e.text.lower(), np.zeros_like(target)), target))
        for e in candidates
    }
    best = max(candidates, key=lambda e: (meaning[id(e)] + shares[id(e)] / 4, -e.rank))
    if (evidence and best is evidence[0]) or meaning[id(best)] < MEANING_MIN:
        return evidence  # no sentence says what was asked in other words well enough
    best.score = max((e.score for e in evidence), default=0.0) + 0.01
    return [best, *(e for e in pool if e is not best)]


def unsaid_event(q: QueryAnalysis, context: AnswerContext, text: str) -> str | None:
    """'When was the X disbanded?': the event whose date is asked, written last, is a word no
    paper uses and no word of ``text`` (the passages found) comes near in meaning. The record
    speaks of X, but never of that event, so no date it gives is the one asked: the word;
    else None."""
    if answer_type(q.question) != "year":
        return None
    words = re.findall(r"[A-Za-z][A-Za-z'-]*", unquoted(q.question))
    last = words[-1].lower() if words else ""
    if not last or last not in q.terms or context.stats.df(last) > 0:
        return None
    return None if near_words([last], text, context) else last

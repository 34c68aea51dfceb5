"""What a question's premise is about: the noun phrase its asserted state is said of.

A question that states a premise before it asks ('The summary shows the *performance
information recommendation* fully met. When was that confirmed?', '*R13 of the plan* was
completely met - who led it?') says the state of one thing; the words of the asking sentence
('confirmed', 'led') and of the frame ('shows') are not what the state is said of. The
premise is checked against the record that noun phrase describes, not the record its other
words happen to match. Read from grammar only: the words right before the asserted state,
back to the determiner that opens their noun phrase (through an 'of'/'in' phrase), without
the verb that links them to the state ('was', 'is shown as', 'marked').
"""

from __future__ import annotations

import re

from assistant.analysis import QueryAnalysis, unquoted
from assistant.answers.context import AnswerContext
from assistant.answers.support.premises import described_record
from ingest.model import ActionRecord
from vectorstore.bm25 import query_terms

_TOKEN = re.compile(r"[A-Za-z0-9][A-Za-z0-9'/-]*")
_DETERMINERS = frozenset("the its their a an this that these those his her our".split())
_LINKING = frozenset("is are was were be been being as has have had now still already".split())
_OF_LIKE = frozenset("of in on from for under".split())
_MAX_WORDS = 8


def _linking(word: str) -> bool:
    """A word joining a subject to its state: a form of 'be', 'as', or a participle
    ('shown', 'marked', 'recorded', 'rated')."""
    return word in _LINKING or (len(word) > 3 and word.endswith(("ed", "wn", "en")))


def premise_phrase(question: str, claim: str) -> str | None:
    """The noun phrase ``claim`` (the asserted state's words) is said of in ``question``
    (module doc); None when the state is not written in it or no phrase precedes it."""
    text = unquoted(question)
    at = text.lower().find(claim.lower())
    if at <= 0:
        return None
    tokens = [t.lower() for t in _TOKEN.findall(text[:at])]
    while tokens and _linking(tokens[-1]):
        tokens.pop()
    start = len(tokens)
    while start > 0 and len(tokens) - start < _MAX_WORDS:
        word = tokens[start - 1]
        if word in _DETERMINERS:
            before = tokens[start - 2] if start >= 2 else ""
            if before in _OF_LIKE:  # 'R13 of the plan': the phrase goes on through 'of'
                start -= 2
                continue
            break
        if _linking(word) and start < len(tokens):
            break  # 'the summary shows …': a verb before the phrase ends it
        start -= 1
    words = tokens[start:]
    return " ".join(words) if words else None


def premise_record(q: QueryAnalysis, context: AnswerContext) -> ActionRecord | None:
    """The record the noun phrase of the question's asserted state describes (None when it
    asserts none, or the phrase describes no record clearly)."""
    for claim in q.claims:
        phrase = premise_phrase(q.question, claim.text)
        if not phrase:
            continue
        words = set(query_terms(phrase))
        terms = [t for t in q.terms if t in words]
        if not terms:
            continue
        narrowed = q.model_copy(update={"terms": terms, "question": phrase, "standalone": None})
        record = described_record(narrowed, context)
        if record is not None:
            return record
    return None

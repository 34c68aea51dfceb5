"""The one row a field question describes in other words, found by meaning when its words
alone fall short.

'What date was first agreed for logging crimes against vulnerable people?' describes the row
'The force should record crimes against vulnerable victims within 24 hours' in the asker's
words: 'logging' for 'record', 'people' for 'victims'. :func:`~.premises.described_record`
needs most of the question's subject weight in the row's own words, so it finds none. Here
the nearest rows are read again: the one that holds a fair part of that weight and whose issue
is near the question in meaning (the sentence vectors of the index's embedder), clearly nearer
than any other row, is the one meant. A row only a few words share, or two rows the question
is about as near to, is no answer: the question then describes nothing clearly.

    meant_row(q, context) -> ActionRecord | None
"""

from __future__ import annotations

import numpy as np

from assistant.analysis import QueryAnalysis, unquoted
from assistant.answers.context import AnswerContext
from assistant.answers.support.premises import issue_text, value_words
from assistant.answers.support.topics import common_in_record, record_hits
from assistant.answers.support.wordlinks import word_vectors
from assistant.evidence import term_weights
from ingest.model import ActionRecord

NEAREST = 5  # rows read again
SHARE_FLOOR = 0.3  # of the subject's weight the row's words must hold (meaning does the rest)
MEANING_FLOOR = 0.5  # cosine of the question and the row's issue
MARGIN = 0.25  # over the next row's cosine


def meant_row(q: QueryAnalysis, context: AnswerContext) -> ActionRecord | None:
    """The row the question describes in other words (module doc); None when none is clear."""
    asserted = value_words(q)
    topic = [t for t in q.terms if t not in asserted and not common_in_record(t, context)]
    weights = term_weights(topic, context.stats)
    if not weights:
        return None
    question = unquoted(q.standalone or q.question)
    found = record_hits(q, context, question, k=NEAREST)
    if len(found) < 2:
        return None
    shares = context.register.topic_share_of(found, weights)
    texts = [issue_text(r) for r in found]
    vectors = word_vectors([question, *texts], context)
    target = vectors.get(question.lower())
    if target is None:
        return None
    meaning = [
        float(np.dot(vectors[t.lower()], target)) if t.lower() in vectors else 0.0 for t in texts
    ]
    order = sorted(range(len(found)), key=lambda i: -meaning[i])
    best, second = order[0], order[1]
    if (
        shares[best] >= SHARE_FLOOR
        and shares[best] == max(shares)
        and meaning[best] >= MEANING_FLOOR
        and meaning[best] - meaning[second] >= MARGIN
    ):
        return found[best]
    return None

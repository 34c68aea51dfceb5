"""The words of a question that say what it asks about, to rank a row's sentences with: its
content words, less those that only frame it, name the papers it asks of ('each report') or
the column it asks of each row ('what progress did each report?' asks the progress column; it
does not look for sentences saying 'progress')."""

from __future__ import annotations

import re

from assistant.analysis import QueryAnalysis, framing_words
from assistant.analysis.patterns import PAPER_NOUN
from assistant.answers.context import AnswerContext
from assistant.answers.support.wordlinks import content_words
from assistant.evidence import term_weights
from ingest.columns import match_header

PAPER_WORD = re.compile(PAPER_NOUN, re.I)


def question_words(q: QueryAnalysis, context: AnswerContext) -> dict[str, float]:
    """The question's content words (not those only framing it, nor those naming the column it
    asks of each row: 'what progress did each report?' asks the progress column, it does not
    look for sentences saying 'progress'), stemmed, with their IDF."""
    framing = set(framing_words(q.question))
    said = [
        w
        for w in content_words(q.standalone or q.question)
        if w not in framing and not names_asked_column(w, q)
    ]
    return term_weights(said, context.stats)


def names_asked_column(word: str, q: QueryAnalysis) -> bool:
    """Whether ``word``, no topic term of the question, names a paper ('each report') or what a
    table heads a column the question asks for with (ingest's header rules, by synonym)."""
    if word in q.terms or word in q.subject_terms:
        return False
    if PAPER_WORD.fullmatch(word):
        return True
    found = match_header(word)
    return found.basis == "synonym" and str(found.role.value) in q.fields

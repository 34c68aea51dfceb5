"""A list's words read by role: framing words say what kind of rows, which paper, section or
column, or how the question is put ('the *main* *areas* of *concern* in the 2002 *report*');
subject words say what the rows must be about ('which recommendations are about *registers*').

A framing word narrows nothing, so a list never asks its rows to hold one. A subject word
that no row in scope holds, by its stem or near in meaning, means the subject found nothing:
the answer is zero of the rows searched, not the whole scope with a note.

Framing is read from the data and the grammar, never from one paper's words:

- what the papers call their rows (:meth:`~assistant.answers.context.AnswerContext.row_nouns`)
  and the generic nouns any body's rows go by (:data:`ROW_KINDS`);
- the words of the scope's paper names (title, body, file name, masthead), section headings
  and column headers;
- the nouns any body's papers go by (:data:`PAPER_KINDS`: 'its 2002 *review*');
- the question's frame by form (:func:`~assistant.answers.support.frame.form_words`):
  participles, adverbs, superlatives, asides; an evaluation word grading a row noun ('the
  *key* issues').
"""

from __future__ import annotations

import re

import numpy as np

from assistant.analysis import QueryAnalysis
from assistant.analysis.intent import subject_phrases
from assistant.answers.context import AnswerContext
from assistant.answers.model import Answer, finish
from assistant.answers.support.frame import aside_words, form_words
from assistant.answers.support.frame_roles import EVALUATION
from assistant.answers.support.paper_words import names_paper
from assistant.answers.support.topics import filtered, on_subject
from assistant.register import Positions
from assistant.text import stem_of, stems
from vectorstore.bm25 import query_terms

# the generic nouns of a row of any body's action table: a kind of row, never a subject
ROW_KINDS = frozenset(
    """action actions recommendation recommendations rec recs item items area areas issue
    issues point points matter matters entry entries task tasks finding findings concern
    concerns weakness weaknesses problem problems shortcoming shortcomings gap gaps record
    records activity activities observation observations improvement improvements
    thing things one ones row rows line lines""".split()
)

# the nouns naming a paper of any body: its kind, never what its rows are about
PAPER_KINDS = frozenset(
    """report reports review reviews paper papers document documents plan plans tracker
    trackers log logs update updates summary statement""".split()
)

_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")


def _row_kind(word: str, context: AnswerContext) -> bool:
    low = word.lower()
    singular = low[:-1] if low.endswith("s") else low
    return low in ROW_KINDS or low in context.row_nouns() or singular in context.row_nouns()


def _graded_row_nouns(question: str, context: AnswerContext) -> set[str]:
    """Evaluation words grading a row noun ('the *main* areas', '*key* issues')."""
    tokens = [t.lower() for t in _WORD.findall(question)]
    found: set[str] = set()
    for i, word in enumerate(tokens[:-1]):
        if word not in EVALUATION:
            continue
        after = next((t for t in tokens[i + 1 :] if t not in EVALUATION), "")
        if _row_kind(after, context):
            found.add(word)
    return found


def _scope_stems(positions: Positions, context: AnswerContext) -> set[str]:
    """Stems of the section headings and column headers of the rows at ``positions``."""
    loaded = context.register.loaded()
    texts = {r.section or "" for r in loaded.at(positions)}
    texts |= {header for r in loaded.at(positions) for header in r.columns}
    return stems(" ".join(texts))


def framing(q: QueryAnalysis, positions: Positions, context: AnswerContext) -> set[str]:
    """The question's words (lower case) that frame it rather than name its subject."""
    tokens = {t.lower() for t in _WORD.findall(q.question)}
    frame = (form_words(q.question) - EVALUATION) | _graded_row_nouns(q.question, context)
    scope = _scope_stems(positions, context)
    return {
        t
        for t in tokens
        if t in frame
        or _row_kind(t, context)
        or t in PAPER_KINDS
        or stem_of(t) in scope
        or (q.documents and names_paper(t, q.documents, context))
    }


def framed_out(topic: list[str], q: QueryAnalysis, context: AnswerContext) -> list[str]:
    """``topic`` less the words that frame the question by the kind of row it names or by an
    evaluation of it ('the *main* *weaknesses*', '*key* issues'), or stand in an aside: never
    words the rows must hold (a predicate such as 'yet to be *piloted*' stays)."""
    framed = _graded_row_nouns(q.question, context) | aside_words(q.question)
    return [t for t in topic if t.lower() not in framed and not _row_kind(t, context)]


def typed_subject(q: QueryAnalysis, positions: Positions, context: AnswerContext) -> list[str]:
    """The words of the phrases naming the list's subject that are no framing word, no theme
    or filter already read, no number or ref: what the rows must be about."""
    framed = framing(q, positions, context)
    themes = {stem_of(w) for theme in q.themes for w in _WORD.findall(theme.lower())}
    refs = {r.lower() for r in q.refs}
    return [
        t
        for t in q.subject_terms
        if t.lower() not in framed
        and stem_of(t) not in themes
        and t.lower() not in refs
        and not any(c.isdigit() for c in t)
    ]


def unheld_subject(q: QueryAnalysis, positions: Positions, context: AnswerContext) -> list[str]:
    """The subject words (:func:`typed_subject`) when no row at ``positions`` holds any of
    them (stem) nor is near the subject in meaning; [] when some row is on the subject or the
    question types no subject."""
    if not len(positions) or q.themes:  # a theme read from the subject's words speaks to it
        return []
    words = typed_subject(q, positions, context)
    if not words:
        return []
    loaded = context.register.loaded()
    for word in words:
        having = loaded.stems.get(stem_of(word))
        if having is not None and np.isin(positions, having).any():
            return []
    held = [w for w in words if context.stats.df(w) > 0]
    phrase = " ".join(
        p for p in subject_phrases(q.question) if set(stems(p)) & set(map(stem_of, words))
    )
    if len(on_subject(positions, held, phrase, context)):
        return []
    return words


def none_about(
    q: QueryAnalysis,
    context: AnswerContext,
    total: int,
    words: list[str],
    rows: tuple[str, str],
) -> Answer:
    """Zero of the ``total`` rows in scope are about ``words`` (:func:`unheld_subject`):
    ``rows`` is how they are named ('recommendations in X') and the criteria that kept them."""
    named, why = rows
    about = " ".join(words)
    body = (
        f"**None** of the {total} {named} is about {about}: no row's title, finding, action, "
        f"progress note, category or owner mentions {' or '.join(words)}, and none is near "
        "it in meaning."
    )
    span = context.span(context.searched())
    line = (
        f"0 of {total} actions that match ({'; '.join(w for w in (why, f'about: {about}') if w)})"
        + (f"; searched {span}" if span else "")
        + "."
    )
    return finish(
        q, context, body=body, line=line, matched=0, route="register", notes=["zero-match"]
    )


def holding_some(
    q: QueryAnalysis, positions: Positions, topic: list[str], context: AnswerContext
) -> Positions:
    """The positions whose row holds some subject word of ``topic`` (:func:`typed_subject`),
    when none is on all of it ('tenants' rent': the rows on rent and those on tenants); none
    when ``topic`` has no subject word."""
    words = [t for t in typed_subject(q, positions, context) if t in topic]
    loaded = context.register.loaded()
    having = [loaded.stems.get(stem_of(w)) for w in words]
    found = [h for h in having if h is not None]
    if not found:
        return positions[:0]
    return positions[np.isin(positions, np.concatenate(found))]


def untagged_theme_rows(q: QueryAnalysis, context: AnswerContext) -> Positions:
    """The rows whose text is on the subject phrase that named a theme, when no row in scope
    is tagged with it ('about staff training' where the training row was tagged otherwise):
    the filters without the theme, then :func:`on_subject`; none when no phrase names one."""
    if not q.themes:
        return np.zeros(0, dtype=np.int32)
    phrases = subject_phrases(q.question)
    words = [
        w
        for p in phrases
        for w in query_terms(p)
        if not _row_kind(w, context) and not (q.documents and names_paper(w, q.documents, context))
    ]
    scope = filtered(q.model_copy(update={"themes": [], "themes_all": False}), context)
    if not words or not len(scope):
        return scope[:0]
    return on_subject(scope, words, " ".join(phrases), context)

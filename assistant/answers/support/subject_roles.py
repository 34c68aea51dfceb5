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
from functools import reduce

import numpy as np

from assistant.analysis import QueryAnalysis
from assistant.analysis.intent import noun_phrase_subject, subject_phrases
from assistant.answers.context import AnswerContext
from assistant.answers.model import Answer, finish
from assistant.answers.support.frame import aside_words, form_words
from assistant.answers.support.frame_roles import EVALUATION
from assistant.answers.support.paper_words import names_paper
from assistant.answers.support.topics import filtered, on_subject
from assistant.register import Positions
from assistant.text import stem_of, stems
from vectorstore.bm25 import query_terms
from vectorstore.filters import SearchFilters

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


def row_headings(
    context: AnswerContext,
) -> tuple[list[str], Positions, list[tuple[str, ...]], Positions]:
    """Every row's section heading and column headers, read once a generation: the distinct
    headings, each row's (an index into them), the distinct sets of headers, each row's."""
    register = context.register

    def build() -> tuple[list[str], Positions, list[tuple[str, ...]], Positions]:
        records = register.loaded().records
        sections: dict[str, int] = {}
        headers: dict[tuple[str, ...], int] = {}
        section_of = [sections.setdefault(r.section or "", len(sections)) for r in records]
        headers_of = [headers.setdefault(tuple(r.columns), len(headers)) for r in records]
        return (
            list(sections),
            np.array(section_of, dtype=np.int32),
            list(headers),
            np.array(headers_of, dtype=np.int32),
        )

    return register.memo("row-headings", build)


def _scope_stems(positions: Positions, context: AnswerContext) -> set[str]:
    """Stems of the section headings and column headers of the rows at ``positions``."""
    sections, section_of, headers, headers_of = row_headings(context)
    texts = {sections[i] for i in np.unique(section_of[positions]).tolist()}
    texts |= {h for i in np.unique(headers_of[positions]).tolist() for h in headers[i]}
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
    """The words of the phrases after a verb or preposition of relation naming the list's
    subject ('about X', 'that deal with X') that are no framing word, no theme or filter
    already read, no number or ref: what the rows must be about."""
    framed = framing(q, positions, context)
    # the words before the row noun say whose or which rows ('the flood committee's
    # actions'); the phrase after a verb or preposition of relation says what about
    modifier = noun_phrase_subject(q.question) or ""
    related = {t for p in subject_phrases(q.question) if p != modifier for t in query_terms(p)}
    themes = {stem_of(w) for theme in q.themes for w in _WORD.findall(theme.lower())}
    refs = {r.lower() for r in q.refs}
    return [
        t
        for t in q.subject_terms
        if t in related
        and t.lower() not in framed
        and stem_of(t) not in themes
        and t.lower() not in refs
        and not any(c.isdigit() for c in t)
    ]


# a row in scope this near the subject phrase in meaning (MiniLM cosine of its chunk) may be on
# it in other words ('burials' and a crematorium's registers, 0.5): no zero is stated; unrelated
# subjects score 0.05-0.25 against a paper's rows (the bundled and dev papers)
NEAR_ENOUGH = 0.4
_PREFIX_MIN = 5  # a stem this long also matches the longer stems it opens ('financ', 'financi')


def _forms(word: str) -> set[str]:
    """The stems a word's row may be written with: its own, and its singular's ('buses' ->
    'bus', 'policies' -> 'polici')."""
    low = word.lower()
    found = {stem_of(low)}
    for end, put in (("ies", "y"), ("es", ""), ("s", "")):
        if low.endswith(end) and len(low) - len(end) >= 3:
            found.add(stem_of(low[: -len(end)] + put))
    return found


def _holding(word: str, positions: Positions, context: AnswerContext) -> Positions:
    """The positions whose row holds ``word`` in any of its forms (:func:`_forms`), or a
    longer word one of its stems opens ('finances' in 'Chief Financial Officer')."""
    forms = _forms(word)
    found = [
        having
        for key, having in context.register.loaded().stems.items()
        if key in forms or any(len(f) >= _PREFIX_MIN and key.startswith(f) for f in forms)
    ]
    if not found:
        return positions[:0]
    return positions[np.isin(positions, np.concatenate(found))]


def _near_in_scope(phrase: str, positions: Positions, context: AnswerContext) -> bool:
    """Whether a row at ``positions`` is within :data:`NEAR_ENOUGH` of ``phrase`` in meaning."""
    loaded = context.register.loaded()
    documents = sorted({r.document.id for r in loaded.at(positions)})
    filters = SearchFilters(kind="record", document=documents)
    wanted = {loaded.records[p].id for p in positions.tolist()}
    hits = context.retriever.search(phrase, k=20, filters=filters).hits
    return any(h.chunk.record_id in wanted and (h.dense_score or 0.0) >= NEAR_ENOUGH for h in hits)


def unheld_subject(q: QueryAnalysis, positions: Positions, context: AnswerContext) -> list[str]:
    """The subject words (:func:`typed_subject`) when no row at ``positions`` holds any of
    them in any form nor is near the subject in meaning; [] when some row may be on it, the
    subject named a theme, or the question types no subject."""
    if not len(positions) or q.themes:  # a theme read from the subject's words speaks to it
        return []
    words = typed_subject(q, positions, context)
    if not words or any(len(_holding(w, positions, context)) for w in words):
        return []
    wanted = {stem_of(w) for w in words}
    phrase = " ".join(p for p in subject_phrases(q.question) if stems(p) & wanted)
    if _near_in_scope(phrase or " ".join(words), positions, context):
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
    """The positions whose row holds some subject word of ``topic`` (:func:`typed_subject`)
    in any form (:func:`_holding`), when none is on all of it ('tenants' rent': the rows on
    rent and those on tenants; 'buses': the rows saying 'bus'); none when ``topic`` has no
    subject word."""
    words = [t for t in typed_subject(q, positions, context) if t in topic]
    found = [_holding(w, positions, context) for w in words]
    return reduce(np.union1d, found).astype(np.int32) if found else positions[:0]


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

"""The rows of a theme asked across papers, by meaning: the clause of the question that names
the theme, stripped of what frames it (the recurrence cue, the papers, the wh-word and
auxiliary, a verb of raising), is embedded whole ('following up audit recommendations',
'keeping tabs on whether auditors' advice is acted on'), and the register's rows are ranked by
their similarity to it; those above the deepest clear gap among the nearest are the theme's (a
gap that stands out from the spacing of the rows below and from the largest), when they stand
well above the register's median row.

Each year's paper words the same issue its own way ('audit recommendations are not tracked to
completion', 'no central log shows whether agreed audit actions were implemented', 'management
responses to auditors' findings are not followed up'): their words differ, their meaning does
not. A precise subject ('the fuel card reconciliation') has one or two rows above the gap, so
it is not widened."""

from __future__ import annotations

import re

import numpy as np
import numpy.typing as npt

from assistant.analysis.recurrence import (
    EARLIER_PAPERS,
    KEEPS_ON,
    OTHER_PAPERS,
    PAPERS_QUANTIFIED,
    RECURRENCE,
)
from assistant.analysis.theme_frame import PAPERS_DESCRIBED, PREDICATED
from assistant.answers.context import AnswerContext
from assistant.text import stem_of
from vectorstore.bm25 import query_terms

NEAREST = 12  # rows ranked for the gap
MIN_RANKED = 6  # a register of fewer than twice this many rows has no background to read
GAP_OVER_BACKGROUND = 4.0  # a clear gap: this many times the background spacing of the rows
MIN_GAP = 0.03  # and at least this much cosine
OF_LARGEST = 0.25  # and at least this share of the largest gap among the nearest
ABOVE_MEDIAN = 0.25  # each row kept: this share of the way from the median row to the best

_CLAUSE = re.compile(r"(?<=[.?!:;])\s+|\s+[-–—]\s+|\s*[—–]\s*")
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_OPENING = re.compile(
    r"^\s*(?:(?:so|and|but|please|now|also|then|ok|okay|well|is|are|was|were|has|have|had|does|"
    r"do|did|can|could|will|would|which|what|where|when|how|who|whether|there|it|this|that|"
    r"tell\s+me|show\s+me|list|give\s+me)\b[\s,]*)+",
    re.I,
)
# a verb of raising and its auxiliaries ('been raised', 'come up', 'cropped up again')
_RAISING = re.compile(
    r"\b(?:(?:been|be|being|get|got|gets|getting)\s+)?(?:rais(?:e|es|ed|ing)|flag(?:s|ged|ging)?|"
    r"mention(?:s|ed)?|discuss(?:es|ed)?|cit(?:e|es|ed)|featur(?:e|es|ed)|appear(?:s|ed)?|"
    r"recur(?:s|red|ring)?|repeat(?:s|ed)?|com(?:e|es|ing)\s+up|came\s+up|crop(?:s|ped)?\s+up|"
    r"turn(?:s|ed)?\s+up|show(?:s|ed)?\s+up|aris(?:e|es|en)|arose|surfac(?:e|es|ed)|"
    r"resurfac(?:e|es|ed))\b(?:\s+again)?",
    re.I,
)
_ROWS = re.compile(
    r"\b(?:which|what)\s+(?:[\w'’-]+\s+){0,2}?(?:items?|actions?|rows?|recommendations?|"
    r"entries|lines|findings?)\b(?:\s+(?:cover|deal\s+with|address|concern|touch\s+on)\b)?"
    r"(?:\s+(?:it|this|them|these))?",
    re.I,
)


def theme_clause(question: str, terms: list[str]) -> str:
    """The clause of ``question`` that holds most of its topic ``terms``, less what frames the
    theme; '' when no clause holds one, or fewer than two words are left."""
    wanted = {stem_of(t) for t in terms}
    clauses = [c for c in _CLAUSE.split(question.strip()) if c.strip()]
    held = [len({stem_of(w.lower()) for w in _WORD.findall(c)} & wanted) for c in clauses]
    if not clauses or max(held) == 0:
        return ""
    text = clauses[held.index(max(held))]
    for pattern in (
        PAPERS_QUANTIFIED,
        RECURRENCE,
        KEEPS_ON,
        OTHER_PAPERS,
        EARLIER_PAPERS,
        PREDICATED,
        PAPERS_DESCRIBED,
        _ROWS,
        _RAISING,
    ):
        text = pattern.sub(" ", text)
    text = _OPENING.sub("", text)
    text = re.sub(r"\s+", " ", text).strip(" ?.!,;:'\"“”‘’")
    return text if len(_WORD.findall(text)) >= 2 else ""


def above_gap(scores: npt.NDArray[np.float64]) -> npt.NDArray[np.int64]:
    """The positions of the rows above the deepest clear gap among the ``NEAREST`` best
    ``scores`` (cosines, NaN for none): a gap ``GAP_OVER_BACKGROUND`` times the median gap of
    the lower half of those rows (their background spacing), ``MIN_GAP`` wide and ``OF_LARGEST``
    of the largest, with at most half the ranked rows above it, each ``ABOVE_MEDIAN`` of the
    way from the register's median row to the best; none when there is no such gap."""
    finite = np.flatnonzero(np.isfinite(scores))
    none = np.zeros(0, dtype=np.int64)
    if len(finite) < 2 * MIN_RANKED:
        return none
    order = finite[np.argsort(-scores[finite], kind="stable")][: NEAREST + 1]
    ranked = scores[order]
    gaps = ranked[:-1] - ranked[1:]
    half = len(gaps) // 2
    background = float(np.median(gaps[half:]))
    floor = max(MIN_GAP, GAP_OVER_BACKGROUND * background, OF_LARGEST * float(gaps[:half].max()))
    clear = [k for k in range(half) if gaps[k] >= floor]
    if not clear:
        return none
    median, top = float(np.median(scores[finite])), float(ranked[0])
    kept = order[: clear[-1] + 1]
    share = (scores[kept] - median) / max(top - median, 1e-6)
    return kept[share >= ABOVE_MEDIAN].astype(np.int64)


def theme_rows(question: str, terms: list[str], context: AnswerContext) -> npt.NDArray[np.int64]:
    """Register positions of the rows on the theme by meaning (:func:`theme_clause`,
    :func:`above_gap`); none when the question has no such clause or the dense search holds no
    vectors."""
    clause = theme_clause(question, terms)
    if not clause:
        return np.zeros(0, dtype=np.int64)
    scores = context.retriever.similarities(clause, context.register.chunk_ids())
    if scores is None:
        return np.zeros(0, dtype=np.int64)
    return above_gap(scores.astype(np.float64))


def meaning_texts(question: str, terms: list[str], phrases: list[str]) -> list[str]:
    """What to embed for the subject's meaning: the phrases, and the clause naming the theme
    (:func:`theme_clause`) when it holds every phrase's words and more ('following up audit
    recommendations' beside the phrase 'following', whose object the question's generic words
    name): a row near either is near the subject."""
    clause = theme_clause(question, terms)
    said = set(query_terms(clause))
    inside = {t for p in phrases for t in query_terms(p)}
    if clause and inside <= said and said - inside:
        return [*phrases, clause]
    return phrases

"""A question word linked to a paper's word by the two in the question's own context.

Single-word similarity misses near synonyms whose vectors sit apart out of context ('*fresh*
net savings' for 'new net savings', '*personnel* appraisal' for 'staff appraisal', 'has it
been *sorted*' for 'resolved'), while a floor low enough to let them through would also link
words naming different things ('taser' and 'firearms'). Read in context they separate: the
question's span around the word ('the fresh net savings from') is embedded as written and
with the paper's word in its place ('the new net savings from'); a near synonym leaves the
span's meaning almost unchanged (cosine :data:`SPAN_SAME` or more), a word for another thing
does not ('who chairs the canteen committee' against '… the audit committee'), and what the
two words each add to the span without them points the same way (cosine :data:`ADDS_SAME`),
so a span whose other words carry its meaning links no word by them alone. The swapped phrase
must also be one the papers write (the paper's word beside a neighbour of the question's word:
'new net' for 'fresh *net* savings'), so a word is linked to how the papers say the thing, not
to any word that would fit ('the council *side*' is no 'council part' no paper writes). Only
paper words already loosely near the word (:data:`CANDIDATE_NEAR`) are tried, a few per word.
"""

from __future__ import annotations

import bisect
import re

import numpy as np
import numpy.typing as npt

from assistant.analysis import QueryAnalysis
from assistant.answers.context import AnswerContext
from assistant.answers.support.vocabulary import SAME_VECTOR, paper_vocabulary
from assistant.answers.support.wordlinks import (
    content_words,
    narrowing_words,
    near_words,
    unlinked_modifier,
    word_vectors,
)
from vectorstore.bm25 import STOPWORDS

CANDIDATE_NEAR = 0.3  # a paper word this near the question's word is worth reading in context
SPAN_SAME = 0.85  # cosine of the span as written and with the paper's word in its place
ADDS_SAME = 0.5  # cosine of what the two words each add to the span without them
CANDIDATES = 5  # paper words tried per question word, nearest first
SPAN_REACH = 2  # words either side of the question word that make its context
_TOKEN = re.compile(r"[A-Za-z0-9][A-Za-z0-9'/-]*")


def _span(question: str, word: str) -> tuple[list[str], int] | None:
    """The words around ``word``'s first use in ``question`` and its index among them."""
    tokens = [t.lower() for t in _TOKEN.findall(question)]
    if word.lower() not in tokens:
        return None
    i = tokens.index(word.lower())
    start = max(0, i - SPAN_REACH)
    return tokens[start : i + SPAN_REACH + 1], i - start


def _written_beside(candidate: str, tokens: list[str], i: int, said: str) -> bool:
    """Whether the papers' text ``said`` (lower case) writes ``candidate`` beside a content
    word the question writes beside its own word ('new net' for 'fresh *net* savings'): the
    swapped phrase is one the papers use, not only one that means the same."""
    before = tokens[i - 1] if i > 0 else ""
    after = tokens[i + 1] if i + 1 < len(tokens) else ""
    phrases = [
        *([rf"\b{re.escape(before)}\s+{re.escape(candidate)}\b"] if _content(before) else []),
        *([rf"\b{re.escape(candidate)}\s+{re.escape(after)}\b"] if _content(after) else []),
    ]
    return any(re.search(phrase, said) for phrase in phrases)


def _content(word: str) -> bool:
    return len(word) >= 3 and word not in STOPWORDS


def same_in_context(
    word: str,
    question: str,
    candidates: list[str],
    context: AnswerContext,
    said: str | None = None,
) -> bool:
    """Whether putting one of ``candidates`` in ``word``'s place leaves the question's span
    around it meaning the same (module doc); with ``said`` (the text the candidates come from,
    lower case), only a candidate that text writes beside the word's neighbour counts."""
    found = _span(question, word)
    if found is None or not candidates:
        return False
    tokens, i = found
    if len(tokens) < 2:
        return False  # a word alone has no context to read it in
    if said is not None:
        candidates = [c for c in candidates if _written_beside(c, tokens, i, said)]
        if not candidates:
            return False
    written = " ".join(tokens)
    without = " ".join([*tokens[:i], *tokens[i + 1 :]])
    swapped = [" ".join([*tokens[:i], c, *tokens[i + 1 :]]) for c in candidates]
    vectors = word_vectors([written, without, *swapped], context)
    own, rest = vectors.get(written), vectors.get(without)
    if own is None or rest is None:
        return False
    added = _unit(own - rest)  # what the word adds to its context
    return any(
        (v := vectors.get(s)) is not None
        and float(own @ v) >= SPAN_SAME
        and float(added @ _unit(v - rest)) >= ADDS_SAME
        for s in swapped
    )


def _unit(vector: npt.NDArray[np.float32]) -> npt.NDArray[np.float32]:
    norm = float(np.linalg.norm(vector))
    return vector / norm if norm else vector


def _nearest(
    word: str, words: list[str], matrix: npt.NDArray[np.float32], vector: npt.NDArray[np.float32]
) -> list[str]:
    """Up to :data:`CANDIDATES` of ``words`` (rows of ``matrix``) loosely near ``vector``."""
    cosines = matrix @ vector
    order = np.argsort(-cosines)[: CANDIDATES + 1]
    return [
        words[k]
        for k in order
        if CANDIDATE_NEAR <= float(cosines[k]) < SAME_VECTOR and words[k] != word
    ][:CANDIDATES]


def linked_in_text(asked: list[str], question: str, text: str, context: AnswerContext) -> set[str]:
    """The words of ``asked`` that a content word of ``text`` stands for in the question's
    context."""
    said = list(dict.fromkeys(content_words(text)))
    if not asked or not said:
        return set()
    vectors = word_vectors([*asked, *said], context)
    ours = [w for w in said if w in vectors]
    if not ours:
        return set()
    matrix = np.stack([vectors[w] for w in ours])
    found = set()
    for word in asked:
        vector = vectors.get(word.lower())
        if vector is not None and same_in_context(
            word, question, _nearest(word.lower(), ours, matrix, vector), context, text.lower()
        ):
            found.add(word)
    return found


def paraphrased_in_context(words: list[str], question: str, context: AnswerContext) -> set[str]:
    """The words of ``words`` that some word of the papers stands for in the question's
    context: everyday words for what the papers say in theirs, read in the question."""
    vocabulary = paper_vocabulary(context)
    if not words or vocabulary is None:
        return set()
    known, matrix = vocabulary
    asked = word_vectors(words, context)
    found = set()
    for word in words:
        vector = asked.get(word.lower())
        if vector is None:
            continue
        candidates = _nearest(word.lower(), known, matrix, vector)
        clipped = [c for c in clipped_from(word.lower(), known) if c not in candidates]
        said = _passages_writing(word, question, candidates, context) if candidates else ""
        if said and same_in_context(word, question, candidates, context, said):
            found.add(word)
        elif clipped and _clipping_written(
            word, question, clipped, _passages_writing(word, question, [], context)
        ):
            found.add(word)  # 'audit recs' where the papers write 'audit recommendations'
    return found


CLIP_SHORTEST = 3  # letters a clipped word keeps ('rec' of 'recommendations')
CLIP_LONGEST = 6  # letters at most ('admin', 'approx'): a longer word is no clipping
CLIP_CUT = 3  # letters at least that the clipping drops
CLIPPINGS = 60  # paper words tried per clipped word


def clipped_from(word: str, known: list[str]) -> list[str]:
    """The paper words (``known``, sorted) that ``word`` may be a clipping of, by spelling:
    'recs' of 'recommendations' (or 'records', 'recovery'), 'docs' of 'documents'. The
    embedder rarely puts a clipping near its word; which one it stands for, if any, is then
    read in the question's context (:func:`same_in_context`)."""
    base = word[:-1] if word.endswith("s") and len(word) > CLIP_SHORTEST else word
    if not CLIP_SHORTEST <= len(base) <= CLIP_LONGEST or not base.isalpha():
        return []
    start = bisect.bisect_left(known, base)
    found: list[str] = []
    for candidate in known[start:]:
        if not candidate.startswith(base):
            break
        if len(candidate) >= len(base) + CLIP_CUT:
            found.append(candidate)
    return found[:CLIPPINGS]


def _clipping_written(word: str, question: str, clipped: list[str], said: str) -> bool:
    """Whether the papers (``said``) write a word ``word`` may be clipped from beside the
    neighbour the question writes it beside: 'audit recs' of 'audit recommendations'."""
    found = _span(question, word)
    if found is None or not clipped:
        return False
    tokens, i = found
    return any(_written_beside(c, tokens, i, said) for c in clipped)


PASSAGES_READ = 40  # passages the keyword index gives for a word's swapped phrases


def _passages_writing(
    word: str, question: str, candidates: list[str], context: AnswerContext
) -> str:
    """The text, lower case, of the passages most likely to write one of ``candidates`` beside
    ``word``'s neighbours in ``question``: those the keyword index ranks first for the
    neighbours and the candidates together. Read instead of every paper's whole text, which a
    large record makes too long to read for one question (100,000 passages)."""
    found = _span(question, word)
    if found is None:
        return ""
    tokens, i = found
    neighbours = [t for t in (tokens[i - 1] if i else "", *tokens[i + 1 : i + 2]) if _content(t)]
    if not neighbours:
        return ""
    lexical = context.retriever.retriever.lexical
    hits = lexical.search(" ".join([*neighbours, *candidates]), PASSAGES_READ)
    chunks = context.chunks([chunk_id for chunk_id, _ in hits])
    return "\n".join(chunk.text.lower() for chunk in chunks.values())


def unlinked_kind(q: QueryAnalysis, context: AnswerContext, text: str) -> str | None:
    """:func:`~.wordlinks.unlinked_modifier`, a narrowing word also linked when a word of
    ``text`` stands for it in the question's context ('the *fresh* net savings' -> 'new')."""
    narrowing = unlinked_modifier(q, context, text)
    if narrowing is None:
        return None
    rest = [w for w in narrowing_words(q, context) if w not in near_words([w], text, context)]
    linked = linked_in_text(rest, q.standalone or q.question, text, context)
    return next((w for w in rest if w not in linked), None)

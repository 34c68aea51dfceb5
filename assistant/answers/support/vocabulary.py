"""Question words no paper uses, matched against the papers' vocabulary by meaning.

A question asked in everyday words ('how *big* is the reserve', 'when should it be *done*
by', 'the *third* one') may use a word no paper writes while the papers write its near
equivalent ('long', 'completed', 'second'). Such a word is a paraphrase, not a subject the
record lacks: :func:`paraphrased` finds the words of a question that some word of the papers
comes within :data:`~assistant.answers.support.wordlinks.WORD_NEAR` of in meaning (the cosine
of the two words' vectors from the index's own embedder). A word naming a thing the papers
never speak of ('taser', 'canteen') has no such neighbour and stays unknown.
"""

from __future__ import annotations

import threading
import weakref
from collections import Counter

import numpy as np
import numpy.typing as npt

from assistant.answers.context import AnswerContext
from assistant.answers.support.wordlinks import (
    WORD_NEAR,
    content_words,
    embedder_of,
    word_vectors,
)

SAME_VECTOR = 0.999  # cosine of two vectors the embedder gives alike
VOCABULARY_CAP = 8_000  # words embedded per collection, the most widely used first
_Vocabulary = tuple[frozenset[str], npt.NDArray[np.float32]]
# per embedder, the vocabulary of the latest set of papers (keyed by their ids): embedded once,
# reused for every question until a paper is added or removed
_VOCABULARIES: weakref.WeakKeyDictionary[object, tuple[frozenset[str], _Vocabulary]] = (
    weakref.WeakKeyDictionary()
)
_LOCK = threading.Lock()


def _vocabulary(context: AnswerContext) -> _Vocabulary | None:
    """The distinct content words of the papers with their unit vectors (None without an
    embedder)."""
    embedder = embedder_of(context)
    if embedder is None:
        return None
    key = frozenset(d.id for d in context.documents)
    with _LOCK:
        cached = _VOCABULARIES.get(embedder)
    if cached is not None and cached[0] == key:
        return cached[1]
    spread: Counter[str] = Counter()
    for document in context.documents:
        spread.update(set(content_words(context.document_text(document.id))))
    # a large collection's vocabulary is cut to the words most papers use: one embedding of
    # each, once, stays bounded whatever the number of papers
    words = sorted(w for w, _ in spread.most_common(VOCABULARY_CAP))
    stored = context.word_file.read() if context.word_file is not None else {}
    missing = [w for w in words if w not in stored]
    vectors = {w: stored[w] for w in words if w in stored} | word_vectors(missing, context)
    if missing and context.word_file is not None:  # kept for the next process
        context.word_file.write(vectors)
    kept = [w for w in words if w in vectors]
    matrix = np.stack([vectors[w] for w in kept]) if kept else np.zeros((0, 1), dtype=np.float32)
    found: _Vocabulary = (frozenset(kept), matrix)
    with _LOCK:
        _VOCABULARIES[embedder] = (key, found)
    return found


def warm(context: AnswerContext) -> int:
    """Embed (or read from the index folder) the papers' vocabulary now, before a question
    needs it; the number of words held."""
    vocabulary = _vocabulary(context)
    return len(vocabulary[0]) if vocabulary is not None else 0


def paper_vocabulary(context: AnswerContext) -> tuple[list[str], npt.NDArray[np.float32]] | None:
    """The papers' content words, in the order of the rows of their vectors (None without an
    embedder or words)."""
    vocabulary = _vocabulary(context)
    if vocabulary is None or not vocabulary[0]:
        return None
    return sorted(vocabulary[0]), vocabulary[1]  # the rows were stacked in sorted order


def paraphrased(words: list[str], context: AnswerContext, floor: float = WORD_NEAR) -> set[str]:
    """The words of ``words`` that some word of the papers comes within ``floor`` of in
    meaning: everyday words for what the papers say in theirs."""
    if not words:
        return set()
    vocabulary = _vocabulary(context)
    if vocabulary is None or not vocabulary[0]:
        return set()
    _, matrix = vocabulary
    asked = word_vectors(words, context)
    found = set()
    for word in words:
        vector = asked.get(word.lower())
        if vector is None:
            continue
        cosines = matrix @ vector
        # two different words with one vector are not told apart by the embedder (a hashed
        # bag of words): no evidence of meaning
        if float(cosines[cosines < SAME_VECTOR].max(initial=-1.0)) >= floor:
            found.add(word)
    return found

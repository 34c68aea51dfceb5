"""Question words linked to a passage's words by meaning, not only by their letters.

A question asked in its own words ('the yearly audit letter on the website', 'training on
money matters') names what the record says in other words ('Annual Audit Letter … on the MPA
web site', 'financial training for members'). Literal coverage (:func:`evidence.coverage`)
counts only the question's stems that the text holds; :func:`linked_coverage` also counts a
question word whose nearest word of the text is close to it in meaning (the cosine of the two
words' vectors from the index's own embedder), and leaves out the words that only frame the
question ('who looks after …', 'who handles …'). A word no word of the text comes near
('cameras' against a passage about partnerships) stays uncovered, so a question about a
subject the record does not cover still falls short.
"""

from __future__ import annotations

import itertools
import re
import threading
import weakref
from collections.abc import Iterable

import numpy as np
import numpy.typing as npt

from assistant.analysis import QueryAnalysis, unquoted
from assistant.answers.context import AnswerContext
from assistant.answers.support.frame import frame_words, word_stems
from assistant.answers.support.verb_position import complement_of, gerund_of, object_of_a_row
from assistant.text import TermStats, stem_of, stems
from vectorstore.bm25 import STOPWORDS

WORD_NEAR = 0.6  # cosine of two words' vectors for one to stand for the other
_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*[A-Za-z]")
_CACHE_SIZE = 20_000  # words per embedder
# a word after these is in verb position, narrowing nothing
_OBJECT_SPAN = 3  # known words after a verb read as its object ('making sure *staff work check*')
_AUXILIARIES = frozenset(
    "is are was were be being been am has have had having do does did will would shall should "
    "can could may might must".split()
)

_VECTORS: weakref.WeakKeyDictionary[object, dict[str, npt.NDArray[np.float32]]] = (
    weakref.WeakKeyDictionary()
)
_LOCK = threading.Lock()
# prepositions and degree words: a closed class, never a kind of thing ('is X *near* completion?')
_PREPOSITIONS = frozenset(
    "near nearly nearer close closer towards toward beyond despite amid amidst via per upon "
    "onto unto within without across along alongside beneath beside besides throughout "
    "underneath unlike past versus almost".split()
)


def embedder_of(context: AnswerContext) -> object | None:
    """The index's embedder behind ``context``'s retriever (None without one)."""
    inner = getattr(context.retriever, "retriever", None)
    return getattr(inner, "embedder", None)


def word_vectors(
    words: Iterable[str], context: AnswerContext
) -> dict[str, npt.NDArray[np.float32]]:
    """Each word's unit vector from the index's embedder, embedded once per embedder ({} when
    the context has no embedder)."""
    embedder = embedder_of(context)
    wanted = list(dict.fromkeys(w.lower() for w in words))
    if embedder is None or not wanted:
        return {}
    with _LOCK:
        known = _VECTORS.setdefault(embedder, {})
        missing = [w for w in wanted if w not in known]
    if missing:
        raw = np.asarray(embedder.embed_documents(missing), dtype=np.float32)  # type: ignore[attr-defined]
        norms = np.linalg.norm(raw, axis=1, keepdims=True)
        unit = raw / np.where(norms == 0, 1.0, norms)
        with _LOCK:
            if len(known) + len(missing) > _CACHE_SIZE:
                known.clear()
            known.update(zip(missing, unit, strict=True))
    with _LOCK:
        return {w: known[w] for w in wanted if w in known}


def content_words(text: str) -> list[str]:
    """The words of ``text`` that can carry meaning (three letters or more, no stopword)."""
    return [w for w in _WORD.findall(text.lower()) if len(w) >= 3 and w not in STOPWORDS]


def near_words(
    asked: list[str], text: str, context: AnswerContext, floor: float = WORD_NEAR
) -> dict[str, float]:
    """Each word of ``asked`` that some content word of ``text`` comes within ``floor`` of in
    meaning, with its best cosine."""
    said = content_words(text)
    if not asked or not said:
        return {}
    vectors = word_vectors([*asked, *said], context)
    ours = [w for w in dict.fromkeys(said) if w in vectors]
    if not ours:
        return {}
    matrix = np.stack([vectors[w] for w in ours])
    out: dict[str, float] = {}
    for word in asked:
        vector = vectors.get(word.lower())
        if vector is None:
            continue
        best = float((matrix @ vector).max())
        if best >= floor:
            out[word] = best
    return out


def subject_weights(
    q: QueryAnalysis, weights: dict[str, float], present: set[str], stats: TermStats | None = None
) -> dict[str, float]:
    """``weights`` without the stems of words that only frame the question ('looks after',
    'handles') and that the text (its stems ``present``) does not hold: a framing word counts
    for a text, never against it; with ``stats``, so do the parts the search cut a framing
    compound into ('headline' -> 'head', 'line') that the question does not say apart.
    ``weights`` itself when every word frames it."""
    framing = word_stems(q.question, frame_words(q.question), stats)
    kept = {t: w for t, w in weights.items() if t not in framing or t in present}
    return kept or weights


def linked_coverage(
    text: str, weights: dict[str, float], q: QueryAnalysis, context: AnswerContext
) -> float:
    """The weighted share of the question's subject stems that ``text`` holds, a stem it does
    not hold counted when the question's word for it is near a word of the text in meaning."""
    present = stems(text)
    kept = subject_weights(q, weights, present, context.stats)
    total = sum(kept.values())
    if not total:
        return 0.0
    missing = [t for t in kept if t not in present]
    share = sum(w for t, w in kept.items() if t in present)
    if missing:
        asked = {stem_of(w): w for w in _WORD.findall(q.standalone or q.question)}
        asked.update({stem_of(t): t for t in q.terms})
        words = {t: asked[t] for t in missing if t in asked}
        near = near_words(list(words.values()), text, context)
        share += sum(kept[t] for t, w in words.items() if w in near)
    return share / total


# nouns naming a kind of value: they frame what is asked, never a kind of the subject
_VALUE_NOUN = re.compile(
    r"(?:amount|figure|sum|total|value|number|level|count|rate|percentage|proportion|share)s?"
)


def narrowing_words(q: QueryAnalysis, context: AnswerContext) -> list[str]:
    """Words of the question that no paper uses, each right before a word the papers do use
    that it narrows ('the police *pension* scheme', 'the staff sickness *absence* rate'); not
    a word coordinated with another ('gifts and hospitality'), nor one framing the question."""
    framing = frame_words(q.question)
    unknown = {
        t
        for t in q.terms
        if t.isalpha()
        and t not in framing
        and context.stats.df(t) == 0
        and len(t) >= 4
        and not t.endswith(("ly", "ed"))  # 'officially launched', 'newly formed': no kind
        and not _VALUE_NOUN.fullmatch(t)  # 'the reclaim *amounts* paid': the value asked
        and t not in _PREPOSITIONS
    }
    if not unknown:
        return []
    text = unquoted(q.standalone or q.question)
    tokens = list(re.finditer(r"[A-Za-z0-9]+", text))
    found = []
    for i, (token, following) in enumerate(itertools.pairwise(tokens)):
        word, after = token.group().lower(), following.group().lower()
        before = tokens[i - 1].group().lower() if i else ""
        if (
            word in unknown
            and text[token.end() : following.start()].strip(" ") == ""  # not 'done (“X'
            and before not in _AUXILIARIES  # 'is being done', 'was actually'
            and not _verb_after_plural(before, word)  # 'the reductions touch X': a verb
            and not _verb_after_singular(tokens, i)  # 'the cut *hits* X': a verb
            and not _progressive(tokens, i)  # 'what board is MOPAC writing plans for?': a verb
            and not (
                (complement_of(before) or gerund_of(before, word))  # 'make sure', 'stop putting'
                and object_of_a_row(
                    _known_after(q, word, unknown, context),
                    context.register.all(),
                    context.stats.idf,
                )
            )
            and after in q.terms
            and after not in framing
            and after not in STOPWORDS
            and context.stats.df(after) > 0
        ):
            found.append(word)
    return found


def _known_after(
    q: QueryAnalysis, word: str, unknown: set[str], context: AnswerContext
) -> list[str]:
    """The first :data:`_OBJECT_SPAN` words the papers use after ``word`` in the question as
    asked (not as respelt): a verb's object, read for the row it names."""
    text = unquoted(q.question).lower()
    found = re.search(rf"\b{re.escape(word)}\b", text)
    if found is None:
        return []
    after = re.findall(r"[a-z0-9]+", text[found.end() :])
    framing = frame_words(q.question)
    known = [
        w
        for w in after
        if w in q.terms and w not in unknown and w not in framing and context.stats.df(w) > 0
    ]
    return list(dict.fromkeys(known))[:_OBJECT_SPAN]


def _verb_after_plural(before: str, word: str) -> bool:
    """'reductions *touch* services', 'cuts that *hit* …': a word right after a plural noun
    or a relative pronoun, not itself in -s, is the clause's verb, not a kind of thing."""
    if before in ("that", "which", "who"):
        return True
    plural = len(before) > 3 and before.endswith("s") and not before.endswith("ss")
    # a noun by its form ('the members *allowance* scheme') is no verb after a plural
    return plural and not word.endswith("s") and not _NOUN_FORM.search(word)


def _verb_after_singular(tokens: list[re.Match[str]], i: int) -> bool:
    """'the cut *hits* services', 'that plan *covers* …': a word in -s right after a singular
    noun that a determiner opens is the clause's verb (third person), not a kind of thing."""
    if i < 2:
        return False
    word = tokens[i].group().lower()
    noun, opener = tokens[i - 1].group().lower(), tokens[i - 2].group().lower()
    singular = not noun.endswith("s") or noun.endswith("ss")
    return (
        opener in _DETERMINERS
        and singular
        and noun not in STOPWORDS
        and len(word) > 3
        and word.endswith("s")
        and not word.endswith(("ss", "us", "is"))
        and not _NOUN_FORM.search(word[:-1])
    )


def _progressive(tokens: list[re.Match[str]], i: int) -> bool:
    """'is MOPAC *writing*', 'are they *preparing*': a word in -ing one or two words after an
    auxiliary of 'be' is the verb of the question's clause, not a kind of thing."""
    word = tokens[i].group().lower()
    before = [t.group().lower() for t in tokens[max(i - 2, 0) : i]]
    if not word.endswith("ing") or not before:
        return False
    if before[-1] in _BE:  # 'are preparing'
        return True
    # 'is MOPAC writing', not 'is the housing …' (a determiner opens a noun phrase)
    return len(before) == 2 and before[0] in _BE and before[1] not in _DETERMINERS


_BE = frozenset("is are was were am be being been".split())
_DETERMINERS = frozenset("the a an its their this that these those our your his her any".split())


_NOUN_FORM = re.compile(
    r"(?:ance|ence|ment|tion|sion|ity|ness|ship|ism|ure|age|ery|hood|dom|ist|ee)$", re.I
)


def unlinked_modifier(q: QueryAnalysis, context: AnswerContext, text: str) -> str | None:
    """A :func:`narrowing_words` word that no word of ``text`` (the passages found) comes near
    in meaning: the question names a kind of thing the record does not hold, so its passages
    about the wider thing do not answer it. None when every such word is linked ('the
    *yearly* audit letter' -> 'Annual Audit Letter')."""
    narrowing = narrowing_words(q, context)
    if not narrowing:
        return None
    near = near_words(narrowing, text, context)
    return next((w for w in narrowing if w not in near), None)

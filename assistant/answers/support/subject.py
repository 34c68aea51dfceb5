"""The records on a question's subject, in any paper of any year, by words and by meaning.

A recurrence question names its subject in a phrase ('managing or embedding risk', 'training
or skills', 'contract and procurement compliance'). Records say it in their own words, so each
record is matched three ways, all read from the data:

* **words**: the phrase is cut into slots, coordinated words sharing one ('contract and
  procurement compliance' -> {contract, procurement} + {compliance}); a slot is filled by a
  record whose text has one of its words' stems, or a stem of the register's vocabulary that
  shares it ('budget' -> 'budgetary'). The record's share of the slots' weight (IDF) is its
  word score;
* **meaning**: the cosine of each phrase to the record's stored vector (no record is embedded
  again), calibrated on the question's own distribution over the register: the median record
  is background, the best is the subject, and a record counts by how far it stands between them;
* **the register's vocabulary**: words that co-occur with the subject's words in the records
  far more than chance ('training' -> 'course', 'learning') fill a slot too, but only for a
  record that meaning also puts near the subject.

A record is on the subject when its words fill most of the phrase and meaning does not put it
among the background, or when meaning alone puts it near the best match.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
import numpy.typing as npt

from assistant.analysis import QueryAnalysis
from assistant.analysis.patterns import GENERIC
from assistant.answers.context import AnswerContext
from assistant.positions import distinct
from assistant.register import Positions
from assistant.text import record_text, stem, stem_of
from ingest.model import ActionRecord
from vectorstore.filters import SearchFilters

# Words that frame a question about a subject rather than name it ('a recurring theme').
FRAME = frozenset(
    "theme themes topic topics subject subjects matter matters time times occasion occasions "
    "once twice again repeatedly separate flagged flag flags noted raised".split()
)
_CONNECT = frozenset("and or & / ,".split())  # coordinate: the words either side share a slot
_JOIN = frozenset("of for in on to the a an with".split())  # inside a phrase, never its ends
_TOKEN = re.compile(r"[A-Za-z0-9][A-Za-z0-9'&-]*|[,&/]")
_SENTENCE = re.compile(r"(?<=[.?!:;—])\s+|\s+—\s+")

WORD_SHARE = 0.6  # share of the phrase's slot weight a record's words must fill
# Meaning, as the share of the way from the median record's similarity to the best's:
NEAR = 0.8  # near enough on meaning alone
IN_ISSUE = 0.0  # words filled by its issue, title, action or category: above the median
IN_TEXT = 0.5  # words filled only across its progress notes
WITH_VOCABULARY = 0.6  # slots filled with co-occurring words
THEMED = 0.35  # tagged with a theme the question names
FORM_MIN = 6  # a stem this long and the same stem plus up to SUFFIX_MAX letters are one word
SUFFIX_MAX = 4
LIFT_MIN = 4.0  # co-occurrence above chance for a word to stand for the subject's word
COOCCUR_MIN = 2
SLACK = 2  # words a phrase said in a record may have besides its own ('the', 'of the')


@dataclass(frozen=True)
class Phrase:
    """A span of the question naming its subject, and its slots (alternative stems each)."""

    text: str
    slots: tuple[tuple[str, ...], ...]


@dataclass(frozen=True)
class Match:
    """The records on the subject: register positions, their meaning score (0 = the median
    record, 1 = the best), whether their issue's words fill the phrase, and their title's."""

    positions: Positions
    meaning: npt.NDArray[np.float64]
    by_words: npt.NDArray[np.bool_]
    in_title: npt.NDArray[np.bool_]


def _content_stems(q: QueryAnalysis) -> set[str]:
    """The stems of the question's topic words, less those that frame it ('audits', 'theme');
    words most records use stay (they still name the subject, and weigh little)."""
    generic = {stem_of(w) for w in GENERIC | FRAME}
    return {stem_of(t) for t in q.terms if stem_of(t) not in generic and t not in FRAME}


def phrases(question: str, subject: set[str]) -> list[Phrase]:
    """The runs of subject words in each sentence of the question, with the connecting words
    between them ('Budget setting, monitoring and control'); one word that is not a subject
    word may sit between two that are."""
    found: list[Phrase] = []
    for sentence in _SENTENCE.split(question):
        tokens = _TOKEN.findall(sentence)
        kinds = [_kind(t, subject) for t in tokens]
        i = 0
        while i < len(tokens):
            if kinds[i] != "subject":
                i += 1
                continue
            end, j, gap = i, i + 1, 0
            while j < len(tokens):
                if kinds[j] == "subject":
                    end, gap = j, 0
                elif kinds[j] in ("connect", "join"):
                    pass
                elif kinds[j - 1] == "subject" and _head_noun(tokens[j]):
                    # a compound's head the domain uses everywhere ('business planning with
                    # financial planning'): inside the phrase, no slot of its own
                    kinds[j], end = "head", j
                elif gap == 0:
                    gap = 1
                else:
                    break
                j += 1
            span = tokens[i : end + 1]
            found.append(Phrase(_text(span), _slots(span, [kinds[k] for k in range(i, end + 1)])))
            i = end + 1
    return found


def _head_noun(token: str) -> bool:
    """A noun in -ing of a word the domain uses everywhere, heading a compound ('business
    planning', 'financial reporting'): not a verb of the question ('coming', 'setting')."""
    low = token.lower()
    return low.endswith("ing") and low not in _NOT_HEADS and stem_of(low) in _GENERIC_STEMS


_GENERIC_STEMS = frozenset(stem_of(w) for w in GENERIC)
_NOT_HEADS = frozenset("coming setting being according concerning finding".split())


def _kind(token: str, subject: set[str]) -> str:
    low = token.lower()
    if low in _CONNECT:
        return "connect"
    if low in _JOIN:
        return "join"
    return "subject" if stem_of(low) in subject else "other"


def _text(tokens: list[str]) -> str:
    return re.sub(r"\s+([,/])", r"\1", " ".join(tokens))


def _slots(tokens: list[str], kinds: list[str]) -> tuple[tuple[str, ...], ...]:
    """Words coordinated by 'and', 'or', a comma or a slash share a slot."""
    slots: list[list[str]] = []
    joined = False
    for token, kind in zip(tokens, kinds, strict=True):
        if kind == "connect":
            joined = bool(slots)
            continue
        if kind in ("join", "head"):
            joined = False
            continue
        word = stem_of(token.lower())
        if joined and slots:
            slots[-1].append(word)
        else:
            slots.append([word])
        joined = False
    # a slot of words that are not subject words alone ('setting') says nothing by itself
    return tuple(tuple(dict.fromkeys(s)) for s in slots)


def vocabulary_forms(word: str, vocabulary: list[str], known: set[str]) -> list[str]:
    """``word`` and the stems of the register's (sorted) vocabulary that are it in a longer or
    shorter form: one is the other plus at most ``SUFFIX_MAX`` letters, the shorter having at
    least ``FORM_MIN`` ('budget', 'budgetari'; 'financ', 'financi')."""
    found = [word] if word in known else []
    if len(word) >= FORM_MIN:
        start = bisect_left(vocabulary, word)
        for stem in vocabulary[start:]:
            if not stem.startswith(word):
                break
            if stem != word and len(stem) - len(word) <= SUFFIX_MAX:
                found.append(stem)
    for size in range(max(FORM_MIN, len(word) - SUFFIX_MAX), len(word)):
        if word[:size] in known:
            found.append(word[:size])
    # a verb in -ed the stemmer cuts as if a past tense ('embed' -> 'emb') and its other forms
    # ('embedding', 'embedded' -> 'embed'): one word either way
    if word + "ed" in known:
        found.append(word + "ed")
    if word.endswith("ed") and len(word) >= 5 and word[:-2] in known:
        found.append(word[:-2])
    return list(dict.fromkeys(found))


_VOCABULARY: dict[int, tuple[object, list[str], set[str], list[str]]] = {}


def _vocabulary(context: AnswerContext) -> tuple[list[str], set[str]]:
    """The register's stems, sorted, and as a set (kept while the register is the same)."""
    cached = _vocabulary_of(context)
    return cached[1], cached[2]


def _vocabulary_of(context: AnswerContext) -> tuple[object, list[str], set[str], list[str]]:
    """The register's stems sorted, as a set, and by id (kept while the register is the same)."""
    loaded = context.register.loaded()
    cached = _VOCABULARY.get(id(loaded))
    if cached is None or cached[0] is not loaded:
        _VOCABULARY.clear()
        cached = _VOCABULARY[id(loaded)] = (
            loaded,
            sorted(loaded.stems),
            set(loaded.stems),
            list(loaded.stem_id),  # ids are given in order
        )
    return cached


def _words_at(positions: Positions, context: AnswerContext) -> tuple[npt.NDArray[np.int64], ...]:
    """The words of the records at ``positions``, one after another: for each word, which of
    ``positions`` it is in, where it is in the register's words, and its stem id; and where
    each record's words end (in this sequence)."""
    loaded = context.register.loaded()
    starts = loaded.word_starts[positions]
    lengths = loaded.word_starts[positions + 1] - starts
    ends = np.cumsum(lengths)
    size = int(ends[-1]) if len(ends) else 0
    at = np.arange(size, dtype=np.int64) + np.repeat(starts - (ends - lengths), lengths)
    which = np.repeat(np.arange(len(positions), dtype=np.int64), lengths)
    return which, at, loaded.words[at].astype(np.int64), ends


def _having(stems: list[str], context: AnswerContext) -> Positions:
    return context.register.mentioning(stems)


def _idf(positions: Positions, total: int) -> float:
    return float(np.log((total + 1) / (len(positions) + 1))) + 1e-3


def _cooccurring(word_positions: Positions, context: AnswerContext, taken: set[str]) -> list[str]:
    """Stems found with the word far more often than chance (at least ``COOCCUR_MIN`` records,
    ``LIFT_MIN`` times their share of the register): the register's own words for it."""
    loaded = context.register.loaded()
    total = len(loaded.records)
    if len(word_positions) < COOCCUR_MIN:
        return []
    step = max(1, len(word_positions) // SAMPLE)
    sample = word_positions[::step]
    generic = {stem_of(w) for w in GENERIC | FRAME}
    names = _vocabulary_of(context)[3]
    which, _, ids, _ = _words_at(sample, context)
    pairs = distinct(which * len(names) + ids)  # each stem once a record
    counted = np.bincount(pairs % len(names), minlength=len(names))
    found = []
    for n in np.flatnonzero(counted >= COOCCUR_MIN).tolist():
        word, count = names[n], int(counted[n])
        if word in taken or word in generic or len(word) < 3:
            continue
        having = loaded.stems.get(word)
        share = len(having) / total if having is not None else 1.0
        if share < 0.5 and (count / len(sample)) / share >= LIFT_MIN:
            found.append(word)
    return found


SAMPLE = 200  # records read to find a word's companions


def subject_of(q: QueryAnalysis, context: AnswerContext) -> list[Phrase]:
    """The phrases of the question that name its subject (none when it names none); a phrase
    whose words another phrase has ('Training', 'training or skills') is left out."""
    found = phrases(q.question, _content_stems(q))
    words = [{w for slot in p.slots for w in slot} for p in found]
    kept: list[Phrase] = []
    for i, phrase in enumerate(found):
        inside = any(
            words[i] < words[j] or (words[i] == words[j] and j < i) for j in range(len(found))
        )
        if not inside and phrase.text.lower() not in {k.text.lower() for k in kept}:
            kept.append(phrase)
    return kept


def _meaning(texts: list[str], context: AnswerContext) -> npt.NDArray[np.float64]:
    """Each record's best similarity to any of ``texts``, as the share of the way from the
    median record's to the best record's (0 or less: background)."""
    register = context.register
    chunk_ids = register.chunk_ids()
    size = len(chunk_ids)
    best = np.full(size, -np.inf)
    for text in texts:
        scores = context.retriever.similarities(text, chunk_ids)
        if scores is None:  # the dense search holds no vectors: its nearest records only
            scores = _nearest_scores(text, context, size)
        scores = np.where(np.isnan(scores), -np.inf, scores.astype(np.float64))
        finite = scores[np.isfinite(scores)]
        if not len(finite):
            continue
        median, top = float(np.median(finite)), float(finite.max())
        best = np.maximum(best, (scores - median) / max(top - median, 1e-6))
    return best


def _nearest_scores(text: str, context: AnswerContext, size: int) -> npt.NDArray[np.float32]:
    loaded = context.register.loaded()
    out = np.full(size, np.nan, dtype=np.float32)
    hits = context.retriever.search(text, k=40, filters=SearchFilters(kind="record")).hits
    for hit in hits:
        position = loaded.position.get(hit.chunk.record_id or "")
        if position is not None and hit.dense_score is not None:
            out[position] = hit.dense_score
    floor = np.nanmin(out) if np.isfinite(out).any() else 0.0
    return np.where(np.isnan(out), floor, out).astype(np.float32)


@dataclass(frozen=True)
class _Slots:
    """A phrase's slots read against the register: each slot's forms and weight."""

    forms: list[list[str]]
    weights: list[float]


def _read(phrase: Phrase, context: AnswerContext) -> _Slots:
    """Each slot's forms in the register's vocabulary and its weight (the mean IDF of its
    words; a slot no record fills weighs nothing)."""
    total = len(context.register.loaded().records)
    words, known = _vocabulary(context)
    forms, weights = [], []
    for slot in phrase.slots:
        found = [f for word in slot for f in vocabulary_forms(word, words, known)]
        forms.append(found)
        # an 'or' is as rare as its words on average: 'managing or embedding' weighs less
        # than 'embedding', more than 'managing'
        idfs = [_idf(_having([w], context), total) for w in found]
        weights.append(sum(idfs) / len(idfs) if idfs else 0.0)
    return _Slots(forms, weights)


def _fill(
    slots: _Slots, context: AnswerContext, vocabulary: bool, part: str = "text"
) -> npt.NDArray[np.float64]:
    """Each record's share of the slots' weight its text (or ``part`` of it: "issue" for its
    title, finding, action and category, "title") fills."""
    loaded = context.register.loaded()
    index = {"text": loaded.stems, "issue": loaded.issue_stems, "title": loaded.title_stems}[part]
    filled = np.zeros(len(loaded.records), dtype=np.float64)
    for forms, weight in zip(slots.forms, slots.weights, strict=True):
        words = forms
        if vocabulary:
            having = context.register.mentioning(forms, part)
            if len(having):
                words = forms + _cooccurring(having, context, set(forms))
        hit = np.zeros(len(loaded.records), dtype=bool)  # records with any of the words
        for word in words:
            if word in index:
                hit[index[word]] = True
        filled[hit] += weight
    total = sum(slots.weights)
    return filled / total if total else filled


def _phrase_fill(record: ActionRecord, slots: _Slots) -> float:
    """The most of the slots' weight any run of the record's words as long as the phrase
    (plus ``SLACK`` words) fills: the phrase said in the record, in any column."""
    tokens = _stem_tokens(record_text(record))
    slot_of: dict[str, list[int]] = {}
    for n, forms in enumerate(slots.forms):
        for form in forms:
            slot_of.setdefault(form, []).append(n)
    width = len(slots.forms) + SLACK
    total = sum(slots.weights) or 1.0
    best = 0.0
    hits = [(i, slot_of[t]) for i, t in enumerate(tokens) if t in slot_of]
    for start, (i, _) in enumerate(hits):
        seen: set[int] = set()
        for j, found in hits[start:]:
            if j - i >= width:
                break
            seen.update(found)
        best = max(best, sum(slots.weights[n] for n in seen) / total)
    return best


MASK_SLOTS = 8  # phrases of up to this many slots are read over the register's words at once


def _phrase_fills(
    positions: Positions, slots: _Slots, context: AnswerContext
) -> npt.NDArray[np.float64]:
    """:func:`_phrase_fill` of the records at ``positions``, read all at once from the
    register's words (each record's text as stem ids): each word of a slot's forms marks its
    slots in a bit mask, a run starting at a marked word joins the marks of the next words
    within the phrase's width, and a record's fill is its best run's weight."""
    loaded = context.register.loaded()
    out = np.zeros(len(positions), dtype=np.float64)
    if len(slots.forms) > MASK_SLOTS:
        records = loaded.records
        out[:] = [_phrase_fill(records[p], slots) for p in positions.tolist()]
        return out
    if not len(positions):
        return out
    marks = np.zeros(len(loaded.stem_id), dtype=np.uint8)
    for n, forms in enumerate(slots.forms):
        for form in forms:
            if form in loaded.stem_id:
                marks[loaded.stem_id[form]] |= 1 << n
    which, at, ids, _ = _words_at(positions, context)
    found = marks[ids]
    hits = np.flatnonzero(found)
    if not len(hits):
        return out
    record, mask, offset = which[hits], found[hits], at[hits]
    width = len(slots.forms) + SLACK
    run = mask.copy()
    for k in range(1, min(width, len(hits))):
        within = (record[k:] == record[:-k]) & (offset[k:] - offset[:-k] < width)
        run[:-k] |= np.where(within, mask[k:], 0).astype(np.uint8)
    total = sum(slots.weights) or 1.0
    share = np.array(  # summed as _phrase_fill sums them: a set of slot numbers, in its order
        [
            sum(slots.weights[n] for n in {n for n in range(len(slots.forms)) if m >> n & 1})
            / total
            for m in range(1 << len(slots.forms))
        ]
    )
    firsts = np.flatnonzero(np.r_[True, record[1:] != record[:-1]])
    out[record[firsts]] = np.maximum.reduceat(share[run], firsts)
    return out


@lru_cache(maxsize=20_000)
def _stem_tokens(text: str) -> tuple[str, ...]:
    return tuple(stem(w) for w in re.findall(r"[A-Za-z0-9]+", text))


def match(q: QueryAnalysis, context: AnswerContext) -> Match | None:
    """The records on the question's subject (None when it names no subject)."""
    found = subject_of(q, context)
    if not found:
        return None
    meaning = _meaning([p.text for p in found], context)
    read = [_read(phrase, context) for phrase in found]
    by_text = np.zeros(len(meaning), dtype=bool)
    by_vocabulary = np.zeros(len(meaning), dtype=bool)
    for slots in read:
        by_text |= _fill(slots, context, vocabulary=False) >= WORD_SHARE
        by_vocabulary |= _fill(slots, context, vocabulary=True) >= WORD_SHARE
    # the words fill the phrase in its issue, or as a run of the record's words
    by_issue = np.zeros(len(meaning), dtype=bool)
    candidates = np.flatnonzero(by_text & (meaning >= IN_ISSUE)).astype(np.int32)
    for slots in read:
        by_issue[candidates] |= _fill(slots, context, False, "issue")[candidates] >= WORD_SHARE
    for slots in read:
        if len(slots.forms) > 1:
            left = candidates[~by_issue[candidates]]
            by_issue[left] |= _phrase_fills(left, slots, context) >= WORD_SHARE
    themed = np.zeros(len(meaning), dtype=bool)
    if q.themes:  # the record's issue is tagged with a theme the question names
        groups = context.register.with_themes(q.themes).values()
        themed[context.register.loaded().positions_of([r for g in groups for r in g])] = True
    titled = np.zeros(len(meaning), dtype=bool)
    issued = np.flatnonzero(by_issue)
    for slots in read:
        titled[issued] |= _fill(slots, context, False, "title")[issued] >= WORD_SHARE
    on = (
        (by_issue & (meaning >= IN_ISSUE))
        | (themed & (meaning >= THEMED))
        | (by_text & (meaning >= IN_TEXT))
        | (by_vocabulary & (meaning >= WITH_VOCABULARY))
        | (meaning >= NEAR)
    )
    positions = np.flatnonzero(on).astype(np.int32)
    return Match(positions, meaning[positions], by_issue[positions], titled[positions])


def subject_weights(q: QueryAnalysis, context: AnswerContext) -> dict[str, float]:
    """Stem -> weight of every form of the subject's words in the register (to pick the
    sentences of a record that speak of it); empty when the question names no subject."""
    weights: dict[str, float] = {}
    for phrase in subject_of(q, context):
        slots = _read(phrase, context)
        for forms, weight in zip(slots.forms, slots.weights, strict=True):
            for form in forms:
                weights[form] = max(weights.get(form, 0.0), weight)
    return weights


@dataclass(frozen=True)
class Saying:
    """Which of some records say a set of question words: the phrases those words form in the
    question, the positions whose record says one, whether a record outside them does, and
    whether one of them holds the words apart."""

    phrases: list[Phrase]
    positions: Positions
    said_elsewhere: bool
    apart: bool  # some record at the positions holds a phrase's words, though not together
    one_property: bool = False  # the words form one phrase of two or more slots: a property


def saying(question: str, words: list[str], positions: Positions, context: AnswerContext) -> Saying:
    """The records at ``positions`` whose own text (any column) says the phrase ``words`` form
    in ``question`` ('describe as a key risk' -> 'key risk'): every slot filled within a run as
    long as the phrase (plus ``SLACK`` words: 'a key corporate risk'), or near the phrase in
    meaning (``NEAR``, calibrated over the register). The records are read only when the
    words form one property (``one_property``): one phrase of two or more slots, every word
    alphabetic; several phrases, or refs ('R5, R16'), name items."""
    subject = {stem_of(w) for w in words if w.isalpha()}  # 'r5' names an item, not a property
    found = [  # the words between ('yet been approved') are no slot
        Phrase(p.text, tuple(s for s in p.slots if subject & set(s)))
        for p in phrases(question, subject)
    ]
    one = len(found) == 1 and len(found[0].slots) > 1 and all(w.isalpha() for w in words)
    if one:  # 'a key risk or a key corporate risk': one property offered in two wordings
        either = _alternatives(found[0], subject)
        found = either or found
    if not one:
        return Saying(found, positions[:0], said_elsewhere=False, apart=False)
    read = [_read(p, context) for p in found]
    meaning = _meaning([p.text for p in found], context)
    whole = [s for s in read if all(s.weights)]

    def says(at: Positions) -> npt.NDArray[np.bool_]:
        out = meaning[at] >= NEAR
        for slots in whole:
            out |= _phrase_fills(at, slots, context) >= 1.0
        return out

    positions = positions.astype(np.int32)
    kept = positions[says(positions)]
    others = np.flatnonzero(_fill_all(read, context)).astype(np.int32)
    elsewhere = bool(says(others[~np.isin(others, positions)]).any())
    apart = any(bool((_fill(s, context, False)[positions] >= 1.0).any()) for s in whole)
    return Saying(found, kept, elsewhere, apart, one_property=True)


def _alternatives(phrase: Phrase, subject: set[str]) -> list[Phrase]:
    """The wordings a phrase offers with 'or' ('key risk or key corporate risk'), each of two
    slots or more; [] when it offers none."""
    if not re.search(r"\bor\b", phrase.text):
        return []
    either = []
    for text in re.split(r"\s+or\s+", phrase.text):
        found = [
            Phrase(p.text, tuple(s for s in p.slots if subject & set(s)))
            for p in phrases(text, subject)
        ]
        if len(found) != 1 or len(found[0].slots) < 2:
            return []
        either.append(found[0])
    return either


def _fill_all(read: list[_Slots], context: AnswerContext) -> npt.NDArray[np.bool_]:
    """The register's records whose text holds every slot of some phrase (anywhere)."""
    out = np.zeros(len(context.register.loaded().records), dtype=bool)
    for slots in read:
        if all(slots.weights):
            out |= _fill(slots, context, vocabulary=False) >= 1.0 - 1e-9
    return out

"""The register's word indexes (the stems of each record's issue and title, its words in order)
and the subject matching read over them all at once give exactly what reading record after
record gave: the per-record computations are kept here as the reference."""

from __future__ import annotations

import random
import re
from collections.abc import Callable

import numpy as np
import pytest

from assistant.analysis import QueryAnalysis
from assistant.answers.context import AnswerContext
from assistant.answers.support import subject
from assistant.answers.support.subject import (
    IN_ISSUE,
    NEAR,
    WORD_SHARE,
    Match,
    Phrase,
    _fill,
    _fill_all,
    _meaning,
    _phrase_fill,
    _phrase_fills,
    _read,
    _Slots,
    phrases,
    saying,
    subject_of,
)
from assistant.text import record_text, stem, stems
from ingest.model import ActionRecord

QUESTIONS = [
    "Has risk management been a recurring weakness?",
    "Has staff appraisal been a recurring issue?",
    "Has contract and procurement compliance been raised in more than one report?",
    "Have training or skills been a recurring theme?",
    "How has the monitoring of audit and inspection recommendations recurred from 2002 to 2017?",
    "Has budget setting, monitoring and control come up again and again?",
    "Is partnership working flagged in several papers?",
]


def _issue(record: ActionRecord) -> frozenset[str]:
    parts = (record.title, record.finding, record.action, record.category)
    return frozenset(stems(" ".join(p for p in parts if p)))


def _stems_fill(words: frozenset[str], slots: _Slots) -> float:
    filled = sum(
        w for forms, w in zip(slots.forms, slots.weights, strict=True) if words & set(forms)
    )
    total = sum(slots.weights)
    return filled / total if total else 0.0


def _old_fill(slots: _Slots, context: AnswerContext, vocabulary: bool) -> np.ndarray:
    """subject._fill as it was: the union of each slot's positions, then its weight added."""
    filled = np.zeros(len(context.register.loaded().records), dtype=np.float64)
    for forms, weight in zip(slots.forms, slots.weights, strict=True):
        having = context.register.mentioning(forms)
        if vocabulary and len(having):
            extra = subject._cooccurring(having, context, set(forms))
            having = np.union1d(having, context.register.mentioning(extra)).astype(np.int32)
        filled[having] += weight
    total = sum(slots.weights)
    return filled / total if total else filled


def _old_match(q: QueryAnalysis, context: AnswerContext) -> Match | None:
    """subject.match as it read each candidate record in Python."""
    found = subject_of(q, context)
    if not found:
        return None
    meaning = _meaning([p.text for p in found], context)
    read = [_read(phrase, context) for phrase in found]
    by_text = np.zeros(len(meaning), dtype=bool)
    by_vocabulary = np.zeros(len(meaning), dtype=bool)
    for slots in read:
        by_text |= _old_fill(slots, context, vocabulary=False) >= WORD_SHARE
        by_vocabulary |= _old_fill(slots, context, vocabulary=True) >= WORD_SHARE
    by_issue = np.zeros(len(meaning), dtype=bool)
    records = context.register.loaded().records
    for position in np.flatnonzero(by_text & (meaning >= IN_ISSUE)).tolist():
        record = records[position]
        by_issue[position] = any(
            _stems_fill(_issue(record), s) >= WORD_SHARE
            or (len(s.forms) > 1 and _phrase_fill(record, s) >= WORD_SHARE)
            for s in read
        )
    themed = np.zeros(len(meaning), dtype=bool)
    if q.themes:
        for group in context.register.with_themes(q.themes).values():
            themed[context.register.loaded().positions_of(group)] = True
    titled = np.zeros(len(meaning), dtype=bool)
    for position in np.flatnonzero(by_issue).tolist():
        title = frozenset(stems(records[position].title or ""))
        titled[position] = any(_stems_fill(title, s) >= WORD_SHARE for s in read)
    on = (
        (by_issue & (meaning >= IN_ISSUE))
        | (themed & (meaning >= subject.THEMED))
        | (by_text & (meaning >= subject.IN_TEXT))
        | (by_vocabulary & (meaning >= subject.WITH_VOCABULARY))
        | (meaning >= NEAR)
    )
    positions = np.flatnonzero(on).astype(np.int32)
    return Match(positions, meaning[positions], by_issue[positions], titled[positions])


def test_the_word_indexes_hold_each_records_words(context: Callable[[], AnswerContext]) -> None:
    loaded = context().register.loaded()
    names = {i: s for s, i in loaded.stem_id.items()}
    for index, of in (
        (loaded.stems, lambda r: frozenset(stems(record_text(r)))),
        (loaded.issue_stems, _issue),
        (loaded.title_stems, lambda r: frozenset(stems(r.title or ""))),
    ):
        held: dict[int, set[str]] = {}
        for word, positions in index.items():
            assert list(positions) == sorted(set(positions.tolist()))
            for p in positions.tolist():
                held.setdefault(p, set()).add(word)
        assert [held.get(p, set()) for p in range(len(loaded.records))] == [
            set(of(r)) for r in loaded.records
        ]
    for p, record in enumerate(loaded.records):
        words = loaded.words[loaded.word_starts[p] : loaded.word_starts[p + 1]]
        expected = [stem(w) for w in re.findall(r"[A-Za-z0-9]+", record_text(record))]
        assert [names[int(i)] for i in words] == expected


def _random_slots(vocabulary: list[str], rng: random.Random, size: int) -> _Slots:
    forms = [rng.sample(vocabulary, rng.randint(1, 3)) for _ in range(size)]
    if size > 1 and rng.random() < 0.5:  # one form in two slots
        forms[1].append(forms[0][0])
    weights = [rng.choice([0.0, rng.uniform(0.1, 5.0)]) for _ in range(size)]
    return _Slots(forms, weights)


@pytest.mark.parametrize("size", [1, 2, 3, 5, 8, 9])
def test_the_phrase_fills_of_all_records_at_once_are_each_records(
    context: Callable[[], AnswerContext], size: int
) -> None:
    """Slots of words the register uses often (so runs overlap), a form in two slots, slots
    weighing nothing, and more slots than a mask holds (read record by record)."""
    ctx = context()
    loaded = ctx.register.loaded()
    common = sorted(s for s, p in loaded.stems.items() if len(p) >= 8)
    rng = random.Random(size)
    everyone = np.arange(len(loaded.records), dtype=np.int32)
    for _ in range(40):
        slots = _random_slots(common, rng, size)
        expected = [_phrase_fill(r, slots) for r in loaded.records]
        assert _phrase_fills(everyone, slots, ctx).tolist() == expected
        some = np.array(sorted(rng.sample(range(len(loaded.records)), 20)), dtype=np.int32)
        assert _phrase_fills(some, slots, ctx).tolist() == [expected[p] for p in some]
    assert _phrase_fills(everyone[:0], slots, ctx).tolist() == []


@pytest.mark.parametrize("size", [1, 2, 4])
def test_the_fills_of_a_records_parts_are_each_records(
    context: Callable[[], AnswerContext], size: int
) -> None:
    ctx = context()
    loaded = ctx.register.loaded()
    common = sorted(s for s, p in loaded.stems.items() if len(p) >= 8)
    rng = random.Random(size)
    parts = {
        "text": lambda r: frozenset(stems(record_text(r))),
        "issue": _issue,
        "title": lambda r: frozenset(stems(r.title or "")),
    }
    for _ in range(30):
        slots = _random_slots(common, rng, size)
        for part, of in parts.items():
            expected = [_stems_fill(of(r), slots) for r in loaded.records]
            assert _fill(slots, ctx, False, part).tolist() == expected
        for vocabulary in (False, True):
            expected = _old_fill(slots, ctx, vocabulary).tolist()
            assert _fill(slots, ctx, vocabulary).tolist() == expected


@pytest.mark.parametrize("question", QUESTIONS)
def test_the_subject_match_is_the_record_by_record_one(
    analyse: Callable[[str], QueryAnalysis],
    context: Callable[[], AnswerContext],
    question: str,
) -> None:
    q = analyse(question)
    new, old = subject.match(q, context()), _old_match(q, context())
    assert (new is None) == (old is None)
    if new is not None and old is not None:
        assert new.positions.tolist() == old.positions.tolist()
        assert new.meaning.tolist() == old.meaning.tolist()
        assert new.by_words.tolist() == old.by_words.tolist()
        assert new.in_title.tolist() == old.in_title.tolist()


def _old_saying(
    question: str, words: list[str], positions: np.ndarray, context: AnswerContext
) -> tuple[list[int], bool, bool]:
    subject_words = {subject.stem_of(w) for w in words if w.isalpha()}
    found = [
        Phrase(p.text, tuple(s for s in p.slots if subject_words & set(s)))
        for p in phrases(question, subject_words)
    ]
    records = context.register.loaded().records
    read = [_read(p, context) for p in found]
    meaning = _meaning([p.text for p in found], context)

    def says(position: int) -> bool:
        record = records[position]
        by_words = any(all(s.weights) and _phrase_fill(record, s) >= 1.0 for s in read)
        return by_words or bool(meaning[position] >= NEAR)

    kept = [p for p in positions.tolist() if says(p)]
    inside = set(positions.tolist())
    elsewhere = any(
        says(p) for p in np.flatnonzero(_fill_all(read, context)).tolist() if p not in inside
    )
    apart = bool(len(positions)) and any(
        _stems_fill(frozenset(stems(record_text(r))), s) >= 1.0
        for r in context.register.loaded().at(positions)
        for s in read
        if all(s.weights)
    )
    return kept, elsewhere, apart


@pytest.mark.parametrize(
    ("question", "words"),
    [
        ("Which actions describe a key risk?", ["key", "risk"]),
        ("Which recommendations are about performance management?", ["performance", "management"]),
        ("Which actions mention the partnership toolkit?", ["partnership", "toolkit"]),
        ("Which actions concern staff training?", ["staff", "training"]),
    ],
)
def test_saying_is_the_record_by_record_one(
    context: Callable[[], AnswerContext], question: str, words: list[str]
) -> None:
    ctx = context()
    size = len(ctx.register.loaded().records)
    rng = random.Random(question)
    for positions in (
        np.arange(size, dtype=np.int32),
        np.array(sorted(rng.sample(range(size), 15)), dtype=np.int32),
        np.empty(0, dtype=np.int32),
    ):
        said = saying(question, words, positions, ctx)
        assert said.one_property
        kept, elsewhere, apart = _old_saying(question, words, positions, ctx)
        assert (said.positions.tolist(), said.said_elsewhere, said.apart) == (
            kept,
            elsewhere,
            apart,
        )


def _old_cooccurring(positions: np.ndarray, context: AnswerContext, taken: set[str]) -> list[str]:
    loaded = context.register.loaded()
    total = len(loaded.records)
    if len(positions) < subject.COOCCUR_MIN:
        return []
    sample = positions[:: max(1, len(positions) // subject.SAMPLE)]
    counts: dict[str, int] = {}
    generic = {subject.stem_of(w) for w in subject.GENERIC | subject.FRAME}
    for record in loaded.at(sample):
        for word in stems(record_text(record)):
            counts[word] = counts.get(word, 0) + 1
    found = []
    for word, count in counts.items():
        if count < subject.COOCCUR_MIN or word in taken or word in generic or len(word) < 3:
            continue
        having = loaded.stems.get(word)
        share = len(having) / total if having is not None else 1.0
        if share < 0.5 and (count / len(sample)) / share >= subject.LIFT_MIN:
            found.append(word)
    return found


def test_the_words_found_with_a_word_are_those_each_records_words_give(
    context: Callable[[], AnswerContext],
) -> None:
    ctx = context()
    loaded = ctx.register.loaded()
    checked = 0
    for word, positions in sorted(loaded.stems.items()):
        if len(positions) >= 2:
            expected = _old_cooccurring(positions, ctx, {word})
            assert sorted(subject._cooccurring(positions, ctx, {word})) == sorted(expected)
            checked += bool(expected)
    assert checked > 10

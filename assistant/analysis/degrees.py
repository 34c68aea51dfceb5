"""How far a recommendation was met, as a question names it: the paper's own degree words
('met: partially', 'met: significantly') read from its adverbs ('only partly met', 'to a
moderate extent'), one or several joined by 'or'."""

from __future__ import annotations

import re
from collections.abc import Sequence

from assistant.analysis.names import NameIndex
from assistant.text import degree_root


def degree_named(
    question: str, name_index: NameIndex, documents: Sequence[str] = ()
) -> tuple[str, str] | None:
    """The paper's own degree word a question's adverb names ('only partly met' -> 'partially'
    where rows read 'met: partially'), with the word as written; None if it names none. With
    ``documents`` (the papers asked of), only a degree one of them grades rows by: another
    paper's 'met: partially' is no degree of a paper whose rows read 'Partially implemented'."""
    held = sorted(
        d
        for d in name_index.degrees
        if not documents or name_index.degree_documents.get(d, set()) & set(documents)
    )
    for found in re.finditer(_DEGREE_WORDS, question):
        word = (found.group(1) or found.group(2)).lower()
        for degree in held:
            if degree_root(word) == degree_root(degree):
                return degree, _with_graded_verb(question, found.start(), found.end())
    return _degree_by_rank(question, held)


def _degree_by_rank(question: str, held: Sequence[str]) -> tuple[str, str] | None:
    """The held degree at the place on the scale of fulfilment that a question's own degree
    words name, beside a participle they grade ('met to a large extent' -> 'significantly',
    'only satisfied in part' -> 'partially', 'fully satisfied' -> 'completely'); None when no
    held degree stands there, or the words grade no verb of meeting."""
    ranked = {degree: rank for degree in held if (rank := scale_rank(degree)) is not None}
    for found in _SCALE_PHRASES.finditer(question):
        around = question[max(0, found.start() - 24) : found.end() + 24]
        if not _FULFILLED.search(around):
            continue
        rank = scale_rank(found.group(0))
        named = [degree for degree, at in ranked.items() if at == rank]
        if len(named) == 1:
            return named[0], _with_graded_verb(question, found.start(), found.end())
    return None


def scale_rank(words: str) -> int | None:
    """Where degree words stand on a general scale of fulfilment, 5 in full to 1 barely
    ('to a large extent' and 'significantly' -> 4); None for words not on it."""
    text = " ".join(re.findall(r"[a-z]+", words.lower()))
    for rank, pattern in _SCALE:
        if pattern.fullmatch(text):
            return rank
    return None


# a general English scale of how far a thing was done, highest first: the phrases a question
# and a paper's degree values are both placed on
_EXTENT = r"(?:to|in)\s+(?:a|an|some|the)?\s*"
_SCALE: tuple[tuple[int, re.Pattern[str]], ...] = tuple(
    (rank, re.compile(pattern))
    for rank, pattern in (
        (
            5,
            r"(?:fully|completely|wholly|entirely|totally|in full|in (?:its|their) entirety|"
            rf"{_EXTENT}(?:full|complete|total)\s+(?:extent|degree)|complete|full)",
        ),
        (
            4,
            r"(?:largely|mostly|mainly|substantially|significantly|considerably|broadly|"
            r"in the main|for the most part|substantial|significant|considerable|"
            rf"{_EXTENT}(?:large|great|significant|considerable|substantial|high)\s+"
            r"(?:extent|degree))",
        ),
        (
            3,
            r"(?:moderately|reasonably|fairly|somewhat|adequately|moderate|reasonable|"
            rf"{_EXTENT}(?:moderate|reasonable|fair|some|certain)\s+(?:extent|degree))",
        ),
        (
            2,
            r"(?:partially|partly|in part|half|halfway|partial|"
            rf"{_EXTENT}(?:partial|limited)\s+(?:extent|degree))",
        ),
        (
            1,
            r"(?:barely|slightly|hardly|scarcely|marginally|minimally|a little|"
            rf"{_EXTENT}(?:small|minimal|slight|little)\s+(?:extent|degree))",
        ),
    )
)
_SCALE_PHRASES = re.compile(
    r"\b(?:in (?:full|part|the main|(?:its|their) entirety)|for the most part|a little|"
    rf"{_EXTENT}[a-z]+\s+(?:extent|degree)|[a-z]{{2,}}ly)\b",
    re.I,
)


def _with_graded_verb(question: str, start: int, end: int) -> str:
    """The degree words with the participle they grade, when one stands next to them ('partly
    achieved', 'fulfilled only moderately'): the verb is the degree's, no subject word."""
    after = _GRADED_AFTER.match(question[end:])
    if after:
        return question[start : end + after.end()]
    before = _GRADED_BEFORE.search(question[:start])
    if before:
        return question[before.start() : end]
    return question[start:end]


def degrees_named(question: str, name_index: NameIndex) -> tuple[list[str], str] | None:
    """Two or more of the paper's degree words a question joins ('met completely or
    significantly', 'either partly, moderately or significantly met'), in the paper's
    spelling, with the words as written; None unless it joins two next to a participle
    ('met', or any other: 'achieved', 'delivered', 'put into effect')."""
    for found in _DEGREE_SET.finditer(question):
        around = question[max(0, found.start() - 16) : found.end() + 16]
        if not _FULFILLED.search(around):
            continue  # the adverbs grade a verb of meeting ('met', 'achieved', 'carried out')
        named: list[str] = []
        for word in re.findall(r"[A-Za-z]{2,}ly\b", found.group(0).lower()):
            if _LIMITING.fullmatch(word):
                continue
            if _FULL.fullmatch(word) and name_index.full_degree:
                named.append(name_index.full_degree)  # 'fully': the degree complete rows state
            named += [d for d in sorted(name_index.degrees) if degree_root(word) == degree_root(d)]
        if len(set(named)) >= 2:
            return list(dict.fromkeys(named)), _with_graded_verb(
                question, found.start(), found.end()
            )
    return None


# the verb the degree adverbs grade: 'met', or any past participle ('achieved', 'done', 'seen')
_FULFILLED = re.compile(
    r"\b(?:met|done|seen|[a-z]{3,}(?:ed|en))(?:\s+(?:out|through|into\s+(?:effect|practice)))?\b",
    re.I,
)
# the graded participle right after the degree words ('partly (been) achieved'), or right
# before them ('fulfilled only moderately')
_GRADED_AFTER = re.compile(rf"\s+(?:been\s+)?{_FULFILLED.pattern}", re.I)
_GRADED_BEFORE = re.compile(rf"{_FULFILLED.pattern}\s+(?:only\s+|just\s+)?$", re.I)
_FULL = re.compile(r"fully|wholly|entirely|totally|completely")
_LIMITING = re.compile(r"only|merely")
# each adverb may carry a limiting particle ('either only partly or only moderately met')
_LIMITED = r"(?:(?:only|just|merely)\s+)?"
_DEGREE_SET = re.compile(
    rf"\b(?:either\s+)?{_LIMITED}[A-Za-z]{{2,}}ly(?:\s*,\s*{_LIMITED}[A-Za-z]{{2,}}ly)*\s*,?\s+"
    rf"(?:or|and|nor)\s+{_LIMITED}[A-Za-z]{{2,}}ly\b",
    re.I,
)


# an adverb ('partly'), or an adjective of degree ('to a partial degree', 'a moderate extent')
_DEGREE_WORDS = re.compile(
    r"\b([A-Za-z]{4,}ly)\b|\b(?:(?:to|in)\s+(?:a|an|some)\s+)?([A-Za-z]{4,})\s+(?:degree|extent)\b"
)


# a participle that is part of a deadline ('due to be completed by March 2009', 'expected to be
# finished before the end of 2002'): '(to) be' + a participle + a preposition of time + a date
_TIMED_PARTICIPLE = re.compile(
    r"\bto\s+(?:have\s+)?be(?:en)?\s+(?:fully\s+|all\s+)?[a-z]+(?:ed|en|t)\s+"
    r"(?:by|before|in|within|no later than|ahead of|at the latest by)\s+[^,;?]*\d",
    re.I,
)
# a clause the subject is made of, not the predicate of the rows asked for: 'whether they get
# implemented', 'checking if audit findings are completed'
_WHETHER = re.compile(r"\b(?:whether|if)\b[^,;?]*", re.I)


def in_a_clause(question: str, start: int) -> bool:
    """Whether a status word at ``start`` belongs to a deadline ('due to be completed by
    March 2009': a deadline filter, not the status complete) or to a whether-clause that names
    the subject ('checking whether recommendations get implemented')."""
    return any(
        m.start() <= start < m.end()
        for pattern in (_TIMED_PARTICIPLE, _WHETHER)
        for m in pattern.finditer(question)
    )

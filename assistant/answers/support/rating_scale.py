"""A rating asked by its meaning rather than by the value a paper writes ('the most urgent
recommendations', 'the least pressing items', 'which are critical?'): the question's words
name an end of a scale, and each paper's own ratings are put in order (its priority column:
High/Medium/Low, Essential/Important/Desirable, Priority 1/2/3), so that the end asked selects
the value at that end of every paper in scope."""

from __future__ import annotations

import re

from assistant.analysis import QueryAnalysis
from assistant.analysis.negated_states import excluding_cue
from assistant.analysis.reading import negation_before
from assistant.analysis.rows_asked import asks_rows
from assistant.answers.context import AnswerContext
from assistant.text import NOT_PRIORITY, stem

# the rank of the words a rating value is written with: a general lexicon of urgency, severity
# and importance, highest first (a value's rank is that of its highest word)
_VALUE_RANKS: dict[str, int] = {
    **dict.fromkeys("critical urgent fundamental essential immediate severe extreme".split(), 4),
    **dict.fromkeys("high significant important major red serious".split(), 3),
    **dict.fromkeys("medium moderate amber normal standard".split(), 2),
    **dict.fromkeys("low minor desirable green advisory routine housekeeping".split(), 1),
}
_VERY = frozenset({"very", "extremely"})
_NUMBERED = re.compile(r"^\s*(?:(?:priority|grade|category|level|p)\s*)?(\d)\s*$", re.I)

# the question's side: an end of the scale named by a degree word and a word of urgency
_SCALE_WORDS = (
    r"(?:urgen(?:t|cy)|pressing|important|importance|priorit(?:y|ies|ised)|serious|severe|"
    r"severity|critical|crucial|risk(?:y|s)?|significant|rated|rating|grade|concern(?:ing)?)"
)
# 'high on the priority list', 'low down the order of importance'
_ON_THE_LIST = (
    rf"(?:up|down)?\s*(?:on|in)\s+the\s+{_SCALE_WORDS}\s+(?:list|scale|order|ladder|ranking)"
)
_TOP = re.compile(
    rf"\b(?:most|highest|top|greatest|biggest|very|extremely)[- ]+{_SCALE_WORDS}\b|"
    r"\b(?:top|first)[- ]+(?:rated|ranked|tier)\b|"
    rf"\b(?:high|top)(?:est)?\s+{_ON_THE_LIST}\b",
    re.I,
)
# the middle of a scale: 'middling priority', 'mid-ranking', 'of intermediate importance'
_MIDDLE = re.compile(
    rf"\b(?:middling|mid|middle|intermediate)[- ]+(?:level\s+|range\s+)?{_SCALE_WORDS}\b|"
    r"\bmid[- ](?:rated|ranked|ranking|tier)\b",
    re.I,
)
_BOTTOM = re.compile(
    rf"\b(?:least|lowest|bottom|smallest|lesser)[- ]+{_SCALE_WORDS}\b|"
    r"\b(?:lowest|bottom)[- ]+(?:rated|ranked|tier)\b|"
    rf"\b(?:low|bottom)(?:est)?\s+{_ON_THE_LIST}\b",
    re.I,
)
# a word of urgency said of the rows themselves: 'which are critical?', 'the urgent ones'
_ROW_NOUN = r"(?:ones?|items?|actions?|recommendations?|issues?|findings?|points?|risks?|recs?)"
_BARE_TOP = re.compile(
    rf"\b(?:(?:are|is|as|be|being)\s+(?P<pred>urgent|critical|crucial|pressing|must[- ]dos?)\b|"
    rf"(?P<attr>urgent|critical|crucial|pressing|must[- ]do)\s+{_ROW_NOUN}\b|"
    r"(?:the|of|those|any)\s+[\w\s]{0,30}?(?P<noun>must[- ]dos)\b)",
    re.I,
)
# rows asked with 'which are the …': 'which are the most urgent recommendations?'
_WHICH_ARE = re.compile(
    rf"\b(?:which|what)\s+(?:are|were)\s+(?:the\s+)?(?:[\w-]+\s+){{0,3}}"
    rf"(?:{_ROW_NOUN}|priorities)\b",
    re.I,
)
_BARE_BOTTOM = re.compile(rf"\b(?P<attr>minor|trivial)\s+{_ROW_NOUN}\b", re.I)


def value_rank(value: str) -> int | None:
    """Where a rating value stands on its paper's scale (higher is more pressing): a grade
    written with a number ranks by it, 1 first ('Priority 1', 'P2'); else by its words."""
    numbered = _NUMBERED.match(value)
    if numbered:
        return 10 - int(numbered.group(1))
    words = re.findall(r"[a-z]+", value.lower())
    ranks = [_VALUE_RANKS[w] for w in words if w in _VALUE_RANKS]
    if not ranks:
        return None
    return max(ranks) + (1 if _VERY & set(words) else 0)


def scale_ends(values: frozenset[str]) -> tuple[str, str] | None:
    """The top and the bottom value of one paper's ratings, or None when some value has no
    place on a scale (a rating written in words the lexicon does not order)."""
    ranked = [(value_rank(v), v) for v in values]
    if len(ranked) < 2 or any(r is None for r, _ in ranked):
        return None
    ordered = sorted(ranked, key=lambda rv: (-(rv[0] or 0), rv[1]))
    if ordered[0][0] == ordered[-1][0]:
        return None
    return ordered[0][1], ordered[-1][1]


def _between_ends(values: frozenset[str]) -> list[str]:
    """One paper's ratings strictly between its top and its bottom ('Medium' of High, Medium,
    Low); none when its ratings are not all on the scale."""
    ends = scale_ends(values)
    if ends is None:
        return []
    top, bottom = value_rank(ends[0]) or 0, value_rank(ends[1]) or 0
    return [v for v in values if bottom < (value_rank(v) or 0) < top]


def end_asked(question: str, held: set[str]) -> tuple[str, str] | None:
    """('top', 'bottom' or 'middle', the words naming it) when the question names an end of a rating
    scale by meaning; a bare word that is a value the papers hold ('critical' where a paper
    rates 'Critical') is that value, left to the held reading."""
    held_stems = {stem(w) for v in held for w in re.findall(r"[a-z]+", v.lower())}
    for pattern, end in ((_BOTTOM, "bottom"), (_TOP, "top"), (_MIDDLE, "middle")):
        found = pattern.search(question)
        if found:
            return end, found.group(0)
    for pattern, end in ((_BARE_TOP, "top"), (_BARE_BOTTOM, "bottom")):
        for found in pattern.finditer(question):
            word = found.groupdict().get("pred") or found.group("attr") or found["noun"]
            if stem(word.lower()) in held_stems:
                return "held", word
            if not negation_before(question, found.start()):
                return end, found.group(0)
    return None


def _plain_end(priority: str, held: set[str]) -> tuple[str, str] | None:
    """'High' or 'Low' read from the question where no paper in scope holds that value but
    grades on a scale of its own ('high priority' of a paper rating 'Priority 1' to 3)."""
    word = priority.removeprefix(NOT_PRIORITY).lower()
    if not held or word in {v.lower() for v in held} or word not in ("high", "low"):
        return None
    return ("top" if word == "high" else "bottom"), word


def priorities_by_paper(q: QueryAnalysis, context: AnswerContext) -> dict[str, frozenset[str]]:
    """The priority values each paper in ``q``'s scope holds, by document id."""
    wanted = set(q.documents)
    held = context.register.priorities_by_document()
    return {d: values for d, values in held.items() if not wanted or d in wanted}


def scaled_priority(
    q: QueryAnalysis, context: AnswerContext, scales: dict[str, frozenset[str]] | None = None
) -> QueryAnalysis:
    """``q`` with its priority read from an end of the scale it names by meaning: the top (or
    bottom) value of each paper in scope, several joined by ' or ' where papers grade
    differently; ``q`` itself when it names none, or no paper in scope orders its ratings.
    ``scales``: :func:`priorities_by_paper` of ``q``, when the caller has read them."""
    if q.intent not in ("list", "count", "lookup") or len(q.refs) == 1:
        return q
    if q.intent == "lookup" and not (asks_rows(q.question) or _WHICH_ARE.search(q.question)):
        return q
    scales = priorities_by_paper(q, context) if scales is None else scales
    held = {v for values in scales.values() for v in values}
    asked = _plain_end(q.priority, held) if q.priority else end_asked(q.question, held)
    if asked is None:
        return q
    end, words = asked
    if end == "held":
        value = next(v for v in sorted(held) if stem(v.lower()) == stem(words.lower()))
        chosen = [value]
    elif end == "middle":
        chosen = sorted({v for values in scales.values() for v in _between_ends(values)})
    else:
        ends = [scale_ends(values) for values in scales.values()]
        chosen = sorted({e[0 if end == "top" else 1] for e in ends if e is not None})
    if not chosen:
        return q
    priority = " or ".join(chosen)
    at = q.question.lower().find(words.lower())
    if q.priority and q.priority.startswith(NOT_PRIORITY):
        priority = f"{NOT_PRIORITY}{priority}" if len(chosen) == 1 else q.priority
    elif len(chosen) == 1 and (negation_before(q.question, at) or excluding_cue(q.question, at)):
        priority = f"{NOT_PRIORITY}{priority}"  # 'leaving aside the most urgent': the others
    said = {w.lower() for w in re.findall(r"[A-Za-z]+", words)}
    return q.model_copy(
        update={
            "priority": priority,
            "intent": "list" if q.intent == "lookup" else q.intent,
            "terms": [t for t in q.terms if t.lower() not in said],
            "subject_terms": [t for t in q.subject_terms if t.lower() not in said],
            "terms_not": [t for t in q.terms_not if t.lower() not in said],
        }
    )

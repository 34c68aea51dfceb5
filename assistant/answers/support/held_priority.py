"""A rating the register holds, named in a list or count question ('the Priority 1
recommendations', 'which carry a high risk rating', 'the Essential ones'), read as the priority
filter: the value is linked by its spelling in the papers in scope, not from a fixed word list,
so a paper that grades by 'Essential' or 'Priority 2' is asked as one grading by 'High'."""

from __future__ import annotations

import re

from assistant.analysis import QueryAnalysis
from assistant.analysis.negated_states import excluding_cue
from assistant.analysis.reading import negation_before
from assistant.answers.context import AnswerContext
from assistant.answers.support.rating_scale import priorities_by_paper, scaled_priority
from assistant.text import NOT_PRIORITY

# words that make a value beside them a rating: 'high risk', 'rated Essential', 'grade of'
_CUE_AFTER = r"(?:[- ](?:risk|priority|rating|rated|grading|grade|importance)\b)"
_CUE_BEFORE = r"(?:\b(?:rated|graded|ranked|classed|assessed|priority|rating|grade|as)\s+)"


def _held(scales: dict[str, frozenset[str]]) -> list[str]:
    """The priority values of the papers in scope, the longest first."""
    values = {v for held in scales.values() for v in held}
    return sorted(values, key=lambda v: (-len(v), v))


def held_priority(q: QueryAnalysis, context: AnswerContext) -> QueryAnalysis:
    """``q`` with its priority read from a rating the register holds that the question names
    with a word of rating beside it, or written as the papers write it (capitals or a number:
    'Priority 1', 'Essential'); ``q`` itself when it has one already or names none. Refs
    narrow only as a set of two or more ('which of R1 and R2 are high risk?')."""
    if len(q.refs) == 1:
        return q
    joined = _joined_ratings(q, context) if q.intent in ("list", "count") else None
    if joined is not None:
        return joined
    if q.priority or q.intent not in ("list", "count"):
        return scaled_priority(q, context)  # 'which are the most urgent ones?'
    scales = priorities_by_paper(q, context)  # read once, for both readings
    for value in _held(scales):
        spelt = r"\s+".join(re.escape(w) for w in value.split())
        cued = re.search(
            rf"{_CUE_BEFORE}{spelt}\b|\b{spelt}{_CUE_AFTER}", q.question, re.I
        ) or re.search(
            rf"\b{spelt}\b", q.question, re.I if re.search(r"\d", value) else 0
        )  # a grade with a number is the paper's, however cased ('priority 1')
        if cued is None or (
            cued.group(0).strip() == value and not _written(value, cued.group(0), cued.start())
        ):
            continue
        said = {w.lower() for w in re.findall(r"[A-Za-z0-9]+", cued.group(0))}
        left_out = negation_before(q.question, cued.start()) or excluding_cue(
            q.question, cued.start()
        )  # 'setting aside the high-risk ones': the other ratings
        return q.model_copy(
            update={
                "priority": f"{NOT_PRIORITY}{value}" if left_out else value,
                "terms": [t for t in q.terms if t.lower() not in said],
                "subject_terms": [t for t in q.subject_terms if t.lower() not in said],
                "terms_not": [t for t in q.terms_not if t.lower() not in said],
                # 'Priority 1' is the value asked by, not the priority asked for
                "fields": [f for f in q.fields if f != "priority"],
            }
        )
    return scaled_priority(q, context, scales)  # 'the most urgent ones': an end of each scale


_JOIN = r"\s*(?:,\s*(?:or\s+|and\s+)?|\s(?:or|and|and/or)\s+|/)\s*"


def _joined_ratings(q: QueryAnalysis, context: AnswerContext) -> QueryAnalysis | None:
    """'critical or high', 'Amber and Red', 'medium/low': two ratings or more the papers in
    scope hold, joined: the rows rated any of them (however cased: the join says they are
    values of one column)."""
    values = _held(priorities_by_paper(q, context))
    if len(values) < 2:
        return None
    spelt = "|".join(r"\s+".join(re.escape(w) for w in v.split()) for v in values)
    found = re.search(rf"\b(?:{spelt})(?:{_JOIN}(?:{spelt}))+\b", q.question, re.I)
    if found is None:
        return None
    chosen = [v for v in values if re.search(rf"\b{re.escape(v)}\b", found.group(0), re.I)]
    if len(chosen) < 2:
        return None
    said = {w.lower() for w in re.findall(r"[A-Za-z0-9]+", found.group(0))}
    left_out = negation_before(q.question, found.start()) or excluding_cue(
        q.question, found.start()
    )
    if left_out:
        return None  # 'not high or medium': left to the single reading
    return q.model_copy(
        update={
            "priority": " or ".join(chosen),
            "terms": [t for t in q.terms if t.lower() not in said],
            "subject_terms": [t for t in q.subject_terms if t.lower() not in said],
            "fields": [f for f in q.fields if f != "priority"],
        }
    )


def _written(value: str, said: str, at: int) -> bool:
    """A rating spelt so that it is not an ordinary word where the question writes it: with a
    number or in capitals past its first letter ('Priority 1', 'P2', 'HIGH'), or capitalised
    inside the sentence as the paper writes it ('which are Essential?')."""
    if re.search(r"\d", value) or value[1:] != value[1:].lower():
        return True
    return at > 0 and said[:1].isupper() and said == value


def rating_unfigured(q: QueryAnalysis) -> QueryAnalysis:
    """``q`` with the number of the rating it asks by taken out of its words ('the Priority 1
    recommendations' -> 'the Priority recommendations'): the number names a grade the papers
    hold, not a figure the question takes for granted."""
    if not q.priority or not re.search(r"\d", q.priority):
        return q
    spelt = r"\s+".join(re.escape(w) for w in q.priority.split())
    unfigured = re.sub(spelt, re.sub(r"\s*\d+", "", q.priority), q.question, flags=re.I)
    return q if unfigured == q.question else q.model_copy(update={"question": unfigured})

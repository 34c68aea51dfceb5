"""'When is the one that was pushed back due now?', 'who owns the one whose deadline was
revised?', 'what priority are the ones still open?': a row of the list just shown, picked by a
state it is in rather than by words its cells hold.

:mod:`assistant.one_described` picks by the words of a row's cells; a description such as
'pushed back', 'still open' or 'delayed' is in no cell. It is read here as the register reads
a list question: 'Which actions <description>?' is analysed, and the register filters it
makes (status, slipped or revised deadline, priority, degree, owner, a deadline window) are
checked against the listed rows' fields. The shortest description that picks as 'one' or
'ones' asks is put as the rows' names; a longer one replaces it only when it filters more
('the one still open due …' stops before 'due', the question's own word).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from assistant.analysis import QueryAnalysis
from assistant.antecedents import MAX_NAMED, Previous, join_names
from assistant.one_described import BY_PLACE, ELLIPTICAL, MODIFIER, ONE, described_one, listed
from assistant.register import RecordQuery, Register
from ingest.errors import GovragError
from ingest.model import ActionRecord

__all__ = ["DESCRIBED_STATE", "state_described"]

# 'the one that …', 'the ones whose …', 'the one still …': a definite 'one' with a clause,
# which needs a list shown to pick from, whatever the question's length
DESCRIBED_STATE = re.compile(r"\bthe\s+ones?\s+(?:that|which|whose|still)\b", re.I)

# a relative word that opens the description: read as the list question's own clause
_RELATIVE = re.compile(r"^\s*(?:that|which|who)\s+", re.I)


def _state_query(analysis: QueryAnalysis) -> RecordQuery | None:
    """The filters of ``analysis`` that say what state a row is in; None when it makes none
    (a topic, a paper or a year is what the word rules and the paper rules read)."""
    query = RecordQuery(
        status=analysis.statuses or None,
        slipped=analysis.slipped,
        min_extensions=analysis.min_extensions,
        revised=analysis.revised,
        owner=analysis.owner,
        priority=analysis.priority,
        due_from=analysis.due_from,
        due_to=analysis.due_to,
        no_due=analysis.no_due,
        degree=analysis.degree,
        status_says=analysis.status_says or None,
    )
    return None if query == RecordQuery() else query


def _pick(
    description: str,
    rows: list[tuple[ActionRecord, str]],
    plural: bool,
    analyse: Callable[[str], QueryAnalysis],
    register: Register,
) -> tuple[RecordQuery, list[tuple[ActionRecord, str]]] | None:
    """The state filter ``description`` makes and the listed rows it keeps, when it keeps as
    'one' (exactly one) or 'ones' (some, not all) asks; else None."""
    try:
        analysis = analyse(f"Which actions {_RELATIVE.sub('', description).strip()}?")
    except GovragError:
        return None
    query = _state_query(analysis)
    if query is None:
        return None
    chosen = [(r, n) for r, n in rows if register.matches(r, query)]
    fits = len(chosen) == 1 or (plural and 1 <= len(chosen) < len(rows))
    return (query, chosen) if fits and len(chosen) <= MAX_NAMED else None


def state_described(
    question: str,
    previous: Previous | None,
    analyse: Callable[[str], QueryAnalysis],
    register: Register,
) -> str | None:
    """``question`` with 'the one(s) <state>' put as the listed rows in that state; None when
    it has no such phrase, the words of the rows already pick (:func:`described_one`), the
    state picks no row as asked, or nothing else is asked ('and the one still open?': the
    pick rules carry the last question)."""
    if previous is None or described_one(question, previous) is not None:
        return None
    rows = listed(previous)
    if len(rows) < 2:
        return None
    for found in ONE.finditer(question):
        pre, post = found.group("pre"), found.group("post")
        if {w.lower() for w in pre.split()} & BY_PLACE or re.search(r"\d", pre):
            continue
        if post and not MODIFIER.match(post):
            post = ""
        plural = found.group("head").lower() == "ones"
        best: tuple[int, list[tuple[ActionRecord, str]]] | None = None
        said: RecordQuery | None = None
        for end in [0, *(m.end() for m in re.finditer(r"[\w'’-]+", post))]:
            description = f"{pre} {post[:end]}".strip()
            if not description:
                continue
            picked = _pick(description, rows, plural, analyse, register)
            if picked is not None and picked[0] != said:
                said, best = picked[0], (end, picked[1])
        if best is None:
            continue
        end, chosen = best
        stop = found.start("post") + end
        if ELLIPTICAL.fullmatch(question[: found.start()] + question[stop:]):
            return None
        names = join_names([r for r, _ in chosen], [n for _, n in chosen])
        return question[: found.start()] + names + question[stop:]
    return None

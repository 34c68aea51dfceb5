"""'is there a matching Audit Commission recommendation?', 'any similar action in the 2007/08
plan?' after a turn about one record: the row most likely to raise the same issue, by the thread
score that links re-raised issues (:mod:`assistant.threads`)."""

from __future__ import annotations

from collections.abc import Callable

from assistant.analysis import QueryAnalysis
from assistant.antecedents import Previous, record_names
from assistant.more_rows import SIMILAR_ROW
from assistant.register import Register
from assistant.threads import MIN_LINK
from ingest.errors import GovragError


def similar_row(
    question: str,
    previous: Previous | None,
    analyse: Callable[[str], QueryAnalysis],
    register: Register,
) -> str | None:
    """The row of the paper or section named (else of the other papers) that most likely
    raises the same issue as the one record of ``previous`` (wording, shared rarer themes,
    owner), asked about as 'What is <row> about?'. None when the question is not of that form,
    or no row is close enough (then it is asked as written, and finds nothing)."""
    if previous is None or not SIMILAR_ROW.search(question):
        return None
    if len({r.id for r in previous.records}) != 1:
        return None
    focus = previous.records[0]
    try:
        asked = analyse(question)
    except GovragError:
        return None
    sections = {s.lower() for s in [*asked.sections, asked.section or ""] if s}
    candidates = [
        r
        for r in register.all()
        if r.id != focus.id
        and (r.document.id in asked.documents if asked.documents else True)
        and (not sections or (r.section or "").lower() in sections)
        and (asked.documents or sections or r.document.id != focus.document.id)
    ]
    threads = register.threads()
    scored = sorted(
        (
            (max(threads.score(r, focus), threads.score(focus, r)), i)
            for i, r in enumerate(candidates)
        ),
        reverse=True,
    )
    if not scored or scored[0][0] < MIN_LINK:
        return None
    best = candidates[scored[0][1]]
    return f"What is {record_names(register, [best])[0]} about?"

"""'is there a matching Audit Commission recommendation?', 'any similar action in the 2007/08
plan?' after a turn about one record: the row most likely to raise the same issue, by the thread
score that links re-raised issues (:mod:`assistant.threads`), else, where no thread links them
(two lists of one paper), by the rarer words their cells share, when one row clearly leads."""

from __future__ import annotations

import math
from collections.abc import Callable

from assistant.analysis import QueryAnalysis
from assistant.antecedents import Previous, record_names
from assistant.more_rows import SIMILAR_ROW
from assistant.register import Register
from assistant.text import every_cell_text, stems
from assistant.threads import MIN_LINK
from ingest.errors import GovragError
from ingest.model import ActionRecord
from vectorstore.bm25 import STOPWORDS

_LEAD = 1.4  # the best row's shared weight over the next one's: one row clearly leads
_MIN_SHARED = 3  # rarer words a row must share with the focus to be its match


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
    # after passages, the row in focus is the first quoted (the others were quoted in passing)
    rows = previous.records[:1] if previous.quoted else previous.records
    if len({r.id for r in rows}) != 1:
        return None
    focus = rows[0]
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
    # two lists of one paper are no re-raising (threads link papers): their shared words decide
    one_paper = all(r.document.id == focus.document.id for r in candidates)
    held = register.memo("similar-row:word-counts", lambda: word_counts(register.all()))
    best = worded_match(focus, candidates, register.all(), held) if one_paper else None
    if best is None and scored and scored[0][0] >= MIN_LINK:
        best = candidates[scored[0][1]]
    if best is None and not one_paper:
        best = worded_match(focus, candidates, register.all(), held)
    if best is None:
        return None
    return f"What is {record_names(register, [best])[0]} about?"


def word_counts(everything: list[ActionRecord]) -> tuple[int, dict[str, int]]:
    """How many rows there are, and how many of them hold each word (kept per generation)."""
    counts: dict[str, int] = {}
    for record in everything:
        for word in _words(record):
            counts[word] = counts.get(word, 0) + 1
    return len(everything), counts


def worded_match(
    focus: ActionRecord,
    candidates: list[ActionRecord],
    everything: list[ActionRecord],
    held: tuple[int, dict[str, int]] | None = None,
) -> ActionRecord | None:
    """The candidate whose cells share the most weight of words with ``focus``'s (each word
    weighted by how few rows of ``everything`` hold it: ``held``, from :func:`word_counts`,
    when already counted), when it shares at least ``_MIN_SHARED`` words and leads the next by
    ``_LEAD``; else None."""
    rows, counts = held if held is not None else word_counts(everything)
    own = _words(focus)
    scored = sorted(
        (
            (sum(math.log(rows / counts.get(w, 1)) for w in shared), len(shared), i)
            for i, r in enumerate(candidates)
            if len(shared := own & _words(r)) >= _MIN_SHARED
        ),
        reverse=True,
    )
    if not scored or scored[0][0] <= 0 or (len(scored) > 1 and scored[0][0] < _LEAD * scored[1][0]):
        return None
    return candidates[scored[0][2]]


def _words(record: ActionRecord) -> set[str]:
    return {w for w in stems(every_cell_text(record)) if w not in STOPWORDS}

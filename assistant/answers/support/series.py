"""An item followed through its body's series of papers: the rows of one body's papers that are
the same item (the same ref with some of the same wording, or nearly the same wording), one a
paper, ordered by the papers' dates (papers of one date by the number their names end in).

A question asking the item's state now or in the end ('is X done yet?', 'did X ever finish?',
'what is the latest on X?'), naming no paper or year, is answered from the latest paper's row.

    item_series(row, register, documents)   # [report 1's row, report 2's row, …]
    state_version(q, row, context)       # the latest paper's row when the state now is asked
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from assistant.analysis import QueryAnalysis
from assistant.analysis.carried import paper_when
from assistant.analysis.series_order import series_body
from assistant.answers.context import AnswerContext
from assistant.answers.support.carried_rows import like_positions
from assistant.register import Register
from assistant.threads import MIN_LINK, SAME_ACTION, similarity
from ingest.model import ActionRecord, DocumentInfo

__all__ = ["asks_state_now", "item_series", "same_item", "state_version"]


def _ref(record: ActionRecord) -> str:
    return re.sub(r"[^a-z0-9]", "", (record.ref or "").lower())


def same_item(row: ActionRecord, other: ActionRecord) -> bool:
    """Whether two rows are one item: the same ref and some of the same wording (a ref alone is
    reused by every paper's own list), or nearly the same wording."""
    score = similarity(row, other)
    if _ref(row) and _ref(row) == _ref(other):
        return score >= MIN_LINK
    return score >= SAME_ACTION


def item_series(
    record: ActionRecord, register: Register, documents: Sequence[DocumentInfo]
) -> list[ActionRecord]:
    """``record`` and the rows of its body's other papers (of ``documents``) that are the same
    item, the likest one a paper, oldest paper first; [record] when its paper has no date or
    body, or is not among ``documents``. Only the register's rows that may be the same issue
    (:func:`~assistant.answers.support.carried_rows.like_positions`, a superset of the same
    item's) are compared, in register order."""
    by_id = {d.id: d for d in documents}
    paper = by_id.get(record.document.id)
    if paper is None or not series_body(paper) or not paper_when(paper):
        return [record]
    body = series_body(paper)
    best: dict[str, tuple[float, ActionRecord]] = {}
    every = register.all()
    for row in (every[p] for p in like_positions(record, register).tolist()):
        other = by_id.get(row.document.id)
        if other is None or other.id == paper.id or not paper_when(other):
            continue
        if series_body(other) != body or not same_item(row, record):
            continue
        score = similarity(row, record)
        if other.id not in best or score > best[other.id][0]:
            best[other.id] = (score, row)
    rows = [record] + [row for _, row in best.values()]
    return sorted(rows, key=lambda r: paper_when(by_id[r.document.id]))


# words asking a row's state as it stands now or as it ended: 'is X done yet?', 'did X ever
# finish?', 'is X still open?', 'what happened to X in the end?'; not 'now that …' (a clause
# giving a reason), 'ever since', 'still more'
_STATE_NOW = re.compile(
    r"\b(?:yet|now(?!\s+that\b)|still(?!\s+more\b)|ever(?!\s+since\b)|currently|current|"
    r"latest|presently|eventually|finally|in\s+the\s+end|at\s+last|so\s+far|to\s+date|"
    r"as\s+things\s+stand)\b",
    re.I,
)


def asks_state_now(q: QueryAnalysis) -> bool:
    """Whether the question asks a row's state now or in the end, naming no year."""
    return not (q.years or q.since or q.until) and bool(_STATE_NOW.search(q.question))


def _papers(q: QueryAnalysis, context: AnswerContext) -> list[DocumentInfo]:
    """The papers in scope: those the question names, else all."""
    return [d for d in context.documents if not q.documents or d.id in q.documents]


def state_version(q: QueryAnalysis, record: ActionRecord, context: AnswerContext) -> ActionRecord:
    """``record``, or the same item's row in the latest paper in scope when the question asks
    its state now or in the end (a paper named keeps its own row)."""
    if not asks_state_now(q):
        return record
    series = item_series(record, context.register, _papers(q, context))
    return series[-1]


def earlier_rows(
    q: QueryAnalysis, record: ActionRecord, context: AnswerContext
) -> list[ActionRecord]:
    """The rows of ``record``'s item in the papers in scope before its own, oldest first, when
    the question asks the state now; [] otherwise."""
    if not asks_state_now(q):
        return []
    series = item_series(record, context.register, _papers(q, context))
    return series[: [r.id for r in series].index(record.id)]

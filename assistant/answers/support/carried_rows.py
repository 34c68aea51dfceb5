"""The rows of a paper its body's earlier paper also holds ('carried over from the previous
year'), or does not ('new this year'): the same row is the same ref with some of the same
wording, or nearly the same wording (:func:`assistant.threads.similarity`)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from assistant.analysis import QueryAnalysis
from assistant.analysis.carried import earlier_paper, later_paper
from assistant.analysis.due_asked import asked_due_kind
from assistant.answers.context import AnswerContext
from assistant.threads import MIN_LINK, SAME_ACTION, similarity
from ingest.model import ActionRecord, DocumentInfo


def _ref(record: ActionRecord) -> str:
    return re.sub(r"[^a-z0-9]", "", (record.ref or "").lower())


def same_row(later: ActionRecord, earlier: ActionRecord) -> bool:
    """Whether ``later`` re-reports ``earlier``: its ref with some of its wording (a bare
    number is reused for other rows), or nearly its wording."""
    score = similarity(later, earlier)
    if _ref(later) and _ref(later) == _ref(earlier):
        return score >= MIN_LINK or not _ref(later).isdigit()
    return score >= SAME_ACTION


def carried_rows(
    records: Sequence[ActionRecord],
    every: Sequence[ActionRecord],
    documents: Sequence[DocumentInfo],
    kind: str,
    year: int | None = None,
) -> list[ActionRecord] | None:
    """Of ``records``, those whose body's earlier paper (of ``year``, if given) holds the same
    row (``kind`` 'earlier') or does not ('new'); for 'later' ('which of the 2024 ones were
    partly done the year before?': ``records`` hold the state), the rows of the body's later
    paper that re-report them, which the question asks of. None when no record's paper has
    such a paper of its body, so the phrase can choose nothing."""
    by_id = {d.id: d for d in documents}
    earlier_rows: dict[str, list[ActionRecord]] = {}
    for record in every:
        earlier_rows.setdefault(record.document.id, []).append(record)
    kept: list[ActionRecord] = []
    resolved = False
    for record in records:
        paper = by_id.get(record.document.id)
        step = later_paper if kind == "later" else earlier_paper
        other = step(paper, documents, year) if paper else None
        if other is None:
            continue
        resolved = True
        if kind == "later":  # the later paper's rows are the ones asked of: those listed
            kept += [e for e in earlier_rows.get(other.id, []) if same_row(e, record)][:1]
            continue
        held = any(same_row(record, e) for e in earlier_rows.get(other.id, []))
        if held == (kind != "new"):
            kept.append(record)
    unique = list({r.id: r for r in kept}.values())
    return unique if resolved else None


def latest_version(
    record: ActionRecord,
    every: Sequence[ActionRecord],
    documents: Sequence[DocumentInfo],
    onward: bool = True,
) -> ActionRecord:
    """``record`` as its body's latest paper re-reports it (its row again in the next paper,
    and the next, while each holds it), else ``record`` itself: the row that states the
    deadline it has now. Not ``onward``: as its body's earliest paper first reported it (the
    row that states the deadline first set)."""
    by_id = {d.id: d for d in documents}
    step = later_paper if onward else earlier_paper
    current = record
    for _ in range(len(documents)):
        paper = by_id.get(current.document.id)
        other = step(paper, documents, None) if paper else None
        if other is None:
            break
        again = [
            e
            for e in every
            if e.document.id == other.id
            and (same_row(e, current) if onward else same_row(current, e))
        ]
        if not again:
            break
        current = max(again, key=lambda e: similarity(e, current))
    return current


# words that ask the deadline a row has now, not the one its paper first set
_NOW = re.compile(r"\b(?:now|currently|current|latest|presently)\b", re.I)


def due_version_asked(q: QueryAnalysis) -> str | None:
    """Which paper's row states the deadline asked, of no year the question names (of the
    papers it names, when it names a body's papers):
    'first' for the deadline first set ('what was X meant to be done by originally?': the
    body's earliest paper that holds the row), 'current' for the one it has now ('the new
    deadline', 'what was X pushed back to?', 'when is X due now?': its latest); None for any
    other question, which the row found answers as it stands."""
    if "due" not in q.fields or q.years or q.refs:
        return None
    kind = asked_due_kind(q.question)
    if kind == "first":
        return "first"
    if kind == "current" and (q.revised or _NOW.search(q.question)):
        return "current"
    return None


def version_asked(q: QueryAnalysis, record: ActionRecord, context: AnswerContext) -> ActionRecord:
    """``record``, or the same row in its body's paper whose deadline the question asks
    (:func:`due_version_asked`): the earliest for the first deadline, the latest for now."""
    version = due_version_asked(q)
    if version is None:
        return record
    every = context.register.loaded().records
    papers = [d for d in context.documents if not q.documents or d.id in q.documents]
    return latest_version(record, every, papers, onward=version == "current")  # of those named

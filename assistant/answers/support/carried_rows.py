"""The rows of a paper its body's earlier paper also holds ('carried over from the previous
year'), or does not ('new this year'): the same row is the same ref with some of the same
wording, or nearly the same wording (:func:`assistant.threads.similarity`)."""

from __future__ import annotations

import re
from array import array
from collections.abc import Sequence
from functools import lru_cache

import numpy as np
import numpy.typing as npt

from assistant.analysis import QueryAnalysis
from assistant.analysis.carried import earlier_paper, later_paper
from assistant.analysis.due_asked import asked_due_kind
from assistant.answers.context import AnswerContext
from assistant.register import Register
from assistant.threads import MIN_LINK, SAME_ACTION, key_stems, similarity
from ingest.model import ActionRecord, DocumentInfo


@lru_cache(maxsize=65536)
def _bare(ref: str) -> str:
    return re.sub(r"[^a-z0-9]", "", ref.lower())


def _ref(record: ActionRecord) -> str:
    return _bare(record.ref or "")


def same_row(later: ActionRecord, earlier: ActionRecord) -> bool:
    """Whether ``later`` re-reports ``earlier``: its ref with some of its wording (a bare
    number is reused for other rows), or nearly its wording. Symmetric: either order is the
    same test."""
    return same_row_scored(later, _ref(earlier), similarity(later, earlier))


def same_row_scored(row: ActionRecord, ref: str, score: float) -> bool:
    """:func:`same_row` of ``row`` and a row whose bare ref (:func:`_ref`) is ``ref``, with
    their :func:`~assistant.threads.similarity` ``score`` already computed."""
    own = _ref(row)
    if own and own == ref:
        return score >= MIN_LINK or not own.isdigit()
    return score >= SAME_ACTION


def bare_ref(record: ActionRecord) -> str:
    """The record's ref in lower case without spaces or punctuation, as :func:`same_row`
    compares refs."""
    return _ref(record)


_Postings = dict[str, npt.NDArray[np.int32]]
_Issues = tuple[_Postings, _Postings, npt.NDArray[np.int32]]


def _issue_postings(records: Sequence[ActionRecord]) -> _Issues:
    """The positions of the rows holding each wording stem (:func:`key_stems`), of the rows
    of each bare ref, and each row's number of wording stems."""
    by_stem: dict[str, array[int]] = {}
    by_ref: dict[str, array[int]] = {}
    sizes = array("i")
    for position, record in enumerate(records):
        held = key_stems(record)
        sizes.append(len(held))
        for stem in held:
            by_stem.setdefault(stem, array("i")).append(position)
        if ref := _ref(record):
            by_ref.setdefault(ref, array("i")).append(position)
    return (
        {k: np.frombuffer(v, dtype=np.int32) for k, v in by_stem.items()},
        {k: np.frombuffer(v, dtype=np.int32) for k, v in by_ref.items()},
        np.frombuffer(sizes, dtype=np.int32),
    )


def issue_postings(register: Register) -> _Issues:
    """:func:`_issue_postings` of the register, kept per generation."""
    return register.memo("issue postings", lambda: _issue_postings(register.all()))


def like_positions(seed: ActionRecord, register: Register) -> npt.NDArray[np.int32]:
    """The register positions (ascending) of the rows that may be ``seed``'s issue again:
    those of its bare ref, and those whose wording overlaps its own by ``MIN_LINK`` or more
    (their shared stems counted from the postings). Any other row is no re-report
    (:func:`same_row`) and too far in wording to be linked to it, so a search for one reads
    these, not every row of every paper."""
    by_stem, by_ref, sizes = issue_postings(register)
    seed_stems = key_stems(seed)
    parts = [by_stem[s] for s in seed_stems if s in by_stem]
    kept: list[npt.NDArray[np.int32]] = []
    if parts:
        held, shared = np.unique(np.concatenate(parts), return_counts=True)
        union = len(seed_stems) + sizes[held] - shared
        kept.append(held[shared >= (MIN_LINK - 1e-9) * union])  # below it only by rounding
    if (ref := _ref(seed)) and ref in by_ref:
        kept.append(by_ref[ref])
    return np.unique(np.concatenate(kept)) if kept else np.empty(0, dtype=np.int32)


def rows_like(seed: ActionRecord, register: Register) -> dict[str, list[ActionRecord]]:
    """The rows of :func:`like_positions`, by paper, each paper's in its order."""
    found: dict[str, list[ActionRecord]] = {}
    rows = register.all()  # the postings' positions are of this list
    for position in like_positions(seed, register).tolist():
        found.setdefault(rows[position].document.id, []).append(rows[position])
    return found


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

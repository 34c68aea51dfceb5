"""Rows still open, taken as the complement of done over every row in scope.

A list or count of what is 'outstanding', 'not yet achieved' or 'still open' asks for every row
in scope that is not finished. Reading that as the three open statuses leaves out rows whose
status cell the register could not map ('In hand', 'With the service') and rows with no status
at all. Here the complement is taken over the rows the question's other filters keep: a row
whose status cell, in the paper's own words, does not say it is done is open; a row with no
status written is neither, and is counted apart ('2 have no status recorded')."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import numpy as np

from assistant.analysis import QueryAnalysis
from assistant.answers.context import AnswerContext
from assistant.answers.support.figures import figures
from assistant.answers.support.topics import filtered
from assistant.answers.support.written_status import written_status
from assistant.register import Positions
from assistant.text import stem
from ingest.model import ActionRecord
from ingest.status import stated_status

OPEN_STATES = frozenset({"partial", "ongoing", "not_started"})


@dataclass
class OpenRows:
    """The rows asked for (with the open rows the mapped statuses missed) and, apart, the rows
    in scope whose status no cell records."""

    positions: Positions
    added: list[ActionRecord] = field(default_factory=list)
    unrecorded: list[ActionRecord] = field(default_factory=list)


def asks_open(q: QueryAnalysis) -> bool:
    """Whether the question's states are exactly 'not done' (every open status), with no
    status word, degree or slip of its own that would pick among them."""
    return (
        set(q.statuses) == OPEN_STATES
        and not q.status_says
        and not q.degree
        and not q.slipped
        and not q.revised
    )


def open_rows(q: QueryAnalysis, matched: Positions, context: AnswerContext) -> OpenRows | None:
    """The rows of ``matched`` with the rows in the same scope whose state is unknown to the
    register but whose written status does not say done; the rows with no status written
    apart. None when the question does not ask for the open rows, or nothing changes."""
    if not asks_open(q):
        return None
    loaded = context.register.loaded()
    scope = loaded.at(filtered(q.model_copy(update={"statuses": []}), context))
    added: list[ActionRecord] = []
    unrecorded: list[ActionRecord] = []
    for record in scope:
        if record.status != "unknown":
            continue
        written = written_status(record)
        if written is None:
            unrecorded.append(record)
        elif stated_status(written) != "complete":
            added.append(record)
    if not added and not unrecorded:
        return None
    kept = [*loaded.at(matched), *added]
    return OpenRows(loaded.positions_of(kept), added, unrecorded)


def unrecorded_note(rows: OpenRows) -> str | None:
    """'2 have no status recorded (R3, R7), so are not counted as open or done'."""
    if not rows.unrecorded:
        return None
    names = [r.ref for r in rows.unrecorded if r.ref][:8]
    listed = f" ({', '.join(names)})" if names else ""
    verb = "has" if len(rows.unrecorded) == 1 else "have"
    return (
        f"{len(rows.unrecorded)} more in scope {verb} no status recorded{listed}, "
        "so they are not counted as open or as done"
    )


# a label that denies the action was done, in the paper's own words ('Not implemented',
# 'Not yet actioned', 'Not met'): the nearest a paper comes to 'not started' when it has no
# such state
_DENIED_DONE = re.compile(
    r"^\W*not\s+(?:yet\s+)?(?:implemented|actioned|met|achieved|done|complete[d]?|addressed|"
    r"progressed|delivered|in place)\b",
    re.I,
)


@dataclass
class NearestLabel:
    """The rows of the paper's nearest label to a state no row in scope is in."""

    positions: Positions
    labels: list[str]


def unstarted_as_written(
    q: QueryAnalysis, matched: Positions, context: AnswerContext
) -> NearestLabel | None:
    """When the question asks for the rows not started and no row in scope is, the rows whose
    status the paper writes as denying the action was done ('Not implemented'): the paper's
    own label for work not yet done. None when some row is not started, the question names a
    label or degree of its own, or no row in scope carries such a label."""
    if len(matched) or list(q.statuses) != ["not_started"]:
        return None
    if q.status_says or q.degree or q.slipped or q.revised:
        return None
    loaded = context.register.loaded()
    scope = loaded.at(filtered(q.model_copy(update={"statuses": []}), context))
    kept: list[ActionRecord] = []
    labels: dict[str, None] = {}
    for record in scope:
        written = written_status(record)
        if record.status == "complete" or not written or not _DENIED_DONE.match(written):
            continue
        kept.append(record)
        labels[_DENIED_DONE.match(written).group(0).strip(" \t-–:")] = None  # type: ignore[union-attr]
    if not kept:
        return None
    return NearestLabel(loaded.positions_of(kept), list(labels))


def labelled_instead(
    q: QueryAnalysis, matched: Positions, context: AnswerContext
) -> tuple[Positions, QueryAnalysis, str] | None:
    """The rows, the question read by the paper's own label, and a note saying so, when 'not
    started' is asked where no row in scope is (:func:`unstarted_as_written`)."""
    nearest = unstarted_as_written(q, matched, context)
    if nearest is None:
        return None
    labels = " or ".join(f"“{label}”" for label in nearest.labels)
    asked = q.model_copy(update={"statuses": [], "status_says": nearest.labels})
    note = f"no row in scope is marked as not started; listed: those marked {labels}"
    return np.sort(nearest.positions), asked, note


def rows_as_read(q: QueryAnalysis, context: AnswerContext) -> tuple[Positions, str | None]:
    """The rows a list of the question would show: its filters' rows, or, when 'not started'
    is asked where no row in scope is, those the paper's own label marks so
    (:func:`labelled_instead`), with its note. What a count, a grouping or a guard before the
    listing reads."""
    matched = filtered(q, context)
    nearest = labelled_instead(q, matched, context)
    return (matched, None) if nearest is None else (nearest[0], nearest[2])


def totals_rows(q: QueryAnalysis, context: AnswerContext, text: str, noun: str) -> bool:
    """Whether ``text`` counts the ``noun`` as many as the rows of the papers named hold in
    all ('made 11 recommendations' of a paper of 11 rows) while the question asks fewer of
    them (a state, a subject): the paper's total, not the count asked; the rows count it."""
    if not q.documents:
        return False
    named = set(q.documents)
    total = sum(1 for r in context.register.loaded().records if r.document.id in named)
    if not total or len(rows_as_read(q, context)[0]) >= total:
        return False
    kind = f"count of {stem(noun)}"
    return any(f.kind == kind and f.value == total for f in figures(text, heads=True))

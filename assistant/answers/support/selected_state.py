"""The rows a lookup sets by their state ('what comment did the log give against the one action
that was overdue?', 'who owns the overdue action in the September log?'): 'overdue' is read as
the register reads it for a list (not complete and past the current deadline at the paper's
date, or stated overdue), not as any deadline that moved."""

from __future__ import annotations

import numpy as np

from assistant.analysis import QueryAnalysis
from assistant.answers.context import AnswerContext
from assistant.answers.support.overdue_asked import OVERDUE, is_overdue
from assistant.answers.support.topics import filtered
from assistant.register import Positions


def selected(q: QueryAnalysis, context: AnswerContext) -> Positions:
    """The positions of the rows the question's filters keep, 'overdue' read as overdue at
    the paper's date."""
    if not (q.slipped and OVERDUE.search(q.question)):
        return filtered(q, context)
    kept = filtered(q.model_copy(update={"slipped": False}), context)
    rows = context.register.loaded().at(kept)
    return kept[np.array([is_overdue(r) for r in rows], dtype=bool)] if len(kept) else kept

"""The one row a question picks by its deadline among the rows it describes ('the
recommendation with the latest due date', 'which action is due first', 'the soonest
deadline'): a superlative of time on the deadline, read with the words that say it."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Literal

from assistant.analysis.recurrence import BODIES_ASKED
from ingest.model import ActionRecord

Extreme = Literal["earliest", "latest"]

_LATE = r"latest|last|furthest|farthest|final"
_EARLY = r"earliest|first|soonest"
_SUPERLATIVE = rf"({_LATE}|{_EARLY})"
_DEADLINE = (
    r"(?:due[- ]dates?|deadlines?|target[- ]dates?|completion[- ]dates?|timescales?|"
    r"(?<=original )dates?|(?<=revised )dates?)"  # 'the earliest original date': a column's name
)
# 'the latest due date', 'the earliest deadline'; 'is due first', 'falls due last', 'due soonest'
_ON_DEADLINE = re.compile(
    rf"\bthe\s+{_SUPERLATIVE}\s+(?:(?:revised|current|agreed|original)\s+)?{_DEADLINE}\b"
    rf"|\b(?:is|are|was|were|falls?|fell|comes?)\s+due\s+{_SUPERLATIVE}\b"
    rf"|\bdue\s+(?:the\s+)?{_SUPERLATIVE}\b"
    rf"|\b{_SUPERLATIVE}[- ]due\b",
    re.I,
)


def due_extreme(question: str) -> tuple[Extreme, str] | None:
    """Which end of the deadlines the question picks its row at ('latest' for 'the
    recommendation with the latest due date'), with the words that say so; None if none."""
    found = _ON_DEADLINE.search(question)
    if found is None:
        return None
    word = next(g for g in found.groups() if g)
    order: Extreme = "latest" if re.fullmatch(_LATE, word.lower()) else "earliest"
    return order, found.group(0)


def at_extreme(
    records: Sequence[ActionRecord], order: Extreme, words: str = ""
) -> list[ActionRecord]:
    """The rows of ``records`` whose deadline is the latest (or earliest) dated one (all of
    them where several share it); ``records`` themselves when none is dated. When ``words``
    say 'original', the deadline first set (the one a revision moved from, else the only one)."""
    original = bool(re.search(r"\boriginal", words, re.I))

    def when(record: ActionRecord) -> object:
        return (record.revised_from_date or record.due_date) if original else record.due_date

    dated = [r for r in records if when(r)]
    if not dated:
        return list(records)
    pick = max if order == "latest" else min
    end = pick(str(when(r)) for r in dated)
    return [r for r in dated if str(when(r)) == end]


def asked_frames(question: str) -> list[str]:
    """The words that frame what is asked of the rows, not their subject: a superlative on the
    deadline ('the latest due date') and the writers asked for ('which bodies')."""
    extreme = due_extreme(question)
    bodies = BODIES_ASKED.search(question)
    return [w for w in (extreme[1] if extreme else "", bodies.group(0) if bodies else "") if w]

"""A row picked from the rows shown by its date: 'the later one', 'the earlier of the two',
'the one due first', 'whichever is due soonest'.

The comparison is the code's, on the rows' own due dates: the rows the last answer showed are
ordered by date, and the pick is the row at the end the words name, when it is one row (two
rows due the same day are no pick, nor is a row with no date among them).
"""

from __future__ import annotations

import re

from ingest.model import ActionRecord

__all__ = ["DATED_PICK", "dated_pick"]

# 'the last one', 'the first one' count places in the list shown (:func:`picked`); only
# 'due first', 'due last' compare dates
_LATE = r"later|latest|sooner|soonest|earlier|earliest"
_ROW = r"(?:one|item|action|recommendation|record|row|entry)"
DATED_PICK = re.compile(
    # 'the later one', 'the earlier of the two', 'the soonest-due one'
    rf"\bthe\s+(?P<a>{_LATE})(?:[- ]due)?\s+(?:{_ROW}\b|of\s+(?:the\s+)?(?:two|pair|them|those)\b)"
    # 'the one due first', 'the one that is due later', 'whichever is due soonest'
    rf"|\b(?:the\s+{_ROW}\s+(?:that(?:'s|\s+is|\s+was)\s+|which\s+is\s+)?|whichever\s+is\s+)"
    rf"due\s+(?P<b>{_LATE}|first|last)\b",
    re.I,
)
_LATE_END = {"later", "latest", "last"}


def dated_pick(
    question: str, records: list[ActionRecord], names: list[str]
) -> tuple[int, int, list[ActionRecord], list[str]] | None:
    """(start, end of the picking words, [the row], [its name]): of ``records`` (the rows shown,
    named by ``names``), the one due last or first as the words say; None when no such words,
    fewer than two rows, a row without a due date, or a tie at that end."""
    found = DATED_PICK.search(question)
    rows = records[: len(names)]
    if found is None or len(rows) < 2 or any(not r.due_date for r in rows):
        return None
    word = (found.group("a") or found.group("b")).lower()
    ordered = sorted(range(len(rows)), key=lambda i: str(rows[i].due_date))
    at = ordered[-1] if word in _LATE_END else ordered[0]
    end = ordered[-2] if word in _LATE_END else ordered[1]
    if rows[at].due_date == rows[end].due_date:
        return None
    return found.start(), found.end(), [rows[at]], [names[at]]

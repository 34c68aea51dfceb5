"""Rows of the list shown picked by a cell they leave empty: 'the ones without an owner', 'the
one with no deadline', 'the item that has no update', 'the ones nobody is responsible for'.

The noun after 'no' or 'without' is read the way ingest reads a column header
(:func:`ingest.columns.match_header`): 'owner', 'lead', 'named manager' are the owner column,
'deadline', 'target date' the due date, 'grade', 'rating' the priority, 'update', 'notes' the
progress. The rows picked are the shown rows whose cell of that column is empty; 'the one'
must pick exactly one, 'the ones' at least one.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ingest.columns import Role, match_header
from ingest.model import ActionRecord

__all__ = ["lacking_pick"]

# 'the ones', or one row by its noun ('the item that has no owner'); 'the actions with no
# owner' may be a question of its own about a paper, not a pick of the rows shown
_HEAD = r"(?P<head>ones?|item|action|recommendation|row|entry|record)"
_LACKING = re.compile(
    rf"\bthe\s+{_HEAD}\s+"
    r"(?:(?:that|which)\s+(?:has|have|had|carries|carry|shows?|gives?)\s+|"
    r"(?:with|having|showing|carrying)\s+)?"
    r"(?:no|without(?:\s+(?:a|an|any))?|lacking(?:\s+(?:a|an|any))?|"
    r"missing(?:\s+(?:a|an|its|their))?)\s+"
    r"(?P<noun>[a-z]+(?:\s+[a-z]+)?)",
    re.I,
)
# 'the one nobody is responsible for', 'the ones no one owns', 'the one with nobody named'
_NOBODY = re.compile(
    rf"\bthe\s+{_HEAD}\s+(?:(?:that|which|with)\s+)?(?:nobody|no\s+one|no-one)\s+"
    r"(?:is\s+|was\s+|has\s+been\s+)?(?:responsible(?:\s+for(?:\s+(?:it|them))?)?|named|"
    r"owns?|leads?|in\s+charge(?:\s+of(?:\s+(?:it|them))?)?|assigned)\b",
    re.I,
)
_EMPTY: dict[Role, Callable[[ActionRecord], bool]] = {
    Role.OWNER: lambda r: not (r.owner or "").strip(),
    Role.DUE: lambda r: not r.due_date,  # 'Ongoing' or nothing: no date to be due by
    Role.REVISED_DUE: lambda r: not r.due_date,
    Role.PRIORITY: lambda r: not (r.priority or "").strip(),
    Role.PROGRESS: lambda r: not (r.progress or "").strip(),
    Role.STATUS: lambda r: r.status == "unknown" and not (r.status_text or "").strip(),
}


def _role(noun: str) -> tuple[Role, int] | None:
    """The column the noun (its first two words, else its first) names, with the words used."""
    words = noun.split()
    for n in (2, 1) if len(words) > 1 else (1,):
        match = match_header(" ".join(words[:n]).lower())
        if match.basis == "synonym" and match.role in _EMPTY:
            return match.role, n
    return None


def lacking_pick(
    question: str, rows: list[tuple[ActionRecord, str]]
) -> tuple[int, int, list[ActionRecord], list[str]] | None:
    """(start, end of the describing words, the rows picked, their names) of ``rows`` (the
    shown rows with their names), for a description by an empty cell; None when there is no
    such description, its noun names no column, or it picks no row (or, for 'the one',
    several)."""
    found = _LACKING.search(question)
    read = _role(found.group("noun")) if found is not None else None
    if found is not None and read is not None:
        role = read[0]
        words = list(re.finditer(r"[a-z]+", found.group("noun"), re.I))
        end = found.start("noun") + words[read[1] - 1].end()
    else:
        found = _NOBODY.search(question)
        if found is None:
            return None
        role, end = Role.OWNER, found.end()
    empty = _EMPTY[role]
    chosen = [(r, n) for r, n in rows if empty(r)]
    plural = found.group("head").lower().endswith("s")
    if not chosen or (not plural and len(chosen) != 1):
        return None
    return found.start(), end, [r for r, _ in chosen], [n for _, n in chosen]

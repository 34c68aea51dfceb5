"""A period named through a row: 'the actions due the same month as R4', 'what else falls due
in the quarter R4 is due?', 'of the items due the year R4 was first due, which are done?'.

Two steps in one question: the first finds the named row's deadline, the second lists the rows
due within the same month, quarter or year of it. The relation is read from the grammar (a
unit of time tied to a named ref by 'as', or by a clause saying the ref is due); the named row
becomes a window on the due date, within its own paper when the question names none.
"""

from __future__ import annotations

import calendar
import re

from assistant.analysis import QueryAnalysis
from assistant.analysis.due_asked import asked_due_kind
from assistant.answers.context import AnswerContext
from ingest.model import ActionRecord

_UNIT = r"(?P<unit>month|quarter|year)"
# 'due (in) the same month as R4', 'in that same quarter as R4', 'due the month R4 was due'
_SAME_AS = re.compile(
    rf"\b(?:in\s+|during\s+|within\s+)?(?:the\s+|that\s+)?(?:same|very\s+same)\s+{_UNIT}\s+as\s+"
    r"(?P<rest>.{1,60})",
    re.I,
)
_UNIT_OF = re.compile(
    rf"\b(?:in\s+|during\s+|within\s+)?the\s+{_UNIT}\s+(?:that\s+|in\s+which\s+|when\s+)?"
    r"(?P<rest>.{1,40}?)\s+(?:is|was|were|are|falls?|fell)\s+(?:\w+\s+)?due\b",
    re.I,
)

_OTHER = re.compile(r"\b(?:else|other|others)\b", re.I)


def _anchor(question: str, refs: list[str]) -> tuple[str, str, str] | None:
    """(unit, ref, the words naming the row) of a period named through a row, or None."""
    for pattern in (_SAME_AS, _UNIT_OF):
        found = pattern.search(question)
        if found is None:
            continue
        rest = found.group("rest")
        named = [r for r in refs if re.search(rf"(?<![\w/-]){re.escape(r)}(?![\w/-])", rest)]
        if len(named) == 1:
            return found.group("unit").lower(), named[0], found.group(0)
    return None


def _window(iso: str, unit: str) -> tuple[str, str]:
    """The first and last day of the month, calendar quarter or year holding ``iso``."""
    year, month = int(iso[:4]), int(iso[5:7])
    if unit == "year":
        return f"{year}-01-01", f"{year}-12-31"
    first, last = (month, month) if unit == "month" else ((month - 1) // 3 * 3 + 1,) * 2
    if unit == "quarter":
        last = first + 2
    end = calendar.monthrange(year, last)[1]
    return f"{year}-{first:02d}-01", f"{year}-{last:02d}-{end:02d}"


def _row(ref: str, q: QueryAnalysis, context: AnswerContext) -> ActionRecord | None:
    """The one row ``ref`` names (in the question's papers, when it names any)."""
    rows = context.register.with_refs([ref])
    if q.documents:
        rows = [r for r in rows if r.document.id in q.documents]
    return rows[0] if len(rows) == 1 else None


def due_of_named_row(q: QueryAnalysis, context: AnswerContext) -> QueryAnalysis:
    """``q`` with a period named through a row read as a window on the due date (the named
    row's month, quarter or year: its first deadline when the question asks for that), the row
    no longer the subject, and its paper the scope when the question names none; ``q`` itself
    when it names no such period, or the row or its deadline is not held."""
    if not q.refs or q.due_from or q.due_to:
        return q
    anchor = _anchor(q.question, q.refs)
    if anchor is None:
        return q
    unit, ref, words = anchor
    row = _row(ref, q, context)
    if row is None:
        return q
    first = asked_due_kind(words) in ("first", "both")
    iso = (row.revised_from_date if first else None) or row.due_date
    if not iso:
        return q
    start, end = _window(iso, unit)
    others = _OTHER.search(q.question) is not None  # 'what else is due then': not the row
    return q.model_copy(
        update={
            "intent": q.intent if q.intent in ("list", "count") else "list",
            "refs": [r for r in q.refs if r != ref],
            "refs_not": [*q.refs_not, ref] if others else q.refs_not,
            "due_from": start,
            "due_to": end,
            "documents": q.documents or [row.document.id],
            "field": None,
            "fields": [f for f in q.fields if f != "due"],
        }
    )

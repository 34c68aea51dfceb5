"""A deadline window named relative to the paper: 'due this financial year', 'by the end of
the current year'. The period is the one the papers in scope were written in (their date), so
it is read only when they all fall in the same one.

Usage::

    this_period_window("Which actions are due this financial year?", papers)
    # ('2024-04-01', '2025-03-31', 'due this financial year') for papers dated January 2025
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from typing import Protocol

# a deadline's words, then the period of the paper ('due by the end of this financial year')
_THIS = re.compile(
    r"\b(?:due|deadlines?|to be (?:complete[d]?|done|delivered|finished|implemented)|"
    r"scheduled|timetabled|targeted|planned|expected)\s+(?:(?:to\s+)?\w+\s+){0,2}?"
    r"(?P<how>by|before|in|during|within|for)?\s*"
    r"(?:the\s+(?P<edge>end|close)\s+of\s+)?"
    r"(?:this|the\s+current|the\s+present)\s+(?P<unit>(?:financial|fiscal)\s+year|year)\b",
    re.I,
)


class _Paper(Protocol):
    id: str
    date: str | None


def _period_of(day: date, financial: bool) -> tuple[date, date]:
    """The financial year (1 April to 31 March) or calendar year ``day`` falls in."""
    if not financial:
        return date(day.year, 1, 1), date(day.year, 12, 31)
    start = day.year if day.month >= 4 else day.year - 1
    return date(start, 4, 1), date(start + 1, 3, 31)


def this_period_window(
    question: str, documents: Sequence[str], papers: Sequence[_Paper]
) -> tuple[str | None, str, str] | None:
    """The deadline window (ISO start or None, ISO end) a period named relative to the papers
    gives, and its words; None when the question names none, or the papers in scope (those
    named, else all) have no date or were written in different periods."""
    found = _THIS.search(question)
    if found is None:
        return None
    financial = found.group("unit").lower() != "year"
    scope = [p for p in papers if not documents or p.id in documents]
    periods = {_period_of(date.fromisoformat(p.date), financial) for p in scope if p.date}
    if len(periods) != 1 or any(not p.date for p in scope):
        return None
    start, end = periods.pop()
    how = (found.group("how") or "in").lower()
    if how in ("by", "before") or found.group("edge"):
        return None, end.isoformat(), found.group(0)
    return start.isoformat(), end.isoformat(), found.group(0)

"""Periods the deadline cells hold as labels ('Q2 2009', 'Q3 2024/25', 'Summer 2024'), and the
one a question's deadline window names. A paper that writes its deadlines as quarters or
seasons uses its own labels for them: 'due in the second quarter of 2009' asks for the rows it
dated 'Q2 2009', not those it dated by a month that falls in those months ('April 09').

Usage::

    labels = period_labels(["Q2 2009", "April 09", "Q2 2009 Ongoing"])   # {'Q2 2009'}
    held_label("the second quarter of 2009", labels, span)               # 'Q2 2009'
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from datetime import date

# a quarter or a season as a deadline cell writes it, with its year or financial year
_LABEL = re.compile(
    r"\b(?:Q[1-4]|(?:spring|summer|autumn|winter)(?:\s+term)?)\s+(?:19|20)\d\d"
    r"(?:\s*[/-]\s*\d{2}(?:\d{2})?)?(?![\d/-])",
    re.I,
)
# the question's period is a quarter or a season (not a month, a year or a financial year)
_PART = re.compile(r"\b(?:Q[1-4]|quarter|spring|summer|autumn|fall|winter)\b", re.I)

Span = Callable[[str], "tuple[date, date] | None"]


def period_labels(due_texts: Iterable[str | None]) -> set[str]:
    """The quarter and season labels written in deadline cells, as written."""
    return {" ".join(m.group(0).split()) for t in due_texts if t for m in _LABEL.finditer(t)}


def held_label(when: str, labels: Iterable[str], span: Span) -> str | None:
    """The held label naming the same months as the quarter or season ``when`` ('the second
    quarter of 2009' -> 'Q2 2009'), with ``span`` reading both into dates; None when ``when`` is
    no quarter or season, or no held label names its months."""
    if not _PART.search(when):
        return None
    wanted = span(when)
    if wanted is None:
        return None
    same = sorted(label for label in labels if span(label) == wanted)
    return same[0] if same else None

"""A deadline window named by a month or a season without its year ('due by September', 'due
in the autumn'): the year is taken from the papers in scope, where the question names them.
A season their deadline cells write as a label of one year ('Autumn 2024') is that label's
year; otherwise the year of the papers' own date or period end, when they agree. With no paper
named, or papers of different years, nothing is asked of the year (None).

Usage::

    with_year("Which are due by September?", 2021)   # 'Which are due by September 2021?'
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ingest.model import DocumentInfo

_MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december|"
    "jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec"
)
_SEASONS = "spring|summer|autumn|fall|winter"
# 'due by September', 'due in the spring', 'deadline before July', not 'due by September 2021'
_YEARLESS = re.compile(
    r"\b(?P<lead>(?:due|deadlines?|scheduled|planned|expected|set|targeted)\s+"
    r"(?:(?:to\s+(?:be\s+)?\w+\s+)?(?:in|by|before|after|during|for|at|until|till)\s+)"
    r"(?:the\s+end\s+of\s+)?)(?P<the>the\s+)?"
    rf"(?P<when>(?:{_MONTHS}|{_SEASONS}))\b(?!\s*(?:of\s+)?(?:'|’)?\d)",
    re.I,
)
_SEASON_LABEL = re.compile(rf"^(?P<season>{_SEASONS})\s+(?P<year>(?:19|20)\d\d)$", re.I)


def yearless_window(question: str) -> re.Match[str] | None:
    """Where the question names a deadline's month or season without a year, or None."""
    return _YEARLESS.search(question)


def with_year(question: str, year: int) -> str:
    """``question`` with ``year`` after the yearless month or season of its deadline window."""
    found = yearless_window(question)
    if found is None:
        return question
    start = found.start("the") if found.group("the") else found.start("when")
    return f"{question[:start]}{found.group('when')} {year}{question[found.end('when') :]}"


def paper_year(when: str, documents: Iterable[DocumentInfo], labels: Iterable[str]) -> int | None:
    """The year a yearless month or season means in the papers in scope: a season label their
    cells hold for one year only, else their own year when they agree; None otherwise."""
    season = when.lower().replace("fall", "autumn")
    years = set()
    for label in labels:
        held = _SEASON_LABEL.match(" ".join(label.split()))
        if held and held.group("season").lower().replace("fall", "autumn") == season:
            years.add(int(held.group("year")))
    if len(years) == 1:
        return years.pop()
    if years:
        return None  # the papers date that season in several years: which one is not said
    own = {d.year for d in documents if d.year}
    return own.pop() if len(own) == 1 else None

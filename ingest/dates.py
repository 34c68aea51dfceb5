"""Deadlines as governance papers write them: 'Feb 09', 'Q2 2009', 'Q4 2008-09', 'March 2009',
'31 March 02', 'End of 2002/2003', 'Original deadline of December 2008 now revised to March 2009'.

A deadline means the end of the period it names ('March 2009' -> 2009-03-31); quarters in a
financial year ('Q4 2008-09') count from April. Text that is not a date ('Ongoing', 'TBA')
gives ``None``. General parsers (dateparser) read 'Feb 09' as 9 February of this year and know
nothing of financial years, so this small parser is deliberate.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

_MONTHS = {
    name: index
    for index in range(1, 13)
    for name in {calendar.month_name[index].lower(), calendar.month_abbr[index].lower()}
}
_MONTHS["sept"] = 9
_MONTH_RE = "|".join(sorted(_MONTHS, key=len, reverse=True))

_REVISED = [
    re.compile(
        r"(?:original|initial|previous)\s+(?:deadline|date|target|timescale)\s+(?:of|was)?\s*"
        r"(?P<old>.+?)\s+(?:now\s+)?(?:revised|extended|moved|changed|put back|deferred)\s+to\s+"
        r"(?P<new>.+)$",
        re.I | re.S,
    ),
    re.compile(
        r"(?P<old>.+?)\s+(?:now\s+)?(?:revised|extended|deferred)\s+to\s+(?P<new>.+)$", re.I | re.S
    ),
    re.compile(
        r"(?P<new>.+?)\s*\((?:revised\s+from|previously|was|originally)\s+(?P<old>[^)]+)\)",
        re.I | re.S,
    ),
]


@dataclass(frozen=True)
class DueDate:
    """A parsed deadline: the ISO date, and the verbatim text it came from."""

    iso: str
    text: str

    @property
    def year(self) -> int:
        return int(self.iso[:4])


def _year(token: str, century_hint: int = 2000) -> int:
    value = int(token)
    if value < 100:
        return century_hint + value if value < 70 else 1900 + value
    return value


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


_PATTERNS: list[tuple[re.Pattern[str], str]] = [
    # 31 March 02 / 17 January 2002 / March 31st 2002
    (
        re.compile(
            rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<month>{_MONTH_RE})\.?,?\s+(?P<year>\d{{4}}|\d{{2}})\b",
            re.I,
        ),
        "dmy",
    ),
    (
        re.compile(
            rf"\b(?P<month>{_MONTH_RE})\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th),?\s+(?P<year>\d{{4}})\b",
            re.I,
        ),
        "mdy",
    ),
    # Q4 2008-09 / Q4 '08-09 (financial year)
    (
        re.compile(r"\bQ(?P<q>[1-4])\s+'?(?P<fy1>\d{4}|\d{2})\s*[-/–]\s*(?P<fy2>\d{2,4})\b", re.I),
        "fyq",
    ),
    # Q2 2009
    (re.compile(r"\bQ(?P<q>[1-4])\s+(?P<year>\d{4})\b", re.I), "q"),
    # May/June 2002, March 2009, Feb 09, Dec 2002
    (
        re.compile(
            rf"\b(?:(?:{_MONTH_RE})\s*/\s*)?(?P<month>{_MONTH_RE})\.?\s+'?(?P<year>\d{{4}}|\d{{2}})\b(?!\s*[-/]\d)",
            re.I,
        ),
        "my",
    ),
    # End of 2002/2003, 2008/09 (financial year end)
    (
        re.compile(
            r"\b(?:end of\s+)?(?P<fy1>(?:19|20)\d\d)\s*[/–-]\s*(?P<fy2>\d{2}|\d{4})\b", re.I
        ),
        "fy",
    ),
    # end of 2002 / by 2002
    (re.compile(r"\b(?:end of|by|in|during)\s+(?P<year>(?:19|20)\d\d)\b", re.I), "y"),
]


def parse_dates(text: str) -> list[DueDate]:
    """Every date the text names, in order of appearance, without overlaps."""
    if not text:
        return []
    found: list[tuple[int, int, date, str]] = []
    for pattern, kind in _PATTERNS:
        for match in pattern.finditer(text):
            if any(s < match.end() and match.start() < e for s, e, _, _ in found):
                continue
            value = _to_date(match, kind)
            if value is not None:
                found.append((match.start(), match.end(), value, match.group(0).strip()))
    found.sort()
    return [DueDate(value.isoformat(), raw) for _, _, value, raw in found]


def _to_date(match: re.Match[str], kind: str) -> date | None:
    groups = match.groupdict()
    try:
        if kind in ("dmy", "mdy"):
            year = _year(groups["year"])
            return date(year, _MONTHS[groups["month"].lower().rstrip(".")], int(groups["day"]))
        if kind == "my":
            return _month_end(_year(groups["year"]), _MONTHS[groups["month"].lower().rstrip(".")])
        if kind == "q":
            return _month_end(int(groups["year"]), int(groups["q"]) * 3)
        if kind == "fyq":
            start = _year(groups["fy1"])
            quarter = int(groups["q"])
            month = (3 + quarter * 3 - 1) % 12 + 1  # Q1 -> June, Q4 -> March
            year = start + (1 if quarter == 4 else 0)
            return _month_end(year, month)
        if kind == "fy":
            start = int(groups["fy1"])
            end = _year(groups["fy2"], century_hint=start // 100 * 100)
            if end != start + 1:
                return None
            return date(end, 3, 31)
        if kind == "y":
            return date(int(groups["year"]), 12, 31)
    except (ValueError, KeyError):
        return None
    return None


def parse_due(text: str | None) -> tuple[DueDate | None, DueDate | None]:
    """Return (current deadline, revised-from deadline) for a deadline cell.

    With several dates and no revision wording, the latest is the deadline for the whole row.
    """
    if not text:
        return None, None
    flat = " ".join(text.split())
    for pattern in _REVISED:
        match = pattern.search(flat)
        if match:
            new, old = parse_dates(match.group("new")), parse_dates(match.group("old"))
            if new and old:
                return new[-1], old[-1]
    dates = parse_dates(flat)
    if not dates:
        return None, None
    return max(dates, key=lambda d: d.iso), None


def parse_revision(text: str) -> tuple[DueDate, DueDate] | None:
    """(new, old) deadline when running text says a deadline was revised, else None."""
    flat = " ".join(text.split())
    match = _REVISED[0].search(flat)
    if not match:
        return None
    new, old = parse_dates(match.group("new")), parse_dates(match.group("old"))
    return (new[0], old[-1]) if new and old else None

"""Times written as spans rather than dates: a range of years ('over 2012-2014', '2012 to
2014', 'between 2012 and 2014'), a financial year ('2014–15', '2009/10', 'FY14/15', '14/15'),
a season of a year ('winter 2014/15'), or a year after a word of time ('during 2013',
'throughout 2011', 'since 2010', 'early 2012'). ``ingest.dates`` reads deadlines, where a bare
year or a range is no date to hold a row to; a note saying when something happened reads
them as times all the same, and a span that had begun by the paper's date is a time past.

    SPAN                                   # the pattern of any of them
    span_starts(text) -> list[str]         # ISO dates each span starts on, in order
    begun_by(text, iso) -> bool            # a span in ``text`` starting on or before ``iso``
"""

from __future__ import annotations

import re

from assistant.analysis.date_spans import SEASON_MONTHS

_YEAR = r"(?:19|20)\d\d"
_RANGE = (
    rf"\b(?:(?:from|between)\s+)?(?P<first>{_YEAR})\s*(?:[-–—/]|\bto\b|\buntil\b|\band\b)\s*"
    r"(?P<last>(?:19|20)?\d\d)\b"
)
_FISCAL = r"\bFY\s?(?P<fy>\d{2}|\d{4})(?:\s?[/-]\s?\d{2,4})?\b|\b(?P<short>\d{2})/(?P<next>\d{2})\b"
_SEASON = (
    r"\b(?:(?:early|mid-?|late)\s*)?(?P<season>spring|summer|autumn|fall|winter)\s+(?:of\s+)?"
    rf"(?P<sy>{_YEAR})\b"
)
_IN_YEAR = (
    r"\b(?:in|during|over|throughout|through|since|from|across|by|early|mid-?|late|"
    rf"end\s+of|start\s+of|beginning\s+of)\s+(?P<year>{_YEAR})\b(?![/-]\d)"
)
SPAN = re.compile(rf"{_RANGE}|{_FISCAL}|{_SEASON}|{_IN_YEAR}", re.I)


def _century(two: str) -> int:
    return 2000 + int(two) if len(two) == 2 else int(two)


def span_starts(text: str) -> list[str]:
    """The ISO date each time span of ``text`` starts on ('over 2012-2014': '2012-01-01',
    '2009/10': '2009-04-01', 'winter 2014/15': '2014-12-01'), in order."""
    starts: list[str] = []
    for found in SPAN.finditer(text or ""):
        if found["first"]:
            last = found["last"]
            end = int(found["first"][:2] + last) if len(last) == 2 else int(last)
            if not 0 < end - int(found["first"]) <= 10:
                continue  # '2012-08' is a month, '2014 and 1999' no span
            month = 4 if "/" in found.group(0) else 1
            starts.append(f"{found['first']}-{month:02d}-01")
        elif found["fy"]:
            year = _century(found["fy"][-2:])
            alone = found.group(0).rstrip().endswith(found["fy"])  # 'FY15' ends in March 2015
            starts.append(f"{year - alone:04d}-04-01")
        elif found["short"]:
            if int(found["next"]) != (int(found["short"]) + 1) % 100:
                continue  # '12/15' of a count or a date; a financial year runs on one year
            starts.append(f"{_century(found['short']):04d}-04-01")
        elif found["season"]:
            month = SEASON_MONTHS[found["season"].lower()]
            starts.append(f"{found['sy']}-{month:02d}-01")
        elif found["year"]:
            starts.append(f"{found['year']}-01-01")
    return starts


def begun_by(text: str, iso: str) -> bool:
    """Whether a time span in ``text`` had begun by the date ``iso`` (a time past, not a
    plan)."""
    return any(start <= iso for start in span_starts(text))

"""Periods a deadline window names beyond months, calendar quarters and years: a financial
year ('2024/25', 'the financial year 2009-10', 'FY 2024/25'), a quarter or half of one ('Q2
2024/25', 'the third quarter of 2024/25'), and a season ('the summer of 2024', 'autumn 2024',
'winter 2024/25'), each turned into the dates it spans.

A financial year runs from 1 April to 31 March, as the papers' own deadlines read it ('Q4
2008-09' is due by 31 March 2009); a season spans the three months the papers' season
deadlines end in ('Summer 2024' is due by 31 August): spring March-May, summer June-August,
autumn September-November, winter December-February.

Usage::

    span_of("Q2 2024/25")         # (date(2024, 7, 1), date(2024, 9, 30))
    span_of("the summer of 2024")  # (date(2024, 6, 1), date(2024, 8, 31))
"""

from __future__ import annotations

import re
from datetime import date, timedelta

_YEAR = r"(?:19|20)\d\d"
# a financial year: its first year and the next, joined by '/' or a dash ('2024/25', '2009-10')
_FY = rf"{_YEAR}\s*[/–-]\s*(?:{_YEAR}|\d\d)(?![\d/-])"
_SEASON = r"spring|summer|autumn|fall|winter"
_ORDINAL = r"first|second|third|fourth|last|final|1st|2nd|3rd|4th"
# the alternatives a deadline's period may also be written in (a regex without groups)
EXTRA_WHEN = (
    rf"(?:(?:the\s+)?(?:{_SEASON})\s+(?:of\s+)?(?:term\s+)?{_YEAR}(?:\s*/\s*\d\d(?!\d))?)|"
    rf"(?:Q[1-4]\s+{_FY})|"
    rf"(?:(?:the\s+)?(?:{_ORDINAL})\s+(?:quarter|half)\s+of\s+(?:the\s+)?"
    rf"(?:financial\s+year\s+|FY\s*)?{_FY})|"
    rf"(?:(?:the\s+)?(?:financial\s+year\s+|FY\s*){_FY})|"
    rf"(?:{_FY})"
)
SEASON_MONTHS = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}
_ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4}
_ORDINALS |= {"4th": 4}


def _months(year: int, month: int, count: int) -> tuple[date, date]:
    """From the first day of ``month`` of ``year`` to the last day ``count`` months on."""
    after = month - 1 + count
    end = date(year + after // 12, after % 12 + 1, 1) - timedelta(days=1)
    return date(year, month, 1), end


def fy_start(text: str) -> int | None:
    """The year a financial year starts in ('2024/25' -> 2024); None when its two years are
    not consecutive ('2011-14' is a span of years, no financial year)."""
    found = re.search(rf"({_YEAR})\s*[/–-]\s*({_YEAR}|\d\d)", text)
    if found is None:
        return None
    first, second = int(found.group(1)), found.group(2)
    following = int(second) if len(second) == 4 else first // 100 * 100 + int(second)
    return first if following == first + 1 or (first % 100 == 99 and second == "00") else None


def span_of(text: str) -> tuple[date, date] | None:
    """The dates a financial year, a part of one, or a season spans; None for other text."""
    text = " ".join(text.split())
    season = re.fullmatch(
        rf"(?:the\s+)?({_SEASON})\s+(?:of\s+)?(?:term\s+)?({_YEAR})(?:\s*/\s*\d\d)?", text, re.I
    )
    if season:
        return _months(int(season.group(2)), SEASON_MONTHS[season.group(1).lower()], 3)
    start = fy_start(text)
    if start is None:
        return None
    quarter = re.fullmatch(rf"Q([1-4])\s+{_FY}", text, re.I)
    if quarter:  # Q1 is April-June
        q = int(quarter.group(1))
        return _months(start + (q == 4), (3 * q + 1) % 12 or 12, 3)
    part = re.match(rf"(?:the\s+)?({_ORDINAL})\s+(quarter|half)\b", text, re.I)
    if part:
        size = 3 if part.group(2).lower() == "quarter" else 6
        rank = _ORDINALS.get(part.group(1).lower(), 12 // size)  # 'last', 'final'
        first = 4 + (rank - 1) * size  # months from April
        return _months(start + (first > 12), (first - 1) % 12 + 1, size)
    return _months(start, 4, 12)

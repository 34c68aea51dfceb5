"""A date asked finer than the question already gives it.

'On what date in March did the board approve X?' names the month itself: only a day of it
answers. A passage about X that dates it by the month alone ('at its March meeting the board
approved X') does not say the day, and quoting it repeats the question. Read from the
wh-phrase's place (a date or day asked, then the month it falls in), never from the subject.
"""

from __future__ import annotations

import re

from assistant.answers.support.figures import MONTH_NAMES

# 'on what date in September (2017)', 'which day of March', 'what exact date during May'
_ASKED = re.compile(
    rf"\b(?:what|which)\s+(?:exact\s+|precise\s+|specific\s+)?(?:date|day)\s+"
    rf"(?:in|of|during|within)\s+(?:the\s+month\s+of\s+)?(?P<month>{MONTH_NAMES})",
    re.I,
)


def month_asked_into(question: str) -> str | None:
    """The month a question asks a day of ('on what date in September …' -> 'September');
    None when it asks no day of a month it names."""
    found = _ASKED.search(question)
    return found["month"] if found else None


def _day_pattern(month: str) -> re.Pattern[str]:
    stem = month[:3]
    name = rf"{stem}[a-z]*\.?"
    return re.compile(
        rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{name}(?![a-z])|\b{name}\s+\d{{1,2}}"
        rf"(?:st|nd|rd|th)?\b(?!\d)|\b\d{{1,2}}[/.-]\d{{1,2}}[/.-]\d{{2,4}}\b",
        re.I,
    )


def month_only(month: str, sentences: list[str]) -> str | None:
    """The first of ``sentences`` that names ``month`` without a day of it, when none gives
    a day of it; None when one does or none names the month."""
    named = re.compile(rf"\b{month[:3]}[a-z]*\b", re.I)
    day = _day_pattern(month)
    only: str | None = None
    for text in sentences:
        if not named.search(text):
            continue
        if day.search(text):
            return None
        only = only or text
    return only

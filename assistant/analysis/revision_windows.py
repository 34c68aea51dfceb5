"""A revision named in a question ('moved from 31 December 2022 to 30 April 2023'): the
window of the original deadline it names and, where the same clause gives it, of the new one."""

from __future__ import annotations

import re

from assistant.analysis.periods import period_range

# a day, month, quarter or year as a revision names it
_MOVED_WHEN = (
    r"(?:Q[1-4]\s+(?:19|20)\d\d)|(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:[A-Z][a-z]{2,8}\.?\s+(?:19|20)?\d\d)"
    r"|(?:\d{1,2}/\d{1,2}/(?:19|20)\d\d)|(?:(?:19|20)\d\d)"
)
# a revision's original deadline, a day, month, quarter or year ('moved from 31 December 2022'),
# and the deadline it was moved to when the same clause gives it ('… to 30 April 2023')
_REVISED_FROM = re.compile(
    r"\b(?:moved|revised|extended|changed|put back|pushed back|slipped|deferred|postponed)\s+"
    rf"from\s+(?:the\s+end\s+of\s+)?(?P<when>{_MOVED_WHEN})"
    rf"(?:\s+(?:to|until|till|into)\s+(?:the\s+end\s+of\s+)?(?P<to>{_MOVED_WHEN})\b)?"
)


def revised_from_window(question: str) -> tuple[str, str, str] | None:
    """The original deadline a revision moved from ('moved from Q2 2009'): its window (ISO
    start, end) and the words that named it."""
    moved = _REVISED_FROM.search(question)
    if moved:
        window = period_range(moved.group("when"))
        if window:
            return window[0].isoformat(), window[1].isoformat(), moved.group(0)
    return None


def revised_to_window(question: str) -> tuple[str, str, str] | None:
    """The deadline a revision moved to, where the clause giving the original gives it too
    ('moved from 31 December 2022 to 30 April 2023'): its window and the words naming it."""
    moved = _REVISED_FROM.search(question)
    if moved and moved.group("to"):
        window = period_range(moved.group("to"))
        if window:
            return window[0].isoformat(), window[1].isoformat(), moved.group("to")
    return None

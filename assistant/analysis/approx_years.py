"""A period named loosely ('the 2008/09-era plans', 'around 2016/17', 'circa 2008/09') is
near a paper's year, not a period of its own: one no paper covers exactly is still covered by
a paper of the year it starts in or ends in, so the question is not refused as outside the
record."""

from __future__ import annotations

import re
from collections.abc import Iterable

_LOOSE_AFTER = re.compile(r"^[\s-]*(?:era|ish|period|time(?:frame)?|vintage)\b", re.I)
_LOOSE_BEFORE = re.compile(
    r"\b(?:around|about|circa|c\.|approximately|roughly|near|nearabouts)\s+(?:the\s+)?$", re.I
)


def loose(question: str, text: str) -> bool:
    """Whether the period ``text`` is named loosely in ``question``."""
    at = question.find(text)
    if at < 0:
        return False
    after = question[at + len(text) :]
    return bool(_LOOSE_AFTER.match(after) or _LOOSE_BEFORE.search(question[:at]))


def strict_years(
    question: str, years: list[tuple[str, int]], known: Iterable[int]
) -> list[tuple[str, int]]:
    """``years`` less those named loosely that a paper's year is within one year of."""
    held = set(known)
    return [
        (text, year)
        for text, year in years
        if not (loose(question, text) and ({year - 1, year} & held))
    ]

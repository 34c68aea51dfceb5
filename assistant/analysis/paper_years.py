"""The years the papers are of, cover or name in their titles, read once per name index: a
question naming a paper by a year is checked against them (every question would otherwise read
every paper's title, period and date)."""

from __future__ import annotations

import re

from assistant.analysis.names import NameIndex


def _years(name_index: NameIndex) -> frozenset[int]:
    held: set[int] = set()
    for d in name_index.documents:
        if d.year:
            held.add(d.year)
        for text in (d.period or "", d.title or "", d.date or ""):
            for y in re.findall(r"(?:19|20)\d\d", text):
                held.add(int(y))
            span = re.search(r"((?:19|20)\d\d)\s*[/-]\s*(\d\d)\b", text)
            if span and (int(span[1]) + 1) % 100 == int(span[2]):  # '2007/08', not a date
                held.add(int(span[1][:2] + span[2]))
    return frozenset(held)


def held_paper_years(name_index: NameIndex) -> frozenset[int]:
    """Each paper's year, and the years its period, title and date write (a '2007/08' span
    as both years)."""
    return name_index.kept("paper years", lambda: _years(name_index))


def phrases_text(name_index: NameIndex) -> str:
    """The index's name phrases joined by spaces (a year written in one names a paper)."""
    return name_index.kept("phrases text", lambda: " ".join(name_index.phrases))

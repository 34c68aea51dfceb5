"""A paper whose title ends in its number ('… progress report 5') named by its ordinal ('the 5th
report', 'the fifth progress report'), as a question names it.

    ordinal_names("Internal audit recommendations: progress report 5")
    # ['5th report', 'fifth report', '5th progress report', 'fifth progress report']
"""

from __future__ import annotations

import re

from assistant.analysis.series_order import closing_number

__all__ = ["ordinal_names"]

_WORDS = (
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
    "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth"
).split()
# the title's last words before its number: a noun (and the word before it): 'progress report'
_NOUN = re.compile(r"(?:\b(?P<before>[A-Za-z]+)\s+)?\b(?P<noun>[A-Za-z]+)$")


def _suffix(n: int) -> str:
    if n % 100 in (11, 12, 13):
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def ordinal_names(title: str) -> list[str]:
    """The ordinal phrases that name a title ending in a number (1 to 20); [] otherwise."""
    closing = closing_number(title)
    if closing is None or not closing.after_word or not 1 <= closing.number <= len(_WORDS):
        return []
    found = _NOUN.search(closing.stem)
    if found is None:
        return []
    n = closing.number
    ordinals = [f"{n}{_suffix(n)}", _WORDS[n - 1]]
    nouns = [found.group("noun").lower()]
    if found.group("before"):
        nouns.append(f"{found.group('before').lower()} {nouns[0]}")
    return [f"{o} {noun}" for noun in nouns for o in ordinals]

"""Papers of one series told apart by a number rather than a date: 'progress report 1' … 'progress
report 6' issued on one date, or 'Harbour Board 2' … 'Harbour Board 6' for the same body.

The number a paper's title (else its body's name) ends in orders papers of one date, and a
body's name without it is the series the paper is of; nothing here names a paper or a body.

    series_number(paper)  # 5 for '… progress report 5', 0 for a title ending in no number
    series_body(paper)    # 'saltcombe haven harbour board' for 'Saltcombe Haven Harbour Board 6'
"""

from __future__ import annotations

import re
from typing import Protocol

__all__ = ["series_body", "series_number"]

# a number of one or two digits closing a name, after a word ('report 5', 'Board 6'); not the
# end of a year ('2001/2') or of a code
_CLOSING_NUMBER = re.compile(r"(?<=[A-Za-z])\s+(?P<n>\d{1,2})\s*$")


class _Named(Protocol):
    title: str
    organisation: str | None


def series_number(paper: _Named) -> int:
    """The number the paper's title ends in, else the one its body's name ends in; 0 when
    neither ends in one."""
    for name in (paper.title or "", paper.organisation or ""):
        found = _CLOSING_NUMBER.search(name)
        if found:
            return int(found.group("n"))
    return 0


def series_body(paper: _Named) -> str:
    """The paper's body, lower-cased, without a number closing its name."""
    return _CLOSING_NUMBER.sub("", (paper.organisation or "").strip()).lower()

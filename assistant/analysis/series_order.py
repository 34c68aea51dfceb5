"""Papers of one series told apart by a number rather than a date: 'progress report 1' … 'progress
report 6' issued on one date, or 'Harbour Board 2' … 'Harbour Board 6' for the same body.

The number a paper's title (else its body's name) ends in orders papers of one date, and a
body's name without it is the series the paper is of; nothing here names a paper or a body.

    series_number(paper)  # 5 for '… progress report 5', 0 for a title ending in no number
    series_body(paper)    # 'saltcombe haven harbour board' for 'Saltcombe Haven Harbour Board 6'
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Protocol

__all__ = ["Closing", "closing_number", "series_body", "series_number"]

# a number closing a name, after a space (and 'No.'): 'report 5', 'Board 6', 'Partnership no. 8'
_CLOSING = re.compile(r"^(?P<stem>.*\S)\s+(?P<marker>no\.?\s*)?(?P<n>\d{1,3})$", re.I)


@dataclass(frozen=True)
class Closing:
    """The number closing a name, the name before it (``stem``), and how it was written."""

    stem: str
    number: int
    digits: int  # how many digits it was written with
    marked: bool  # written after 'No.'

    @property
    def after_word(self) -> bool:
        """A number of one or two digits right after a word ('report 5'), not after 'No.' nor
        closing a year ('2001/2') or a code: a paper's place in its series."""
        return not self.marked and self.digits <= 2 and self.stem[-1].isalpha()


def closing_number(name: str) -> Closing | None:
    """The number ``name`` ends in (the one reader of it: a paper's title, a body's name), or
    None; ``closing_number('Hollin Moor Waste Partnership 8').stem`` is the name without it."""
    found = _CLOSING.match(name.strip())
    if found is None:
        return None
    return Closing(found["stem"], int(found["n"]), len(found["n"]), bool(found["marker"]))


class _Named(Protocol):
    title: str
    organisation: str | None


def series_number(paper: _Named) -> int:
    """The number the paper's title ends in, else the one its body's name ends in; 0 when
    neither ends in one."""
    for name in (paper.title or "", paper.organisation or ""):
        closing = closing_number(name)
        if closing is not None and closing.after_word:
            return closing.number
    return 0


def series_body(paper: _Named) -> str:
    """The paper's body, lower-cased, without a number closing its name."""
    name = (paper.organisation or "").strip()
    closing = closing_number(name)
    return (closing.stem if closing is not None and closing.after_word else name).lower()

"""What a paper's masthead says about the paper itself: who wrote or presented it, in the
'Report by:' / 'Report author:' lines committee papers carry; and which of its opening words
are the paper's own, not those of an event its prose dates."""

from __future__ import annotations

import re

from ingest.dates import scan_dates

AUTHOR_LINE = re.compile(
    r"^\s*(?:report (?:by|author)|author|prepared by|written by|presented by)\s*:\s*(?P<who>.+)$",
    re.I | re.M,
)


def author_lines(text: str) -> list[re.Match[str]]:
    """The author lines of a paper's text, in order."""
    return list(AUTHOR_LINE.finditer(text))


# a sentence of prose: eight words or more, ended by a full stop
_PROSE = re.compile(r"[^.\n]*(?:\w+[^\w.\n]+){7,}[^.\n]*\.")


def without_dated_events(opening: str, paper_date: str | None) -> str:
    """A paper's opening less its prose sentences that date an event on another day than
    the paper's ('… twelve recommendations, which Cabinet accepted on 17 September 2024'):
    their words say what happened then, not what the paper is."""

    def kept(found: re.Match[str]) -> str:
        dates = scan_dates(found.group(0))[0]
        other = any(d.iso != paper_date for d in dates)
        return " " if other else found.group(0)

    return _PROSE.sub(kept, opening)

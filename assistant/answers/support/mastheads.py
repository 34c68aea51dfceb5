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


# a stretch of one line up to a full stop, or the line's rest; prose when eight words or more
# are in it (seven of them followed by a space or sign: the last may touch the stop)
_STRETCH = re.compile(r"[^.\n]*(?:\.|\n|$)")
_WORD_THEN_SIGN = re.compile(r"\w+\W")
_PROSE_WORDS = 7


def without_dated_events(opening: str, paper_date: str | None) -> str:
    """A paper's opening less its prose sentences that date an event on another day than
    the paper's ('… twelve recommendations, which Cabinet accepted on 17 September 2024'):
    their words say what happened then, not what the paper is. Read stretch by stretch, in
    time linear in the opening's length."""

    def kept(found: re.Match[str]) -> str:
        stretch = found.group(0)
        if not stretch.endswith(".") or len(_WORD_THEN_SIGN.findall(stretch[:-1])) < _PROSE_WORDS:
            return stretch
        dates = scan_dates(stretch)[0]
        other = any(d.iso != paper_date for d in dates)
        return " " if other else stretch

    return _STRETCH.sub(kept, opening)

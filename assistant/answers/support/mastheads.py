"""What a paper's masthead says about the paper itself: who wrote or presented it, in the
'Report by:' / 'Report author:' lines committee papers carry."""

from __future__ import annotations

import re

AUTHOR_LINE = re.compile(
    r"^\s*(?:report (?:by|author)|author|prepared by|written by|presented by)\s*:\s*(?P<who>.+)$",
    re.I | re.M,
)


def author_lines(text: str) -> list[re.Match[str]]:
    """The author lines of a paper's text, in order."""
    return list(AUTHOR_LINE.finditer(text))

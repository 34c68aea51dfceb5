"""Two papers set side by side by their years alone ('Which report had more recommendations
implemented, 2023 or 2024?'): the paper noun the question calls them by, read with each year,
makes each side ('the 2023 report')."""

from __future__ import annotations

import re

from assistant.analysis.patterns import PAPER_NOUN

_YEAR = r"(?:19|20)\d\d(?:\s*/\s*\d{2,4})?"
# the paper noun the question asks 'which' of ('Which Heronsgate report …', 'which year …')
_WHICH_PAPER = re.compile(
    rf"^\s*(?:which|what)\s+(?:[\w'’-]+\s+){{0,2}}?(?P<noun>{PAPER_NOUN})\b", re.I
)
# the two years offered last: ', 2023 or 2024', ': the 2023 or the 2024 one'
_TWO_YEARS = re.compile(
    rf"[,:;—–-]\s*(?:the\s+|in\s+)?(?P<a>{_YEAR})(?:\s+(?:one|{PAPER_NOUN}))?\s+or\s+"
    rf"(?:the\s+|in\s+)?(?P<b>{_YEAR})(?:\s+(?:one|{PAPER_NOUN}))?\s*$",
    re.I,
)


def year_sides(text: str) -> list[str]:
    """The two sides ('the 2023 report', 'the 2024 report') when a question asking which of
    its papers offers them by two years; [] otherwise."""
    which = _WHICH_PAPER.match(text)
    years = _TWO_YEARS.search(text.rstrip("?.! "))
    if which is None or years is None or years["a"] == years["b"]:
        return []
    noun = which["noun"].lower()
    return [f"the {years['a']} {noun}", f"the {years['b']} {noun}"]

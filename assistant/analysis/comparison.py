"""Comparisons between two things the question names in words: 'Which is due sooner, the
roof survey or the lab audit?', 'Is A or B the higher priority?', 'Between A and B, which was
met more fully?'. The sides are read from the question's form ('A or B' beside a comparative
word), not from any paper's names; each side is resolved against the register later.
"""

from __future__ import annotations

import re
from typing import Literal

Aspect = Literal["due", "priority", "degree"]
Direction = Literal["max", "min"]

_COMPARATIVE = re.compile(
    r"\b(?:sooner|soonest|earlier|earliest|later|latest|first|last|before|after|higher|"
    r"highest|lower|lowest|more|most|less|least|fewer|greater|greatest|better|worse|bigger|"
    r"larger|smaller|further|urgent)\b",
    re.I,
)
_AUX = r"(?:is|was|are|were|does|did|do|has|had|have|will|would|should|could)"
# the words that end the second side when the sides come first: 'Is A or B due sooner?'
_AFTER_SIDES = re.compile(
    r"\s+(?:(?:the\s+)?(?:due|deadline|set|scheduled|expected|planned|rated|ranked|given|"
    r"graded|marked|completed|finished|met|delivered|achieved|implemented|closed|come|came|"
    r"end|ends|ended|start|started|have|has|had|get|got|higher|lower|more|less|further|"
    r"earlier|later|sooner|first|last)\b)",
    re.I,
)


# a clause asking how far apart the two sides are: 'and by how many months?', ', and how long
# separates them?'
INTERVAL = re.compile(
    r",?\s*(?:and\s+)?(?:by\s+)?how\s+(?:many\s+(?:days|weeks|months|years)|long|much\s+time|"
    r"far\s+apart)\b[^?]*\??$|,?\s*(?:and\s+)?(?:by\s+)?how\s+much\s+(?:earlier|later|sooner)\b[^?]*\??$",
    re.I,
)
# the comparative words of an order in time
TIME_ORDER = re.compile(
    r"\b(?:before|after|earlier|earliest|later|latest|sooner|soonest|first|last)\b", re.I
)


def asks_interval(question: str) -> bool:
    """Whether the question also asks how far apart in time the two sides are."""
    return INTERVAL.search(question.strip()) is not None


def _clean(side: str) -> str:
    return side.strip(" ,;:—–-\"'“”‘’").strip()


def compared_sides(question: str) -> list[str]:
    """The two things a comparative question sets side by side ('A or B'), as written; [] when
    it has no comparative word or no 'A or B' / 'between A and B'."""
    if not _COMPARATIVE.search(question):
        return []
    text = INTERVAL.sub("", question.strip()).strip() or question.strip()
    text = re.sub(r",\s+or\s+", " or ", text.rstrip("?.! "))
    than = re.match(
        rf"^{_AUX}\s+(?P<a>.+?)\s+(?:\w+\s+)?(?:\w+er|more \w+|less \w+)"
        r"(?:\s+or\s+(?:\w+er|more \w+|less \w+))?(?:\s+\w+)?\s+than\s+(?P<b>.+)$",
        text,
        re.I,
    )
    if than:  # 'Is A due earlier or later than B?'
        a, b = _clean(than["a"]), _clean(than["b"])
        return [a, b] if re.search(r"[A-Za-z]{3}", a) and re.search(r"[A-Za-z]{3}", b) else []
    order = re.match(  # 'Did A happen before or after B?'
        rf"^{_AUX}\s+(?P<a>.+?)\s+(?:before or after|after or before|earlier or later than|"
        r"later or earlier than|sooner or later than)\s+(?P<b>.+)$",
        text,
        re.I,
    )
    if order:
        a, b = _clean(order["a"]), _clean(order["b"])
        return [a, b] if re.search(r"[A-Za-z]{3}", a) and re.search(r"[A-Za-z]{3}", b) else []
    between = re.search(r"\bbetween\s+(?P<a>.+?)\s+and\s+(?P<b>[^,;:?]+)", text, re.I)
    tail = re.search(
        r"[,:;—–]\s*(?:(?:is it|was it)\s+)?(?P<a>[^,:;—–]+?)\s+or\s+(?P<b>[^,:;—–]+)$", text
    )
    front = re.match(rf"^{_AUX}\s+(?P<a>.+?)\s+or\s+(?P<b>.+)$", text, re.I)
    sides: tuple[str, str] | None = None
    if between:
        sides = (between["a"], between["b"])
    elif tail:
        sides = (tail["a"], tail["b"])
    elif front:
        b = front["b"]
        end = _AFTER_SIDES.search(b)
        sides = (front["a"], b[: end.start()] if end else b)
    if sides is None:
        return []
    a, b = (_clean(s) for s in sides)
    if not re.search(r"[A-Za-z]{3}", a) or not re.search(r"[A-Za-z]{3}", b):
        return []
    return [a, b]


_ASPECTS: list[tuple[Aspect, re.Pattern[str]]] = [
    ("priority", re.compile(r"\bpriorit|\burgent|\bimportan|\bcritical|\brisk rating", re.I)),
    (
        "degree",
        re.compile(
            r"\b(?:more|less|most|least|better|further)\s+(?:fully|completely|progress|"
            r"advanced|along|done|met|implemented|delivered)|\bdegree\b|\bextent\b|"
            r"\bfurther (?:along|ahead)\b|\bcloser to (?:completion|being)\b|"
            r"\bmade (?:more|less) progress\b",
            re.I,
        ),
    ),
]
_MAX = re.compile(
    r"\b(?:later|latest|last|after|higher|highest|more|most|greater|greatest|better|further|"
    r"closer|bigger|larger)\b",
    re.I,
)


def compared_aspect(question: str) -> Aspect | None:
    """What a two-sided question compares: deadlines, priority or how far each was met; None
    when the question does not say (the sides are then described side by side)."""
    for aspect, pattern in _ASPECTS:
        if pattern.search(question):
            return aspect
    return None


def direction(question: str) -> Direction:
    """'max' for later / higher / more, 'min' for sooner / lower / less."""
    return "max" if _MAX.search(question) else "min"

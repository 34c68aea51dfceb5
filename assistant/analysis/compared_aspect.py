"""What a two-sided question compares (deadlines, priority, or how far each was met) and in
which direction ('later', 'higher', 'more' against 'sooner', 'lower', 'less'), read from its
comparative words (see :mod:`assistant.analysis.comparison` for the sides)."""

from __future__ import annotations

import re
from typing import Literal

Aspect = Literal["due", "priority", "degree"]
Direction = Literal["max", "min"]

_ASPECTS: list[tuple[Aspect, re.Pattern[str]]] = [
    (
        "priority",
        re.compile(
            r"\bpriorit|\burgent|\bimportan|\bcritical|\brisk rating|"
            r"\b(?:rank|rate|grade|score|put|place)\w*\b[^?]*\b(?:above|below|ahead of|behind|"
            r"higher|lower)\b|"
            r"\b(?:rated|ranked|graded) (?:higher|lower|above|below)\b",
            re.I,
        ),
    ),
    (
        "degree",
        re.compile(
            r"\b(?:more|less|most|least|better|further)\s+(?:fully|completely|progress|"
            r"advanced|along|done|met|implemented|delivered)|\bdegree\b|\bextent\b|"
            r"\bfurther (?:along|ahead)\b|\bcloser to (?:completion|being)\b|"
            r"\b(?:got|get|gone|go|went|come|came|moved|progressed)\s+(?:any\s+|much\s+)?further\b|"
            r"\bmade (?:more|less) progress\b|"
            r"\b(?:fare[ds]?|faring|do|did|does|doing|done|perform\w*|gone|go|went|got on|"
            r"get on|come along|came along)\s+(?:any\s+|much\s+|rather\s+)?(?:better|worse)\b",
            re.I,
        ),
    ),
]
_MAX = re.compile(
    r"\b(?:later|latest|last|after|above|ahead|higher|highest|more|most|greater|greatest|"
    r"newer|newest|younger|youngest|"
    r"better|further|"
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

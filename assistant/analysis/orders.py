"""Which of several things a question asks to come first or last by date ('which is due later,
R18 or R25?', 'was R12 due before R6?')."""

from __future__ import annotations

import re

from assistant.analysis.comparison import asked_order

_LATER = re.compile(r"\b(?:later|latest|last)\b", re.I)
_EARLIER = re.compile(r"\b(?:earlier|earliest|first|sooner|soonest)\b", re.I)
_WHEN_WORDS = re.compile(
    r"\b(?:due|deadlines?|targets?|timescales?|dated|dates?|complete[ds]?|finish(?:es|ed)?|"
    r"comes?|came|ends?)\b",
    re.I,
)


# a comparison that names no direction ('how does A's deadline compare with B's?', 'the
# deadlines of A and B, side by side') of deadlines, not of anything dated
_NEUTRAL = re.compile(
    r"\b(?:compar\w*|contrast\w*|differ\w*|versus|vs|side by side|stack up|measure up)\b", re.I
)
_DEADLINE_NOUN = re.compile(
    r"\b(?:deadlines?|due(?:\s+dates?)?|target\s+dates?|timescales?|completion\s+dates?)\b", re.I
)


# a deadline set before or after another ('due before', 'fall due ahead of')
_DUE_ORDERED = re.compile(
    r"\b(?:due|deadlines?|dated)\s+(?:\w+\s+){0,2}?(?:before|after|ahead of|prior to)\b", re.I
)


def due_order(question: str) -> str | None:
    """'earlier' or 'later' when the question asks which of several is due (or ends, or came)
    first or last ('which is due later, R18 or R25?'); else None."""
    if not _WHEN_WORDS.search(question):
        return None
    asked = asked_order(question) if _DUE_ORDERED.search(question) else None
    if asked is not None:  # 'Was R12 due before R6?'
        return "later" if asked == "max" else "earlier"
    if _DUE_ORDERED.search(question) or re.search(r"\bbefore or after\b", question, re.I):
        return "earlier"  # 'is A due before or after B?': the earlier named first
    if _LATER.search(question):
        return "later"
    if _EARLIER.search(question):
        return "earlier"
    if _NEUTRAL.search(question) and _DEADLINE_NOUN.search(question):
        return "earlier"  # 'how do their deadlines compare?': the earlier named first
    return None

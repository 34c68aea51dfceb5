"""A figure of what was done, asked; a figure of what is meant to be done, given.

'How many files had the team actually checked by then?' asks a count already achieved. A
sentence that frames its figure as a target ('we are on track to have checked 6 million by
2018', 'the unit aims to review 400', 'it will close 12') does not give it: the record states
a goal, not a result. Both are read by their grammar (a perfect or past verb and a word of
actuality in the question; a verb of intention or a future before the figure in the sentence),
never by the subject's words.
"""

from __future__ import annotations

import re

# the question asks what has been achieved: a word of actuality, or a perfect/past auxiliary
# with a past participle after it ('had the unit reviewed', 'have been closed')
_ACHIEVED = re.compile(
    r"\b(?:actually|so far|to date|by then|by the time|already|in fact)\b|"
    r"^\s*how\s+many\b[^?]{0,80}?\b(?:had|has|have)\b[^?]{0,60}?\b[a-z]{3,}(?:ed|en)\b",
    re.I,
)
# the sentence frames its figure as a goal: a verb of intention or a future before the figure
_TARGET = re.compile(
    r"\b(?:on (?:track|course|target) to|aim(?:s|ed|ing)? to|plan(?:s|ned|ning)? to|"
    r"expect(?:s|ed|ing)? to|intend(?:s|ed|ing)? to|target(?:s|ed|ing)?|set to|"
    r"forecast(?:s|ed)? to|is to|are to|will|shall|would)\b[^.;]{0,80}?\d",
    re.I,
)


# the question asks the goal itself: a future or a word of intention ('how many will it have
# reviewed by 2018?', 'how many is it expected to close?', 'how many was it on track to have
# reviewed?', 'how many were meant to be closed by May?'): the goal the sentence states answers
_ASKS_GOAL = re.compile(
    r"\b(?:will|shall|would|going\s+to|expect\w*|aim\w*|target\w*|plan\w*|intend\w*|"
    r"forecast\w*|projected|on\s+(?:track|course)\s+to|(?:supposed|meant|due|set|scheduled)\s+"
    r"to)\b",
    re.I,
)


def asks_achieved(question: str) -> bool:
    """Whether ``question`` asks a count of what has already been done."""
    return _ACHIEVED.search(question) is not None and _ASKS_GOAL.search(question) is None


def only_a_target(text: str) -> bool:
    """Whether ``text`` gives its figure as a goal ('on track to have reviewed 6 million')."""
    return _TARGET.search(text) is not None

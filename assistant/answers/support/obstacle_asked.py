"""Whether a question asks what holds a piece of work up, and whether a sentence states it.

'What's still holding the records work up?', 'what is the review waiting on?', 'what's
blocking the new system?', 'why the hold-up?' ask an obstacle, by their frame whatever their
subject; a sentence states one by its grammar: a thing 'yet to be approved', 'awaiting' or
'waiting for' something, work 'dependent on' another, 'on hold', 'delayed', 'no clear plan', a
post 'vacant'. The frame's own words ('holding', 'still', 'waiting') are no subject a sentence
must hold (:func:`obstacle_words`).
"""

from __future__ import annotations

import re

# the question asks what stands in the way: 'what is holding X up / back', 'what's blocking
# X', 'what is X waiting on', 'why the hold-up', 'what's the obstacle'
_ASKS = re.compile(
    r"\b(?:what|which)\b[^?]{0,40}?\b(?:holding|keeping|held|kept)\b[^?]{0,60}?\b(?:up|back)\b|"
    r"\b(?:what|which)\b[^?]{0,40}?\b(?:blocking|stopping|preventing|delaying|hindering|"
    r"stalling|obstructing|impeding)\b|"
    r"\bwhat\b[^?]{0,80}?\b(?:waiting|wait)\s+(?:on|for)\b|"
    r"\bwhy\s+(?:the|is\s+there\s+a|was\s+there\s+a|all\s+the)\s+(?:hold-?ups?|delays?|wait)\b|"
    r"\bwhat(?:['’]s|\s+is|\s+was|\s+are|\s+were)\s+(?:the\s+)?(?:main\s+|remaining\s+|"
    r"outstanding\s+)?(?:hold-?ups?|obstacles?|blockers?|barriers?|sticking\s+points?|"
    r"bottlenecks?|impediments?)\b|"
    r"\bwhat\s+(?:stands|is\s+standing|stood)\s+in\s+(?:the|its|their)\s+way\b",
    re.I,
)
# a sentence stating an obstacle: something not yet done or given that the work needs
_STATES = re.compile(
    r"\b(?:yet\s+to\s+be|not\s+yet|awaiting|awaits|waiting\s+(?:for|on)|pending|"
    r"depend(?:s|ent|ing)?\s+(?:up)?on|dependenc(?:y|ies)|subject\s+to|held\s+up|"
    r"delayed|on\s+hold|blocked|stalled|until|vacant|vacancy|unable\s+to|"
    r"no\s+(?:clear|agreed|formal|working)|without\s+(?:a|an|any)|lack\s+of|shortage\s+of)\b",
    re.I,
)


# the words of the frame, and of its time ('still', 'currently'), read out of the subject
_FRAME_WORDS = re.compile(
    r"\b(?:still|currently|now|holding|keeping|held|kept|blocking|stopping|preventing|"
    r"delaying|hindering|stalling|obstructing|impeding|waiting|wait|hold-?ups?|delays?|"
    r"obstacles?|blockers?|barriers?|sticking|bottlenecks?|impediments?|stands?|standing|"
    r"stood|way)\b",
    re.I,
)


def obstacle_words(question: str) -> set[str]:
    """The words (lower case) of ``question``'s obstacle frame; empty when it asks none."""
    if not asks_obstacle(question):
        return set()
    return {w.lower() for w in _FRAME_WORDS.findall(question)}


def asks_obstacle(question: str) -> bool:
    """Whether ``question`` asks what holds something up.

    >>> asks_obstacle("what's still holding the archive move up?")
    True
    """
    return _ASKS.search(question) is not None


def states_obstacle(text: str) -> bool:
    """Whether ``text`` states something the work is held up by ('is yet to be approved')."""
    return _STATES.search(text) is not None

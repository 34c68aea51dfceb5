"""A reason asked ('why did X slip?', 'what held up X?', 'what's the cause of the delay?'),
by the opening of the question or its head noun: the frame of English that asks for a cause,
whatever the subject. Read by the reason composers and by a follow-up that asks a reason of
the row in focus (:mod:`assistant.carried_row`)."""

from __future__ import annotations

import re

__all__ = ["ASKS_REASON", "REASON_FRAME", "asks_reason"]

# a question asking for a cause, by its opening or its head noun
ASKS_REASON = re.compile(
    # a topic may be fronted: 'as for X, why …?', 'X - what held it up?'
    r"^\s*(?:(?P<topic>[^?,:;—–]{2,120}?)(?:[,:;—–]|\s-\s)\s*)?"
    r"(?:(?:and|so|but|then)\s+)?(?:why\b|how\s+come\b|for\s+what\s+reasons?\b|"
    r"what(?:['’]s|\s+(?:is|was|were|are|has\s+been))?\s+(?:the\s+)?(?:main\s+)?(?:reasons?|"
    r"causes?|explanation|hold-?up)\b|what(?:['’]s|\s+(?:is|was))?\s+(?:behind|holding\s+"
    r"(?:(?:it|them|this|that|things)\s+)?up)\b|"
    r"what\s+(?:caused|causes|led\s+to|has\s+led\s+to|held\s+up|holds\s+up|delayed|"
    r"(?:has\s+)?(?:held|holds|is\s+holding|kept)\s+(?:it|them|this|that|things)\s+(?:up|back)|"
    r"has\s+delayed|lies\s+behind|explains|accounts\s+for|prompted)\b)",
    re.I,
)

# the nouns and verbs a reason question frames itself with ('the cause of the slip', 'the
# reason for the delay'): what is asked, never the subject it is asked of
REASON_FRAME = frozenset(
    """why reason reasons cause causes caused explanation delay delays delayed slip slips
    slipped slippage hold holdup late lateness behind""".split()
)


def asks_reason(question: str) -> bool:
    """Whether ``question`` asks for a cause.

    >>> asks_reason("what's the cause of the slip?")
    True
    """
    return ASKS_REASON.search(question) is not None

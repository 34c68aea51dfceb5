"""A topic put first, then a question about it: 'Kestrel's ICT backups — where's that at?',
'the 101 call handling recommendation, when is the response due?', 'lone working: any news?'.

The user's subject is the noun phrase before the break, not the subject of the clause after it
(which points back at it, or names only what is asked of it). Read by shape: a phrase that is
not itself a question, a break (a dash, a colon or a comma), then a clause that opens as a
question does (a wh-word, an auxiliary) or names only the asked thing ('status?').
"""

from __future__ import annotations

import re

_ASKING = (
    r"what|what's|whats|when|when's|who|who's|whose|where|where's|why|how|which|is|are|was|"
    r"were|has|have|had|does|do|did|can|could|will|would|any|anything"
)
_OPENS_AS_QUESTION = re.compile(rf"^(?:{_ASKING}|tell|show|give|list)\b", re.I)
_SPLIT = re.compile(
    r"^(?P<topic>[^?]{3,}?)\s*(?:[—–:]|\s-\s|,)\s*"
    rf"(?P<rest>(?:(?:and|so|but|ok)\s+)?(?:{_ASKING})\b[^—–:]*"
    # or the asked thing named alone: 'X - status?', 'X: owner and deadline?'
    r"|(?:[a-z]+\s+){0,2}[a-z]+\s*\?)$",
    re.I,
)
_WORD = re.compile(r"[A-Za-z]{3,}")
# 'In the 2017 report, who …', 'For the PURE plan, what …': a scope, not a topic
_SCOPE = re.compile(
    r"^(?:in|for|at|on|from|according|under|within|by|after|before|since|across|of|as|"
    r"regarding|about|if|when|once|now|then|and|but|so)\b",
    re.I,
)
_BREAK = re.compile(r"[—–:,]|\s-\s|\s-$")


def swallowed_break(subject: str) -> bool:
    """Whether a subject phrase read from a question runs over a break (a dash, a colon or a
    comma): it took in the question clause after a topic put first."""
    return _BREAK.search(subject) is not None


def dislocated_topic(question: str) -> str | None:
    """The topic phrase ``question`` puts before its question clause, or None when it does not
    open with one (a question that opens as a question, 'When is X due, and who owns it?',
    has its subject inside)."""
    match = _SPLIT.match(question.strip())
    if match is None:
        return None
    topic = match.group("topic").strip(" ,-—–:")
    if _OPENS_AS_QUESTION.match(topic) and not re.match(r"^(?:tell|show|give)\b", topic, re.I):
        return None
    if _SCOPE.match(topic) or len(_WORD.findall(topic)) < 2:
        return None
    return topic

"""The words a question uses to say that its subject appears in several places of the
record ('X shows up in a few places', 'turns up in several places', 'which items touch on it',
'which actions refer to it'): they frame the question (where is X?), they are not what X is
about, so no row need hold them. A statement that X appears in several places, asked where
or which, asks for the rows that speak of X."""

from __future__ import annotations

import re

_MANY = (
    r"(?:a\s+few|several|various|multiple|many|different|a\s+number\s+of|lots\s+of|some|"
    r"(?:a\s+)?couple(?:\s+of)?|a\s+handful\s+of|two|three|more\s+than\s+one)"
)
_PLACES = r"(?:places?|spots?|parts?|sections?|rows?|items?|entries|entry)"

# 'shows up in a few places', 'crops up several times', 'turns up across several places'
_UP = re.compile(
    r"\b(?:show|shows|showed|showing|shown|turn|turns|turned|turning|crop|crops|cropped|"
    r"cropping|pop|pops|popped|popping)\s+up\b"
    rf"(?:\s+(?:in|across|at)\s+{_MANY}\s+{_PLACES}|\s+{_MANY}\s+times)?",
    re.I,
)
# 'in several places', 'in a few places' on their own
_IN_PLACES = re.compile(rf"\b(?:in|across|at)\s+{_MANY}\s+{_PLACES}\b", re.I)
# 'which actions touch on it', 'refer to them', 'bear on this': a verb whose object is the
# subject already named, pointed back at
_TOUCHING = re.compile(
    r"\b(?:touch|touches|touched|touching|refer|refers|referred|referring|bear|bears|"
    r"relate|relates|related)\s+(?:on|to|upon)\s+(?:it|them|this|that|these|those)\b",
    re.I,
)
_WORD = re.compile(r"[A-Za-z]+")
_ASKS_WHERE = re.compile(r"\b(?:where|which|what)\b", re.I)


def _spans(question: str) -> list[re.Match[str]]:
    return [m for p in (_UP, _IN_PLACES, _TOUCHING) for m in p.finditer(question)]


def appearing_words(question: str) -> set[str]:
    """The lower-cased words of the question's phrases of appearing ('shows up in a few
    places', 'touch on it'): no topic words."""
    return {w.lower() for m in _spans(question) for w in _WORD.findall(m.group(0))}


def asks_where_it_appears(question: str) -> bool:
    """'X turns up in several places in the plan - where?': the question says its subject
    appears in several places (not only 'shows up') and asks where or which."""
    several = _IN_PLACES.search(question) or re.search(rf"\b{_MANY}\s+times\b", question, re.I)
    return bool(several and _UP.search(question) and _ASKS_WHERE.search(question))

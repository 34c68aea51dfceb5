"""A row named by its record noun and a bare number ('recommendation 4', 'action no. 12',
'finding 3b') where the paper numbers its rows with bare numbers: the number is the row's
ref when the register holds it so. 'item 4' is read by the ref reader itself."""

from __future__ import annotations

import re
from collections.abc import Callable, Collection

from assistant.analysis.nouns import RECORD_NOUNS

_NUMBERED = re.compile(
    rf"\b{RECORD_NOUNS}\s+(?:no\.?\s*|number\s+|#\s*)?(?P<number>\d{{1,3}}[a-z]?)\b(?![./:,]\d)"
    r"(?!\s*(?:[-–]|to\s)\s*\d)",  # 'items 1-5': a range of the paper's numbering, no row
    re.I,
)


def numbered_refs(question: str, held: Collection[str]) -> list[str]:
    """The bare numbers ``question`` writes after a record noun that the register holds as
    refs (``held``: refs lower-cased), in order: '4' of 'pull up recommendation 4'. A number
    the register does not hold as a ref ('recommendation 4' where the paper's ref is 'R4')
    is left to other readings."""
    found: list[str] = []
    for match in _NUMBERED.finditer(question):
        number = match.group("number")
        if number.lower() in held and number.upper() not in found:
            found.append(number.upper())
    return found


_REQUEST = re.compile(
    r"^\s*(?:(?:can|could|would|will)\s+you\s+|please\s+|i\s+(?:want|need|would\s+like)\s+to\s+"
    r"see\s+)?(?:show(?:\s+me)?|give\s+me|pull\s+up|bring\s+up|call\s+up|display|look\s+up|open"
    r"(?:\s+up)?|find(?:\s+me)?|get(?:\s+me)?|let\s+me\s+see|list)\b",
    re.I,
)
_FILLER = re.compile(
    rf"\b(?:the|a|an|please|thanks|thank\s+you|and|for\s+me|{RECORD_NOUNS}|ref)\b", re.I
)


def names_only_rows(question: str, refs_of: Callable[[str], list[str]]) -> bool:
    """Whether ``question`` is a request to see the rows it names by ref and nothing else
    ('Show me E2.', 'pull up recommendation 4 please', 'list R3 and R5'): a lookup of those
    rows, no list of rows meeting a condition. ``refs_of`` reads a question's refs; it is
    called only for a question that opens as such a request."""
    opening = _REQUEST.match(question)
    if not opening:
        return False
    refs = refs_of(question)
    if not refs:
        return False
    rest = question[opening.end() :]
    for ref in sorted(refs, key=len, reverse=True):
        rest = re.sub(rf"(?<![\w/.-]){re.escape(ref)}(?![\w/-])", " ", rest, flags=re.I)
    rest = _FILLER.sub(" ", rest)
    return not re.sub(r"[\s,.;:!?'’]+", "", rest)

"""A yes/no question, then a question asked on its answer: 'Has X moved, and if so to when?',
'Is Y done? If not, who is dealing with it?', 'Did Z get an owner - if so, who?'.

'if so' / 'if not' / 'if it has' is no part of either question: the text before it is asked,
then the text after it. A bare question word after it ('who', 'to when', 'why') asks of the
same row: 'who' its owner and 'when' its deadline (the columns that answer them in an action
row), any other word the yes/no question turned into a question of that word ('Has X moved -
if so, why?' -> 'Why has X moved?').
"""

from __future__ import annotations

import re

from assistant.analysis.attribute_parts import COLUMN_QUESTIONS
from ingest.columns import Role

_AUX = r"(?:is|are|was|were|did|does|do|has|have|had|can|will|would|should)"
_CONDITION = re.compile(
    r"(?:\s*[,;:?]\s*|\s+[-–—]\s+|\s+)(?:(?:and|but)\s+)?if\s+"
    rf"(?:so|not|yes|no|(?:it|they|that|this|one)\s+{_AUX}(?:n't|\s+not)?)\s*[,:]?\s+(?=\S)",
    re.I,
)
_BARE = re.compile(
    r"^(?:(?P<prep>to|by|until|from|since|for)\s+)?"
    r"(?P<wh>who(?:m)?|when|why|where|what|which|how(?:\s+(?:long|much|far|many|late))?)"
    r"(?:\s+(?:then|now|instead))?\s*[?.!]*$",
    re.I,
)
_YES_NO = re.compile(rf"^{_AUX}\b", re.I)


def conditional_parts(text: str) -> list[str] | None:
    """The yes/no question and the question asked on its answer; None when ``text`` sets no
    condition between two questions."""
    text = text.strip()
    found = _CONDITION.search(text)
    if found is None:
        return None
    head = text[: found.start()].strip(" ,;:-–—")
    tail = text[found.end() :].strip()
    if not _YES_NO.match(head) or len(head.split()) < 3 or not tail:
        return None
    first = head[0].upper() + head[1:] + "?"
    return [first, _asked_after(tail, head)]


def _asked_after(tail: str, head: str) -> str:
    bare = _BARE.match(tail)
    if bare is None:
        tail = tail[0].upper() + tail[1:]
        return tail if tail.endswith(("?", ".", "!")) else tail + "?"
    wh = bare.group("wh").lower()
    if wh in ("who", "whom"):
        return COLUMN_QUESTIONS[Role.OWNER][0]
    if wh == "when":
        return COLUMN_QUESTIONS[Role.DUE][0]
    said = " ".join(w for w in (bare.group("prep"), bare.group("wh")) if w)
    return f"{said[0].upper()}{said[1:]} {head[0].lower()}{head[1:]}?"

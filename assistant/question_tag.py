"""A question tag ('…, wasn't it?', '…, hasn't it?') asks its clause again: the tag's pronoun
is the clause's own subject, not a pointer at what the last answer was about. When the clause
names its subject ('The staff appraisal one was fully met as well, wasn't it?'), the tag is
dropped before the turn is read against the conversation, so that 'it' is not replaced by the
row of the turn before; a clause whose subject is itself a pronoun ('It was met, wasn't it?')
keeps its tag, the pronoun rules reading both.
"""

from __future__ import annotations

import re

__all__ = ["without_tag"]

_TAG = re.compile(
    r",?\s*(?:is|was|were|are|has|have|had|did|does|do|will|would|can|could|should)"
    r"(?:n['’]t|\s+not)\s+(?:it|they|he|she|there)\s*[?.!]*\s*$",
    re.I,
)
# a clause opening with a pronoun subject: the tag repeats it, and both point back
_PRONOUN_SUBJECT = re.compile(
    r"^\s*(?:(?:and|so|but|then|ok|okay)[\s,]+)*(?:it|they|this|that|these|those|he|she|"
    r"there)\b",
    re.I,
)


def without_tag(question: str) -> str:
    """``question`` without a closing question tag when its clause names its own subject."""
    tag = _TAG.search(question)
    if tag is None or tag.start() == 0:
        return question
    head = question[: tag.start()].rstrip(" ,")
    if _PRONOUN_SUBJECT.match(head) or len(head.split()) < 3:
        return question
    return head + "?"

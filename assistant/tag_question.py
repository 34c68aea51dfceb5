"""'The staff appraisal one was fully met as well, wasn't it?': a statement with a question tag
asks whether the statement holds of its own subject. The tag's pronoun is that subject, not
what the turn before was about; the turn is read as the yes/no question it stands for ('Was
the staff appraisal one fully met as well?'). Read from closed classes: the auxiliaries and
the negated auxiliary of the tag that repeats it. A tag that does not repeat its clause's
auxiliary ('the review is done, hasn't it?') is dropped where the clause names its own subject;
a clause whose subject is itself a pronoun ('It was met, wasn't it?') keeps its tag, the pronoun
rules reading both."""

from __future__ import annotations

import re

_AUX = r"is|are|was|were|has|have|had|does|do|did|will|would|can|could"
_STATEMENT_TAGGED = re.compile(
    rf"^\s*(?P<subject>(?:the|this|that|its|their|[A-Z])[^,?]*?)\s+(?P<aux>{_AUX})\s+"
    rf"(?P<rest>[^?]+?)\s*,\s*(?P<tag>{_AUX})(?:n't|n’t| not)\s+(?:it|they|he|she)\s*\?\s*$",
    re.I,
)
_OPENER = re.compile(r"^(?:(?:and|so|but|then|ok|okay|right|now|oh)\b[\s,]*)+", re.I)
_PRONOUN_SUBJECT = re.compile(r"^(?:it|they|he|she|this|that|these|those)$", re.I)
# any closing tag, and a clause opening with a pronoun subject that the tag repeats
_TAG = re.compile(
    r",?\s*(?:is|was|were|are|has|have|had|did|does|do|will|would|can|could|should)"
    r"(?:n['’]t|\s+not)\s+(?:it|they|he|she|there)\s*[?.!]*\s*$",
    re.I,
)
_OPENS_WITH_PRONOUN = re.compile(
    r"^\s*(?:(?:and|so|but|then|ok|okay)[\s,]+)*(?:it|they|this|that|these|those|he|she|"
    r"there)\b",
    re.I,
)


def untagged(question: str) -> str:
    """``question`` as the yes/no question its tagged statement stands for; ``question``
    itself when it is no such statement, or its subject is itself a pronoun ('it was done,
    wasn't it?' points back, and is read so)."""
    found = _STATEMENT_TAGGED.match(question)
    if found is None or found["aux"].lower() != found["tag"].lower():
        return _tag_dropped(question)
    subject = _OPENER.sub("", found["subject"].strip())  # 'So the X one was …': 'the X one'
    if _PRONOUN_SUBJECT.match(subject):
        return question
    if not subject:
        return question
    if subject[:1].isupper() and subject.split()[0].lower() in ("the", "this", "that", "its"):
        subject = subject[0].lower() + subject[1:]
    return f"{found['aux'].capitalize()} {subject} {found['rest'].strip()}?"


def _tag_dropped(question: str) -> str:
    """``question`` without a closing tag that does not repeat its clause's auxiliary, when
    the clause names its own subject."""
    tag = _TAG.search(question)
    if tag is None or tag.start() == 0:
        return question
    head = question[: tag.start()].rstrip(" ,")
    if _OPENS_WITH_PRONOUN.match(head) or len(head.split()) < 3:
        return question
    return head + "?"

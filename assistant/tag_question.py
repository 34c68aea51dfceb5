"""'The staff appraisal one was fully met as well, wasn't it?': a statement with a question tag
asks whether the statement holds of its own subject. The tag's pronoun is that subject, not
what the turn before was about; the turn is read as the yes/no question it stands for ('Was
the staff appraisal one fully met as well?'). Read from closed classes: the auxiliaries and
the negated auxiliary of the tag that repeats it."""

from __future__ import annotations

import re

_AUX = r"is|are|was|were|has|have|had|does|do|did|will|would|can|could"
_STATEMENT_TAGGED = re.compile(
    rf"^\s*(?P<subject>(?:the|this|that|its|their|[A-Z])[^,?]*?)\s+(?P<aux>{_AUX})\s+"
    rf"(?P<rest>[^?]+?)\s*,\s*(?P<tag>{_AUX})(?:n't|n’t| not)\s+(?:it|they|he|she)\s*\?\s*$",
    re.I,
)
_PRONOUN_SUBJECT = re.compile(r"^(?:it|they|he|she|this|that|these|those)$", re.I)


def untagged(question: str) -> str:
    """``question`` as the yes/no question its tagged statement stands for; ``question``
    itself when it is no such statement, or its subject is itself a pronoun ('it was done,
    wasn't it?' points back, and is read so)."""
    found = _STATEMENT_TAGGED.match(question)
    if found is None or found["aux"].lower() != found["tag"].lower():
        return question
    subject = found["subject"].strip()
    if _PRONOUN_SUBJECT.match(subject):
        return question
    if subject[:1].isupper() and subject.split()[0].lower() in ("the", "this", "that", "its"):
        subject = subject[0].lower() + subject[1:]
    return f"{found['aux'].capitalize()} {subject} {found['rest'].strip()}?"

"""What is left, from a progress figure written as 'A of B'.

'How many contracts still have no manager?', 'how many stations are not yet done?': the
record writes progress as the part done ('managers assigned to 41 of 55 live contracts'), so
the number asked is the rest, B − A. The question says it asks the rest by a negation or a
word of what remains; the sentence must be about the question's subject and must not itself
count the rest ('14 of 55 contracts have no manager' already answers). The first line gives
the figure and how it was reached; the sentence is quoted, cited, below it.
"""

from __future__ import annotations

import re

from assistant.analysis import unquoted
from assistant.evidence import Evidence, coverage

_HOW_MANY = re.compile(r"\bhow many\b", re.I)
# the question asks the rest: a negation, or a word of what remains
_REST = re.compile(
    r"\b(?:no|not|without|yet to|still to|remain(?:s|ing)?|left|outstanding|missing|"
    r"lacking|un[a-z]{4,})\b|n't\b",
    re.I,
)
_PART_OF = re.compile(
    r"\b(?P<done>\d[\d,]*)\s+(?:out\s+)?of\s+(?:the\s+|all\s+)?(?P<all>\d[\d,]*)\b"
)
SUBJECT_MIN = 0.5  # of the question's weight the sentence must hold


def _number(text: str) -> int:
    return int(text.replace(",", ""))


def remainder(question: str, evidence: list[Evidence], weights: dict[str, float]) -> list[str]:
    """The line stating the rest ('**14** (55 less the 41 of 55 the record reports)') when a
    'how many … not …' question meets an 'A of B' figure in the best sentence about its
    subject; else no line."""
    text = unquoted(question)
    if not _HOW_MANY.search(text) or not _REST.search(text) or not weights:
        return []
    for item in evidence[:6]:
        found = _PART_OF.search(item.text)
        # a progress note is about its record: the record's other cells name the subject
        about = " ".join(
            e.text for e in evidence if item.record_id and e.record_id == item.record_id
        )
        if found is None or coverage(about or item.text, weights) < SUBJECT_MIN:
            continue
        if _REST.search(item.text):
            return []  # the sentence counts the rest itself
        done, whole = _number(found.group("done")), _number(found.group("all"))
        if not 0 <= done <= whole:
            return []
        return [
            f"**{whole - done}** — the record reports {found.group(0)}, so "
            f"{whole - done} of {whole} remain:"
        ]
    return []

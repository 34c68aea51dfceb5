"""A total asked by group: 'how many actions does each lead hold?', 'break the actions down by
RAG', 'which accountable manager has the most?', 'who owns the fewest?'.

The group noun is read by its role (after 'each', 'per', 'by', or heading 'which … has the
most'), then typed as the register column it names: a paper's own header whose cells hold a
field ('RAG' -> status, 'Risk rating' -> priority, 'Position' -> status), the field's general
words ('lead', 'owner', 'status', 'priority'), or a word the owners in the record are written
with ('manager', 'officer'). A noun that names no column ('each directorate' where no owner
is a directorate, 'each action') asks for no grouping.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Literal

from assistant.analysis.headers import header_key
from assistant.analysis.model import FieldName
from assistant.analysis.patterns import FIELD_WORDS

GroupField = Literal["owner", "status", "priority", "document"]
Extreme = Literal["most", "fewest"]

# a group noun of up to three words, ending before the verb that follows it
_NOUN_STOP = (
    r"has|have|had|holds?|owns?|leads?|is|are|in|of|on|at|for|within|across|got|gets|carr\w*|"
    r"do|does|did"
)
_NOUN = rf"(?P<noun>[A-Za-z][\w'-]*\.?(?:\s+(?!(?:{_NOUN_STOP})\b)[A-Za-z][\w'-]*){{0,2}})"
# 'each lead', 'per officer', 'for every owner', 'by RAG rating', 'broken down by status'
# ('per the report' is 'according to': no group)
_EACH = re.compile(
    rf"\b(?:each|every|per(?!\s+(?:the|a|an|its|their|this|that|these|those)\b))\s+"
    rf"(?:single\s+|individual\s+)?{_NOUN}",
    re.I,
)
# 'by' after the rows counted or a verb of grouping, not after a participle ('owned by X')
_BY = re.compile(
    # or after a break in the clause ('how many are open, by owner?', '(by status)')
    r"(?:(?:\b(?:down|up|split|grouped|sorted|broken|them|these|those|ones|all|rows|items)|"
    r"[a-z]s)\s+(?:by|according\s+to)|[,;(–—]\s*by)\s+(?:their\s+|its\s+|the\s+|each\s+)?" + _NOUN,
    re.I,
)
# 'by who leads them', 'by whoever owns them': the owner column
_BY_WHO = re.compile(
    r"\b(?:by|according\s+to)\s+who(?:m|ever)?\s+(?:leads?|owns?|holds?|is\s+responsible)\b", re.I
)
# 'which manager has the most', 'what status is most common', 'who holds the fewest'
_WHICH_MOST = re.compile(
    rf"\b(?:which|what)\s+{_NOUN}(?:\s+(?:at|in|on|for|of|within|across)\s+[^?]{{1,60}}?)?"
    r"\s+(?:has|have|had|holds?|owns?|leads?|carries|carry|is\s+"
    r"(?:responsible\s+for|down\s+for|named\s+(?:against|on|for))|appears?(?:\s+\w+)?|"
    r"is|are|got|gets)\s+(?:the\s+)?(?:(?P<most>most|largest|greatest|highest|biggest)|"
    r"(?P<fewest>fewest|least|smallest|lowest))\b",
    re.I,
)
# 'what colour do the most actions carry?': the group noun, then the rows at an extreme
_MOST_ROWS = re.compile(
    rf"\b(?:which|what)\s+{_NOUN}\s+(?:do|does|did)\s+(?:the\s+)?(?:(?P<most>most)|"
    r"(?P<fewest>fewest|least))\b",
    re.I,
)
_WHO_MOST = re.compile(
    r"\bwho(?:'s|\s+is)?\s+(?:has|holds?|owns?|leads?|got|gets|carries|is\s+responsible\s+for|"
    r"(?:is\s+)?down\s+for|(?:is\s+)?named\s+(?:against|on|for))\s+(?:the\s+)?"
    r"(?:(?P<most>most|largest|greatest|highest|biggest)|(?P<fewest>fewest|least|smallest))\b",
    re.I,
)
_MOST_COMMON = re.compile(
    rf"\b(?:which|what)(?:'s|’s|\s+(?:is|was|are|were))?\s+(?:the\s+)?(?:(?P<most>most)|(?P<fewest>least))\s+(?:common|"
    rf"frequent|usual)\s+{_NOUN}",
    re.I,
)
# a total asked at all: the request words that ask for counts by group
_TOTALS = re.compile(
    r"\bhow\s+many\b|\b(?:count|tally|total|totals|number|numbers|break\s*down|breakdown|"
    r"split|grouped|group|summari[sz]e|most|fewest|least)\b",
    re.I,
)
# nouns of the papers themselves: a total per paper
_PAPER = re.compile(r"^(?:papers?|reports?|documents?|plans?|trackers?|logs?)$", re.I)
# the owner column's general nouns
_OWNER_NOUN = re.compile(
    r"(?:owners?|leads?|lead\s+officers?|leaders?|responsible\s+\w+|accountable\s+\w+|"
    r"persons?|people|posts?|post-holders?|officers?\s+responsible)$"
)
_GENERAL: dict[str, GroupField] = {"owner": "owner", "status": "status", "priority": "priority"}


@dataclass(frozen=True)
class Grouping:
    """The column the totals are grouped by, the words that named it, and an extreme asked."""

    field: GroupField
    words: str
    extreme: Extreme | None = None


def _singular(word: str) -> str:
    """A word less its plural ending: 'officers' is 'officer'; a stem would make 'directorate'
    the owner word 'director'."""
    return re.sub(r"(?<=[a-z]{3})s$", "", word.lower())


def _typed(
    noun: str,
    headers: dict[tuple[str, ...], FieldName],
    owner_words: Callable[[], set[str]],
    owners: bool = True,
) -> GroupField | None:
    """The column ``noun`` names: a header of the papers in scope, a field's general word, a
    word the owners are written with, or the papers themselves."""
    words = noun.lower().split()
    if not words:
        return None
    if _PAPER.match(words[0]):
        return "document"
    for size in range(len(words), 0, -1):
        head = " ".join(words[:size])
        key = header_key(head)
        if key and key in headers and headers[key] in _GENERAL:
            return _GENERAL[headers[key]]  # 'RAG rating', 'Position': the paper's own header
        for pattern, name in FIELD_WORDS:
            found = pattern.search(head)
            if found and found.start() == 0 and name in ("status", "priority"):
                return _GENERAL[name]
        if _OWNER_NOUN.match(head):
            return "owner"
        if owners and _singular(words[size - 1]) in owner_words():
            return "owner"  # 'each manager', 'which officer': a word the owners are written in
    return None


def asked_grouping(
    question: str, headers: dict[tuple[str, ...], FieldName], owners: Sequence[str]
) -> Grouping | None:
    """The grouping a question asks totals by; None when it asks none.

    ``headers`` are the stems of the column headers of the papers in scope and the field each
    holds; ``owners`` the owners the record names (their words are read only when needed).

    >>> asked_grouping("How many actions does each lead hold?", {}, []).field
    'owner'
    """
    if not _TOTALS.search(question):
        return None
    held: list[set[str]] = []

    def owner_words() -> set[str]:
        if not held:
            held.append({_singular(w) for o in owners for w in re.findall(r"[A-Za-z]+", o.lower())})
        return held[0]

    for pattern in (_WHICH_MOST, _MOST_COMMON, _MOST_ROWS):
        found = pattern.search(question)
        if found and (field := _typed(found.group("noun"), headers, owner_words)):
            return Grouping(field, found.group("noun"), "most" if found.group("most") else "fewest")
    found = _WHO_MOST.search(question)
    if found:
        return Grouping("owner", "who", "most" if found.group("most") else "fewest")
    if found := _BY_WHO.search(question):
        return Grouping("owner", found.group(0))
    for pattern in (_EACH, _BY):  # after 'by' a value may follow ('by the Clerk'): no owners
        for found in pattern.finditer(question):
            noun = found.group("noun")
            if field := _typed(noun, headers, owner_words, owners=pattern is _EACH):
                return Grouping(field, noun)
    return None

"""Questions that ask for rows without 'which': 'does X have any action not yet started?',
'what is marked Open in the log?'. Whether any rows carry a value is answered by listing them."""

from __future__ import annotations

import re

from assistant.analysis.nouns import which_noun
from assistant.analysis.patterns import SLIPPED, STATUS_WORDS

# a verb of labelling before a value: the words of the register's column, as written
LABELLED = re.compile(
    r"\b(?:marked|rated|shown|recorded|listed|flagged|given|labell?ed|classed|graded|"
    r"categori[sz]ed|status(?:\s+(?:is|of))?)(?:\s+as)?\s*[:'\"‘“]?\s*$",
    re.I,
)
_WHAT_LABELLED = re.compile(
    r"^\W*what(?:\s+is|\s+are|'s)\s+(?:(?:still|currently|now)\s+)?"
    r"(?:marked|rated|shown|recorded|listed|flagged|labell?ed|classed|graded)\b",
    re.I,
)

# 'what's on the tracker under X?', 'what is in the plan under the heading Y': the rows a part
# of a paper holds
_WHAT_UNDER = re.compile(
    r"^\W*what(?:['’]s|\s+is|\s+are)\s+(?:(?:listed|recorded|shown|included)\s+)?(?:on|in)\b"
    r"[^?,;]*?\bunder\s+(?!(?:way|review|consideration|discussion)\b)",
    re.I,
)


def asks_rows(question: str, nouns: set[str] | frozenset[str] = frozenset()) -> bool:
    """'Which X actions …' (:func:`which_noun`), 'any' before a record noun ('any action not
    yet started', 'any recommendation with no named owner'), 'what is marked …' or 'what is on
    the log under …'."""
    if (
        which_noun(question, nouns)
        or _WHAT_LABELLED.search(question)
        or _WHAT_UNDER.search(question)
    ):
        return True
    if any(_in_a_state(question[m.end() :]) for m in _ANYTHING.finditer(question)):
        return True  # 'anything that's overdue or partly done?': the rows in that state
    for found in _NOUNS_IN_A_STATE.finditer(question):  # 'X: actions that are still open?'
        if _in_a_state(question[found.end() :]) and which_noun(f"which {found['np']}", nouns):
            return True
    return any(which_noun(f"which {question[m.end() :]}", nouns) for m in _ANY.finditer(question))


# 'anything / everything (that is / which are / still)' before a state the rows are in
_ANYTHING = re.compile(
    r"\b(?:anything|everything|whatever)\s+(?:(?:that|which)(?:['’]s|\s+(?:is|are|was|were|has|"
    r"have))?|(?:is|was))?(?:\s+(?:still|now|currently|already|been))*\s+",
    re.I,
)


def _in_a_state(text: str) -> bool:
    """Whether ``text`` opens with a state the register records ('overdue', 'partly done')."""
    head = " ".join(text.split()[:3])
    return any(p.match(head) for p, _ in STATUS_WORDS) or bool(SLIPPED.match(head))


_ANY = re.compile(r"\bany\b", re.I)
# a bare noun phrase opening the question or its clause, then a relative clause of state:
# 'Heronsgate: recommendations that are neither done nor open?', 'the items which are late'
_NOUNS_IN_A_STATE = re.compile(
    r"(?:^\W*|[:;–—]\s*|\s-\s+)(?:(?:the|all|any)\s+)?(?P<np>(?:[\w'’&-]+\s+){0,3}?[\w'’&-]+s)"
    r"\s+(?:that|which)(?:['’]re|\s+(?:are|were|have|has|had))"
    r"(?:\s+(?:been|still|now|currently|either|neither))*\s+",
    re.I,
)

"""A state offered beside 'overdue' as an alternative ('overdue or only partly implemented',
'either partially complete or overdue'): the rows asked are those in either, the union of the
computed overdue rows and the rows the other state names, not their intersection."""

from __future__ import annotations

import re

from assistant.analysis.negated_states import excluding_cue
from assistant.analysis.patterns import STATUS_WORDS

_OVERDUE = r"(?:overdue|past (?:its|their|the) (?:deadline|due date)s?|late)"
# the other disjunct, up to the end of its clause, on either side of 'overdue'
_AFTER = re.compile(rf"\b{_OVERDUE}\s*,?\s+or\s+(?P<other>[^,;?.!]+)", re.I)
_BEFORE = re.compile(rf"\b(?:either\s+)?(?P<other>[\w' -]{{3,40}}?)\s*,?\s+or\s+{_OVERDUE}\b", re.I)


def state_beside_overdue(question: str) -> list[str]:
    """The normalised statuses a question offers as the alternative to 'overdue' ('only partly
    done' -> ['partial']); [] when it offers none (then 'overdue' alone is asked)."""
    for pattern in (_AFTER, _BEFORE):
        for found in pattern.finditer(question):
            other = found.group("other")
            for status, values in STATUS_WORDS:
                words = status.search(other)
                if words and not re.search(r"\b(?:not|n't|never)\s*$", other[: words.start()]):
                    return values
    return []


_STATED_OVERDUE = re.compile(
    r"\boverdue\b|\bpast (?:its|their|the) (?:deadline|due date)s?\b", re.I
)
_NOT_RIGHT_BEFORE = re.compile(
    r"(?:\bnot|n['’]t|\bnever|\bno longer)\s+(?:(?:yet|even)\s+)?$", re.I
)


def overdue_left_out(question: str) -> bool:
    """Whether the question sets the overdue rows aside ('excluding the overdue ones', 'which
    are not overdue'): every 'overdue' it writes is negated or in an exclusion clause, so the
    rows asked are the others."""
    found = list(_STATED_OVERDUE.finditer(question))
    return bool(found) and all(
        _NOT_RIGHT_BEFORE.search(question[: m.start()]) or excluding_cue(question, m.start())
        for m in found
    )

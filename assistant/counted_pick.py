"""Picks of several rows, or of one of a pair, from the list the last answer showed: 'the first
two', 'the last three items', 'the top 2'; 'the former', 'the latter'. The members are taken in
the order shown, and the question is asked of them as of any pick
(:func:`assistant.referring.picked` picks one row by its place, or the other one).
"""

from __future__ import annotations

import re

from assistant.antecedents import Previous
from assistant.dated_pick import dated_pick
from ingest.model import ActionRecord

__all__ = ["PAIR_PICK", "counted_pick"]

_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "2": 2, "3": 3, "4": 4, "5": 5}
# 'the first two', 'the last three items', 'the top 2 ones'; not 'the last two years'
_COUNTED = re.compile(
    r"\b(?:the\s+)?(?P<end>first|last|top|bottom|final)\s+(?P<n>two|three|four|five|[2-5])\b"
    r"(?:\s+(?:ones?|items?|actions?|recommendations?|records?|rows?|entries|listed|shown))?"
    r"(?!\s+(?:year|month|week|quarter|day|meeting|time|period|term)s?\b)",
    re.I,
)
# 'the latter', 'the former one': of a pair; not 'the former director' (an adjective). What
# follows a pick is no head noun: a verb or an auxiliary, a possessive ('the latter's owner'), a
# participle or an adverb ('the latter owned by', 'the former still open'), or 'due' — the
# register's own predicate ('when was the latter due?')
PAIR_PICK = re.compile(
    r"\bthe\s+(?P<which>former|latter)\b(?:\s+(?:one|item|action|recommendation|record)\b|"
    r"(?=\s*(?:[-–—,;:?.!]|$)|\s+(?:is|was|has|had|does|did|will|got|about)\b|['’]s\b"
    r"|\s+(?:due|still|now|yet|already|ever|also|really)\b|\s+(?-i:[a-z]+(?:ed|en|ly))\b))",
    re.I,
)

Pick = tuple[int, int, list[ActionRecord], list[str]]


def counted_pick(question: str, previous: Previous | None) -> Pick | None:
    """(start, end of the words that pick, the rows picked, their names), in the order the
    last answer showed them; None when the question picks none this way, or the list is not
    longer than what is picked."""
    if previous is None:
        return None
    names = previous.names
    records = previous.records[: len(names)]
    if len(names) < 2:
        return None
    counted = _COUNTED.search(question)
    if counted:
        n = _COUNTS[counted.group("n").lower()]
        if n >= len(names):
            return None
        last = counted.group("end").lower() in {"last", "bottom", "final"}
        span = slice(len(names) - n, None) if last else slice(0, n)
        return counted.start(), counted.end(), records[span], names[span]
    pair = PAIR_PICK.search(question)
    if pair:
        at = 0 if pair.group("which").lower() == "former" else len(names) - 1
        return pair.start(), pair.end(), [records[at]], [names[at]]
    return dated_pick(question, records, names)  # 'the later one', 'the one due first'

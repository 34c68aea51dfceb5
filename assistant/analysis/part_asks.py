"""A part of a whole asked of a figure the papers state ('were more or fewer than half of the
45 activities done?', 'what share of the 21 stations were checked?', 'how many of the nine
stations have meters?', 'had most live contracts been given a manager?'): the kind of answer,
the threshold a yes/no form sets, and the whole the question itself states.

The forms are a closed class of quantifier, fraction and proportion words (the frame of the
question), never a paper's names; the figure that answers is read from the text by
:mod:`assistant.answers.composers.stated_parts`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from assistant.analysis.shares import COMPARISONS, FRACTIONS, Threshold

PartKind = Literal["threshold", "either", "share", "count"]

_SHARE = (
    r"(?P<share>"
    + "|".join(re.escape(w) for w in sorted(FRACTIONS, key=len, reverse=True))
    + r"|\d{1,3}\s*(?:%|per\s*cent|percent))"
)
_MORE = r"(?:more|over|above|greater)"
_FEWER = r"(?:fewer|less|under|below)"
# 'more or fewer than half', 'over or under half', 'fewer or more than a third': either side
_EITHER = re.compile(
    rf"\b(?:{_MORE}\s+or\s+{_FEWER}|{_FEWER}\s+or\s+{_MORE})(?:\s+than)?\s+{_SHARE}\b", re.I
)
# 'more than half (of)', 'at least a third', 'under 50%'
_OP_SHARE = re.compile(
    r"\b(?P<op>" + "|".join(sorted(COMPARISONS, key=len, reverse=True)) + rf")\s+{_SHARE}(?!\w)",
    re.I,
)
# 'most (of)', 'the majority of', 'a majority of'
_MOST = re.compile(
    r"(?<!\bthe )\b(?:most|(?:the|a)\s+majority)\b(?!\s+(?:recent|recently|likely|often)\b)", re.I
)
# 'what share / proportion / fraction / percentage of', 'how much of', 'what part of'
_ASKS_SHARE = re.compile(
    r"\b(?:what|which)\s+(?:\w+\s+)?(?:share|proportion|fraction|percentage|part|portion|"
    r"per\s*cent(?:age)?)\b|\bhow\s+much\s+of\b|\bin\s+what\s+share\b",
    re.I,
)
# 'how many of the (N) …', 'how many out of …', 'on how many of the seven wards'
_ASKS_COUNT_OF = re.compile(r"\bhow\s+many\s+(?:\w+\s+)?(?:out\s+)?of\b", re.I)

_NUMBER_WORDS = (
    "two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen twenty"
).split()
# the whole a question states: 'the 45 activities', 'the nine island stations', 'its 10 items'
_WHOLE = re.compile(
    r"\b(?P<n>\d{1,3}(?:,\d{3})*|" + "|".join(_NUMBER_WORDS) + r")\s+(?P<noun>[a-z][a-z-]+)",
    re.I,
)
_NOT_NOUN = re.compile(
    r"^(?:january|february|march|april|may|june|july|august|september|october|november|"
    r"december|per|of|and|or|to|percent|cent)$",
    re.I,
)


@dataclass(frozen=True)
class PartAsk:
    """What a question asks of a part of a whole: its kind, the threshold a yes/no form sets
    (``either`` asks which side of it), and the whole the question states, if any."""

    kind: PartKind
    threshold: Threshold | None = None
    whole: int | None = None


def number_value(written: str) -> int | None:
    """'45' -> 45, '1,900' -> 1900, 'nine' -> 9; None for anything else."""
    low = written.lower().replace(",", "")
    if low.isdigit():
        return int(low)
    return _NUMBER_WORDS.index(low) + 2 if low in _NUMBER_WORDS else None


def _share_value(text: str) -> float:
    low = re.sub(r"\s+", " ", text.lower())
    number = re.match(r"\d+", low)
    return int(number.group(0)) / 100 if number else FRACTIONS[low]


def stated_whole(question: str) -> int | None:
    """The size of the whole the question states ('the 45 activities' -> 45), not a year, a
    date's day or a share; None when it states none."""
    for found in _WHOLE.finditer(question):
        value = number_value(found.group("n"))
        before = question[max(0, found.start() - 8) : found.start()]
        if (
            value is None
            or 1900 <= value <= 2100
            or _NOT_NOUN.match(found.group("noun"))
            or re.search(r"[/.\-–]\s*$|\b(?:ref|item|no|page)\.?\s*$", before, re.I)
            or re.match(r"\s*(?:%|per\s*cent|/)", question[found.end("n") :])
        ):
            continue
        return value
    return None


def part_ask(question: str) -> PartAsk | None:
    """The part of a whole ``question`` asks, or None when it asks none."""
    whole = stated_whole(question)
    either = _EITHER.search(question)
    if either:
        share = _share_value(either.group("share"))
        return PartAsk("either", Threshold("=", share, either.group(0)), whole)
    op_share = _OP_SHARE.search(question)
    if op_share:
        op = COMPARISONS[re.sub(r"\s+", " ", op_share.group("op").lower())]
        share = _share_value(op_share.group("share"))
        return PartAsk("threshold", Threshold(op, share, op_share.group(0)), whole)
    most = _MOST.search(question)
    if most:
        return PartAsk("threshold", Threshold(">", 0.5, most.group(0)), whole)
    if _ASKS_SHARE.search(question):
        return PartAsk("share", None, whole)
    if _ASKS_COUNT_OF.search(question):
        return PartAsk("count", None, whole)
    return None

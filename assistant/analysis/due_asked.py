"""Which of a row's deadlines a date question asks for: the one set now, the one first set, how
far it moved, or both dates.

A revised row holds two deadlines, and 'when is it due?', 'when was it first due?', 'how far has
it slipped?' and 'what were the original and the new dates?' each want a different one. The
kind is read from the question's grammar: an adjective or adverb of the first date ('original',
'initially', 'first set'), of the current one ('latest', 'now', 'revised'), or a verb of moving
a date later ('slipped', 'pushed back', 'put back', 'extended', 'delayed') with a measure of
how far ('how far', 'by how much', 'how many months'). No word names a paper or a row.
"""

from __future__ import annotations

import re
from typing import Literal

from assistant.analysis.comparison import asks_original
from assistant.analysis.model import QueryAnalysis

DueKind = Literal["current", "first", "slip", "both"]

# the first date: 'first due', 'the first deadline', 'due at first', 'was meant to be done by'
_FIRST = re.compile(
    r"\bfirst\s+(?:\w+\s+){0,2}(?:due|deadline|target|date|timescale)s?\b|"
    r"\b(?:due|deadline|target|date)s?\s+(?:\w+\s+){0,3}first\b|"
    r"\b(?:earlier|previous|prior|old|former)\s+(?:due\s+)?(?:deadline|target|date|timescale)s?\b|"
    r"\b(?:deadline|target|date)s?\s+(?:was\s+|were\s+)?(?:before|previously)\b|"
    # or the time first set for the work, by the verb of intending ('first supposed to be
    # published', 'at first meant to finish'), or the one it had before a move ('before it
    # slipped', 'before it was first pushed back')
    r"\b(?:at\s+)?first\s+(?:supposed|meant|scheduled|planned|expected|intended|set|agreed)\b",
    re.I,
)
# the deadline it had before a move: 'before it slipped', 'before it was first pushed back'
# (a date asked, not how far it moved)
_BEFORE_MOVE = re.compile(
    r"\bbefore\s+(?:it|they|the\s+\w+)\s+(?:was\s+|were\s+|had\s+been\s+|first\s+)*"
    r"(?:slipped|moved|extended|pushed\s+back|put\s+back|revised|postponed|deferred|delayed)\b",
    re.I,
)
# the date set now: 'the latest deadline', 'due now', 'the new target date', 'the revised date'
_NOW = re.compile(
    r"\b(?:latest|current|new|revised|updated|present|moved|extended)\s+(?:due\s+)?"
    r"(?:deadline|target|date|timescale|completion)s?\b|\bnow\b|\bcurrently\b|\bthese days\b",
    re.I,
)
# how far a date moved: a verb of moving a date later, with a measure or a question of it
_MOVED = (
    r"(?:slip(?:ped|page|s)?|push(?:ed)?\s+(?:back|out)|put\s+back|"
    r"mov(?:e|es|ed)(?:\s+back|\s+out|\s+on)?|shift(?:s|ed)?|slid(?:e|es)?|"
    r"deferred|delayed|postponed|extended|set\s+back|overrun|late)"
)
_SLIP = re.compile(
    rf"\bslip(?:ped|page)\b|\bhow\s+(?:far|long|much|many\s+months|late)\b[^?]{{0,80}}?"
    rf"\b{_MOVED}\b|\bby\s+how\s+(?:much|many\s+(?:months|weeks|days))\b[^?]{{0,80}}?\b{_MOVED}\b|"
    rf"\b{_MOVED}\b[^?]{{0,60}}?\bby\s+how\s+(?:much|long|many)\b",
    re.I,
)
# a date is asked of the row: 'when', or a deadline's noun
_DATE_ASKED = re.compile(r"\b(?:when|due|deadlines?|dates?|targets?|timescales?)\b", re.I)

# a question answered yes or no ('is the deadline still the original one?', 'was it first
# set for May?'): the current date, with the first one beside it, answers it either way
_YES_NO = re.compile(r"^\s*(?:and\s+)?(?:is|was|are|were|has|have|had|does|did)\b", re.I)


def asked_due_kind(question: str) -> DueKind:
    """Which deadline of a row ``question`` asks for.

    >>> asked_due_kind("How far has the survey action slipped?")
    'slip'
    >>> asked_due_kind("When was it first due, and when is it due now?")
    'both'
    >>> asked_due_kind("What was the initial target date?")
    'first'
    >>> asked_due_kind("Is it still the original deadline?")
    'current'
    >>> asked_due_kind("When is it due?")
    'current'
    """
    if _BEFORE_MOVE.search(question) and not _NOW.search(question):
        return "first"
    if _SLIP.search(question):
        return "slip"
    if _YES_NO.match(question):
        return "current"  # 'is it still the original date?': the date now, and what it was
    first = asks_original(question) or _FIRST.search(question) is not None
    if first and _NOW.search(question):
        return "both"
    return "first" if first else "current"


def of_named_rows(analysis: QueryAnalysis) -> QueryAnalysis:
    """``analysis``, made a look-up of the deadline when it names rows and asks how far their
    deadline moved or what it first was ('how much has R4 slipped?' is no count, 'how far
    has R4 been put back?' no explanation: both ask the row's two dates)."""
    if not analysis.refs or analysis.intent not in ("explain", "count", "lookup"):
        return analysis
    kind = asked_due_kind(analysis.question)
    if kind == "current" or (kind != "slip" and not _DATE_ASKED.search(analysis.question)):
        return analysis  # 'what was the original action?': no date asked
    # 'by how many months was X put back?' is a look-up of its two dates, no count of anything
    if analysis.intent == "lookup" and "due" in analysis.fields:
        if kind == "slip" and analysis.quantity:
            return analysis.model_copy(update={"quantity": False})
        return analysis
    fields = ["due", *(f for f in analysis.fields if f not in ("due", "status"))]
    return analysis.model_copy(
        update={"intent": "lookup", "fields": fields, "field": "due", "quantity": False}
    )

"""A row named by its place beside the row in focus: 'the next one', 'the row after it', 'the
previous recommendation', 'the one before that'.

The neighbour is read from the list the row was picked from, in the order it was shown
('the second one' of the high-priority rows, then 'the one after that': the third shown), else
from the paper's own order (each record's ``ordinal``): after a turn about one row asked by
itself, 'the next recommendation' is the row that follows it in the same paper. The phrase
is put in the question as the neighbour's name, and what is left is resolved against that row
('the row after it - what was its progress?' asks the progress of the row after). A phrase
that asks something *of* the row ('the next action for it', 'the next step') is no neighbour;
nor is any 'next' before a paper, a year or a date (those are other mechanisms'), since the
noun must be a row's.
"""

from __future__ import annotations

import re

from assistant.antecedents import Previous, record_names
from assistant.register import Register
from assistant.text import NOT_IT_ACRONYM
from ingest.model import ActionRecord

__all__ = ["NEIGHBOUR", "beside", "focus_row", "neighbour_row", "put_row"]

# the nouns a row is called by (singular: 'the next ones' is a list, not a neighbour)
_ROW = r"(?:one|row|entry|line|item|action|recommendation|rec|finding|issue|point|area|objective)"
_AFTER = r"next|following|subsequent"
_BEFORE = r"previous|preceding|prior"
_POINTER = r"(?:it|that|this|that\s+one|this\s+one)"
# 'the next recommendation', 'the following row'; 'the row after it', 'the one below that'
NEIGHBOUR = re.compile(
    rf"\b(?:the\s+)?(?:(?P<adj>{_AFTER}|{_BEFORE})\s+{_ROW}"
    rf"|{_ROW}\s+(?:(?:right|immediately|directly|just|straight)\s+)?(?P<prep>after|below|under|"
    rf"underneath|before|above|following|preceding)\s+{_POINTER})\b"
    # 'the next action for it', 'the next action planned': asked of the row, not beside it
    r"(?!\s+(?:for|on|of|to|planned|agreed|due|needed|required|taken|in\s+(?:it|that)\b))",
    re.I,
)
_OPENING = re.compile(r"\s*(?:(?:and|so|now|ok|okay|then|what\s+about|how\s+about)[\s,]+)*", re.I)
_SEPARATED = re.compile(r"\s*(?:[,:;–—-]|\s-\s)\s*")
_DESCRIBED = re.compile(
    r"^(?:about|on|regarding|concerning|re|covering|for)\s[^?:;–—-]*?(?:[:;–—]|\s-\s|,)\s*",
    re.I,
)
_POINTING = re.compile(rf"\b{NOT_IT_ACRONYM}(?:it|its|that|this|that\s+one|this\s+one)\b", re.I)
_BACKWARD = frozenset("previous preceding prior before above".split())


def beside(question: str) -> bool:
    """Whether ``question`` names a row by its place beside another ('the next one')."""
    return NEIGHBOUR.search(question) is not None


def focus_row(previous: Previous | None) -> ActionRecord | None:
    """The one row the turn before was about: the only row shown, or the first a passage
    answer quoted ('it' of a passage answer is what it quoted first)."""
    if previous is None or not previous.records:
        return None
    if len(previous.records) == 1 or previous.quoted:
        return previous.records[0]
    return None


def _shown_list(previous: Previous | None, focus: ActionRecord) -> list[ActionRecord]:
    """The list the row in focus was picked from ('the second one' of a list shown), in the
    order shown; empty when it was not picked from one."""
    if previous is None:
        return []
    for rows in (previous.pool, previous.listed):
        if len(rows) > 1 and focus.id in {r.id for r in rows}:
            return rows
    return []


def _beside_in(rows: list[ActionRecord], focus: ActionRecord, step: int) -> ActionRecord | None:
    """The row ``step`` places from ``focus`` in ``rows``; None past either end."""
    at = next((i for i, r in enumerate(rows) if r.id == focus.id), None)
    if at is None or not 0 <= at + step < len(rows):
        return None
    return rows[at + step]


def neighbour_row(
    question: str, previous: Previous | None, register: Register
) -> tuple[str, Previous] | None:
    """``question`` with its neighbour phrase put as the neighbouring row's name, with a turn
    about that row to resolve the rest against; None when it names no neighbour, the turn
    before was about no one row, or the paper has no row on that side."""
    found = NEIGHBOUR.search(question)
    focus = focus_row(previous)
    if found is None or focus is None:
        return None
    word = (found.group("adj") or found.group("prep")).lower()
    step = -1 if word in _BACKWARD else 1
    row = _beside_in(_shown_list(previous, focus), focus, step)
    if row is None:
        rows = sorted(register.of_document(focus.document.id), key=lambda r: r.ordinal)
        row = _beside_in(rows, focus, step)
    if row is None:
        return None
    return put_row(question, found, row, register)


def put_row(
    question: str, found: re.Match[str], row: ActionRecord, register: Register
) -> tuple[str, Previous]:
    """``question`` with the phrase ``found`` put as ``row``'s name, with a turn about that row
    to resolve the rest against ('the next one - who owns it?': the phrase is a topic, and the
    rest's pronouns are the row's)."""
    name = record_names(register, [row])[0]
    rest = question[found.end() :]
    if _OPENING.fullmatch(question[: found.start()]) and _SEPARATED.match(rest):
        rest = _SEPARATED.sub("", rest, count=1)
        rest = _DESCRIBED.sub("", rest, count=1)  # ', about X - who …': the row's own words
        if _POINTING.search(rest):
            return rest[:1].upper() + rest[1:], Previous(name, [row], [name])
    asked = question[: found.start()] + name + question[found.end() :]
    return asked, Previous(name, [row], [name])

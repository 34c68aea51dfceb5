"""A follow-up asking whether the rows of the last answer recurred ('did those come up again
in later reports?', 'have they been raised in other papers?', 'is that a recurring issue?'):
the issue is those rows, so they are named in place of the pointer (a recurrence asked of rows
named by ref follows the rows themselves, not a word of the question).

Nothing here knows a paper or a row: the pointers are English pronouns and demonstratives."""

from __future__ import annotations

import re
from collections.abc import Callable

from assistant.antecedents import Previous
from assistant.followup_forms import refs_in
from assistant.referring import joined_previous

MAX_ROWS = 8  # rows of the last answer named in place of the pointer

# 'those', 'they', 'it', 'that issue', 'these two recommendations', 'both of them'
_POINTER = re.compile(
    r"\b(?:(?:both|each|all|either|any)\s+of\s+(?:them|those|these)|either|it|they|them|"
    r"(?:those|these|that|this)(?:\s+(?:two|three|four|five|six|same))?"
    r"(?:\s+(?:ones?|items?|issues?|recommendations?|recs?|actions?|rows?|areas?|findings?|"
    r"points?|problems?))?)\b",
    re.I,
)


def recurrence_of_rows(
    question: str, previous: Previous | None, is_recurrence: Callable[[str], bool]
) -> str | None:
    """``question`` with its pointer replaced by the names of the last answer's rows, when it
    asks whether they recurred (``is_recurrence``) and names no ref of its own; else None."""
    if previous is None or not previous.records or len(previous.records) > MAX_ROWS:
        return None
    if refs_in(question):
        return None
    found = _POINTER.search(question)
    if found is None or not is_recurrence(question):
        return None
    return question[: found.start()] + joined_previous(previous) + question[found.end() :]

"""'which other recommendations are due on that same date?', 'which recommendation relies on
that same system?': the rows that share with the row in focus what 'that same X' names.

X names a column by the general words of the record's columns (a date, a status, a priority,
a section) or by the words of the row's own column headers ('that same rating' where a header
says 'Risk rating'); the rows sharing the focus row's value in that column are read from the
data. An X no column names is a thing the row's text speaks of ('that same consultant'): the
rows whose text holds its words too. Either way the rows the data shares it with are listed by
name ('Which recommendations are R4 and R8 in the … plan?'), the row in focus left out; the
question's own noun is kept as the thing shared, never replaced by the last turn's. None when
no row shares it, or more than a few do (the question is then asked as written).

    same_value("which other recommendations are due on that same date?", previous)
        -> 'Which recommendations are R4 and R8 in the … plan?'
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from assistant.antecedents import MAX_NAMED, Previous, join_names
from assistant.column_words import column_words
from assistant.followup_forms import singular_noun
from assistant.register import Register
from assistant.text import stems
from ingest.model import ActionRecord
from vectorstore.bm25 import STOPWORDS

__all__ = ["same_value"]

_SAME = re.compile(
    r"\b(?:that|this|the)\s+(?:very\s+)?same\s+(?P<x>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3})", re.I
)
# 'which other recommendations …', 'what else …': the rows asked for, and the rest of it
_ROWS_ASKED = re.compile(
    r"^\s*(?:(?:and|so|but|then|now|ok|okay)[\s,]+)?(?:which|what)\s+(?:other\s+|else\s+)?"
    r"(?:[\w'-]+\s+){0,3}?(?P<kind>recommendations?|recs?|actions?|items?|rows?|areas?|issues?|"
    r"findings?|ones?|points?)\b(?:\s+(?:else|too|also))?(?P<rest>.*)$",
    re.I,
)
# the general words of the record's columns (English of the domain, whatever the paper)
_COLUMN_OF: dict[str, str] = {
    **dict.fromkeys("date deadline due timescale timing target".split(), "due"),
    **dict.fromkeys("status state stage position".split(), "status"),
    **dict.fromkeys("priority rating grade".split(), "priority"),
    **dict.fromkeys("section heading list part chapter category group".split(), "section"),
}
_OWNER_WORDS = frozenset("owner owners lead leads officer director head post person".split())


def _value(row: ActionRecord, column: str) -> str:
    if column == "due":
        return (row.due_date or row.due_text or "").strip().lower()
    if column == "status":
        return row.status if row.status != "unknown" else ""
    if column == "priority":
        return (row.priority or "").strip().lower()
    if column == "section":
        return " / ".join(p for p in (row.section, row.category) if p).strip().lower()
    return (row.columns.get(column) or "").strip().lower()


def _column(words: list[str], row: ActionRecord) -> str | None:
    """The column 'that same X' names: a general column word, else a header of the row whose
    words X's head is one of."""
    head = singular_noun(words[-1])
    if head in _COLUMN_OF:
        return _COLUMN_OF[head]
    for header in row.columns:
        header_words = {singular_noun(w) for w in re.findall(r"[A-Za-z]{3,}", header)}
        if head in header_words and head in column_words([row]):
            return header
    return None


def _sharing(
    row: ActionRecord, words: list[str], candidates: Sequence[ActionRecord]
) -> list[ActionRecord]:
    """The rows of ``candidates`` sharing with ``row`` what X names."""
    column = _column(words, row)
    if column is not None:
        value = _value(row, column)
        if not value:
            return []
        return [r for r in candidates if r.id != row.id and _value(r, column) == value]
    wanted = [stems(w) for w in words if w.lower() not in STOPWORDS]
    text = _text(row)
    if not wanted or not all(w & text for w in wanted):
        return []  # the row in focus does not speak of it: nothing to share
    return [r for r in candidates if r.id != row.id and all(w & _text(r) for w in wanted)]


def _text(row: ActionRecord) -> set[str]:
    cells = " ".join(v for v in row.columns.values() if v)
    parts = (row.title, row.finding, row.action, row.progress, cells)
    return stems(" ".join(p for p in parts if p))


def same_value(
    question: str,
    previous: Previous | None,
    register: Register,
    name_of: Callable[[list[ActionRecord]], list[str]],
) -> str | None:
    """``question`` asked of the rows sharing with the one row in focus what its 'that same
    X' names (in the focus row's paper, else anywhere), by name; None when it is not of that
    form, X is an owner (see :func:`assistant.held_by.held_by_owner`), or no row shares it."""
    if previous is None or len({r.id for r in previous.records}) != 1:
        return None
    same = _SAME.search(question)
    asked = _ROWS_ASKED.match(question)
    if same is None or asked is None or same.start() < asked.start("rest"):
        return None
    words = []  # the noun phrase, up to a function word ('scheme of delegation as R18')
    for word in same.group("x").split():
        if word.lower() in STOPWORDS and word.lower() != "of":
            break
        words.append(word)
    while words and words[-1].lower() == "of":
        words.pop()
    if not words or singular_noun(words[-1]) in _OWNER_WORDS:
        return None
    row = previous.records[0]
    found = _sharing(row, words, register.of_document(row.document.id))
    found = found or _sharing(row, words, register.all())
    if not found or len(found) > MAX_NAMED or not all(r.ref for r in found):
        return None
    named = join_names(found, name_of(found))
    kind = asked.group("kind").lower()
    kind = "actions" if singular_noun(kind) in ("one", "row", "point") else kind
    kind = kind if kind.endswith("s") else f"{kind}s"
    papers = {r.document.title for r in found}
    if len(papers) == 1 and " in the " not in named:
        named = f"{named} in the {papers.pop()}"
    return f"Which {kind} are {named}?"

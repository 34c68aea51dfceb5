"""What a question's scope is not: a name it sets aside ('leaving aside the summary areas'),
and the words of a title that name the rows of a table rather than the paper."""

from __future__ import annotations

import re
from collections.abc import Iterable

from assistant.text import stem
from ingest.model import DocumentInfo

# what papers call their rows, stemmed: title words right before one of these qualify it
ROW_KIND_STEMS = frozenset(
    stem(w) for w in "action recommendation item area issue record finding point".split()
)
# a phrase the question sets aside ('leaving aside the summary areas', '(not the audit
# recommendations)'): a name in it is no scope of the question
_SET_ASIDE = re.compile(
    r"\b(?:leaving (?:aside|out)|setting aside|other than|except(?: for)?|excluding|apart from|"
    r"aside from|not counting|rather than|but not|not including)\s+[^,;:?!()]+|\(\s*not\s+[^)]+\)",
    re.I,
)


def set_aside(question: str) -> list[tuple[int, int]]:
    """The spans of the phrases the question sets aside."""
    return [m.span() for m in _SET_ASIDE.finditer(question)]


def title_head(documents: Iterable[DocumentInfo], ids: Iterable[str]) -> str | None:
    """The stem of the last word of the title of the first of ``ids`` among ``documents``
    ('… Improvement Plan' -> 'plan')."""
    wanted = set(ids)
    for doc in documents:
        if doc.id in wanted and doc.title:
            words = re.findall(r"[A-Za-z]+", doc.title)
            return stem(words[-1].lower()) if words else None
    return None

"""What a question's scope is not: a name it sets aside ('leaving aside the summary areas'),
and a table named with another paper's year."""

from __future__ import annotations

import re
from collections.abc import Iterable

from assistant.text import stem
from ingest.model import DocumentInfo

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


_SMALL = frozenset(("for", "of", "the", "and", "on", "in", "a", "an"))


def section_of_year(
    section: str,
    sections: dict[str, list[str]],
    documents: Iterable[DocumentInfo],
    years: set[int],
) -> str | None:
    """A section named by words whose paper is of none of the question's ``years``, when one
    paper of those years has a section of the same words in another order ('improvement
    areas' of a 2017 table, asked 'from the 2008 inspection': its 'Areas for Improvement'):
    that section; None otherwise."""
    dated = {d.id for d in documents if d.year in years}
    if not years or not dated or set(sections.get(section, [])) & dated:
        return None
    alike = [
        name
        for name, ids in sections.items()
        if name != section
        and set(ids) & dated
        and _kind_words(section) <= {stem(w) for w in re.findall(r"[A-Za-z]+", name.lower())}
    ]
    return alike[0] if len(alike) == 1 else None


def _kind_words(section: str) -> set[str]:
    """The stems of the words naming what a section's rows are: its last two content words
    ('… Statement improvement areas' -> 'improv', 'area')."""
    words = [w for w in re.findall(r"[A-Za-z]+", section.lower()) if w not in _SMALL]
    return {stem(w) for w in words[-2:]}

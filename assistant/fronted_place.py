"""A place fronted before a question: 'In the HMIC areas for improvement, when is the benefits
tracking pilot meant to start?'. The place (a paper, a section, a set of rows) sets where the
question looks; the question proper, after the comma, holds its subject. Read by
:func:`assistant.antecedents.focus_of`, so that the subject a later 'that one' points back at
is the pilot, not the whole sentence.
"""

from __future__ import annotations

import re

__all__ = ["fronted_place"]

# a preposition of place, its phrase, a comma, then the question's wh-word or auxiliary
_FRONTED_PLACE = re.compile(
    r"^\s*(?:in|within|for|from|across)\s+[^,?;]{3,120},\s*"
    r"(?=(?:when|what|who|whom|whose|which|why|how|where|is|are|was|were|has|have|had|did|"
    r"does|do)\b)",
    re.I,
)


def fronted_place(question: str) -> tuple[str, str]:
    """(the question without a fronted place, the place as written, or '' when none)."""
    found = _FRONTED_PLACE.match(question)
    if found is None:
        return question, ""
    return question[found.end() :], found.group(0).strip(" ,")

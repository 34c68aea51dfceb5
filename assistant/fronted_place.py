"""A place fronted before a question: 'In the HMIC areas for improvement, when is the benefits
tracking pilot meant to start?'. The place (a paper, a section, a set of rows) sets where the
question looks; the question proper, after the comma, holds its subject. Read by
:func:`assistant.antecedents.focus_of`, so that the subject a later 'that one' points back at
is the pilot, not the whole sentence.
"""

from __future__ import annotations

import re

__all__ = ["fronted_place"]

# a preposition of place, its phrase, a comma, then the question's wh-word or auxiliary ('for
# X, …' fronts a topic, not a place: 'for the overspend, how much …')
_FRONTED_PLACE = re.compile(
    r"^\s*(?:in|within|from|across)\s+[^,?;]{3,120},\s*"
    r"(?=(?:when|what|who|whom|whose|which|why|how|where|is|are|was|were|has|have|had|did|"
    r"does|do)\b)",
    re.I,
)


# what a place is: a paper or a set of its rows ('the 2023 tracker', 'the areas for
# improvement'); a phrase pointing at one row ('in that accessions one') is a topic
_PLACE_NOUN = re.compile(
    r"\b(?:reports?|papers?|plans?|statements?|reviews?|summar(?:y|ies)|trackers?|logs?|lists?|"
    r"registers?|updates?|minutes|areas|recommendations|actions|items|issues|findings|points|"
    r"sections?|appendix|annex)\b",
    re.I,
)
_POINTING = re.compile(r"\b(?:this|that|these|those|it|its|one|ones)\b", re.I)


def fronted_place(question: str) -> tuple[str, str]:
    """(the question without a fronted place, the place as written, or '' when none)."""
    found = _FRONTED_PLACE.match(question)
    if found is None or _POINTING.search(found.group(0)) or not _PLACE_NOUN.search(found.group(0)):
        return question, ""
    return question[found.end() :], found.group(0).strip(" ,")

"""A year that names the paper a row is in, not a window on its deadline: 'the deadline for
*the 2007/08 action* on weak controls', 'when is *the 2002 recommendation* on X due?'.

A determiner, the year, then a noun for one row (at most one word between): the year says
which paper's row is meant, as 'the 2007/08 plan' says which paper. A deadline window is
written with its own preposition ('due in 2009', 'a deadline by March 2009') and no row noun
after the year, so it is not read here.
"""

from __future__ import annotations

import re

# the determiner right before the year: 'the 2007/08 action', 'that 2002 recommendation'
_DETERMINER_BEFORE = re.compile(r"\b(?:the|that|this)\s+$", re.I)
# a noun for one row (or a few), with at most one word of its name between: 'the 2008
# governance action on X', 'the 2002 recommendation about Y'
_ROW_AFTER = re.compile(
    r"^(?:\s+(?!(?:in|on|at|of|the|a|an|to|by|for|and|or|from|under|due|deadline)\b)"
    r"[\w'’&-]+)?\s+(?:actions?|recommendations?|items?|findings?|issues?|points?|rows?|"
    r"entr(?:y|ies)|weakness(?:es)?|areas?\s+for\s+improvement)\b",
    re.I,
)


def names_row_of_year(question: str, start: int, end: int) -> bool:
    """Whether the year at ``question[start:end]`` is written as the name of a paper's row
    ('the 2007/08 action on …'): a determiner before it and a row noun after it."""
    return bool(_DETERMINER_BEFORE.search(question[:start]) and _ROW_AFTER.match(question[end:]))

"""A question that first says one of several rows is so, then asks which it is ('One of the
audit recommendations has no owner. Which is it?', 'Only one area is rated red - which one?'):
the same question as 'Which of the audit recommendations has no owner?', read as that list."""

from __future__ import annotations

import re

# 'one of the X <predicate>' as its own sentence or clause, then 'which/what is it?', 'which
# one?', 'which?' (closed classes: the numeral, a partitive, an interrogative, a pronoun)
_ONE_OF = re.compile(
    r"^\s*(?:only\s+|just\s+|exactly\s+)?one\s+of\s+(?P<rows>[^.?!;]+?)\s*"
    r"(?:[.;:,]|\s[-–—])\s*(?:so\s+|but\s+)?(?P<wh>which|what)(?:\s+one)?"
    r"(?:\s+(?:is|was)\s+(?:it|that|this))?\s*(?P<end>[?.!]|,\s*and\b|$)",
    re.I,
)


def one_of_which(question: str) -> str | None:
    """The question as 'Which of <rows>?' when it says one of them is so and asks which; any
    further part ('…, and what does it say?') is kept after it. None for any other form."""
    found = _ONE_OF.match(question)
    if found is None:
        return None
    rest = question[found.end() :].strip()
    end = found["end"]
    rows = found["rows"].strip()
    if end.startswith(",") and rest:
        return f"Which of {rows}, and {rest}"
    return f"Which of {rows}?" + (f" {rest}" if rest else "")

"""The register column a question asks for by the noun heading its wh-phrase ('what
*deadlines* apply to X?', 'which *timescale* was set for X?', 'what *target date* has X?').

The noun asks for the column whatever else the question names: a money word in the subject
('the funding gap action') does not make it ask a sum, and a lookup answered from passages
shows that column of the row its best sentence came from. The nouns are the register's own
column names, not words of any one question.
"""

from __future__ import annotations

import re

# a column's nouns, each as papers head the column and questions name it
_COLUMN_NOUNS = {
    "due": r"deadlines?|due\s+dates?|timescales?|target\s+dates?|completion\s+dates?",
}
# the wh-phrase: 'what', 'which', optionally 'is/are the', then up to two modifiers
_WH = (
    r"\b(?:what|which)\s+(?:(?:is|was|are|were)\s+)?(?:the\s+|its\s+|their\s+)?"
    r"(?:(?!(?:is|was|are|were|did|does|do|has|have|had|of|on|in|for|to|by|at)\b)[\w'-]+\s+){0,2}?"
)
_ASKS = {field: re.compile(rf"{_WH}(?:{nouns})\b", re.I) for field, nouns in _COLUMN_NOUNS.items()}


def column_asked(question: str) -> str | None:
    """The register field whose column the question's wh-phrase names ('due' for 'what
    deadlines apply to …?'); None when its head noun names no column.

    >>> column_asked("What deadlines apply to the boiler inspection?")
    'due'
    """
    return next((field for field, asks in _ASKS.items() if asks.search(question)), None)

"""A definite noun that names a part of an action row, read the way ingest reads a column header.

'What was the problem in the first place?', 'which academy had the original problem?', 'and
the underlying issue?' point back at the row the last answer singled out: their noun
('problem', 'concern', 'deficiency', 'response', 'position', 'grading') is one a table would
head a column of that row with. Which nouns do is not listed here: ingest's own header rules
(:func:`ingest.columns.match_header`, by synonym) say which part of a row a header names, and a
noun they read as the row's finding, action, recommendation, priority, status or progress is
such a noun. The owner's nouns ('manager', 'director') are left out: they name posts too
('the director of finance'), and the owner pronouns are read elsewhere.
"""

from __future__ import annotations

import re
from functools import lru_cache

from assistant.antecedents import Previous
from ingest.columns import Role, match_header

# the parts of a row a follow-up may ask with a bare definite noun
_ROW_ROLES = frozenset(
    {
        Role.FINDING,
        Role.ACTION,
        Role.RECOMMENDATION,
        Role.PRIORITY,
        Role.STATUS,
        Role.PROGRESS,
    }
)
# a definite noun phrase that ends the question or its clause, or is said of the time the row
# was raised ('in the first place', 'originally'): the noun has no subject of its own after it
_DEFINITE_NP = re.compile(
    r"\b(?:the|that|this|its|their)\s+(?:(?:original|initial|underlying|first|same|actual|"
    r"main|real|[a-z]+(?:al|ed|ent|ous|ial))\s+)?(?P<noun>[a-z]{3,})"
    r"(?=\s*(?:[?,.!]|$)|\s+(?:in\s+the\s+first\s+place|originally|at\s+first|to\s+begin\s+with|"
    r"(?:is|was|were|are|has|had|have|been)\b))",
    re.I,
)
MAX_WORDS = 9  # a question this short that asks a part of a row with a definite noun


@lru_cache(maxsize=2048)
def names_row_part(noun: str) -> bool:
    """Whether ingest's header rules read ``noun`` as a header of one of a row's parts."""
    match = match_header(noun)
    return match.basis == "synonym" and match.role in _ROW_ROLES


def asks_row_part(question: str) -> bool:
    """Whether a short question asks a part of a row by a definite noun and nothing else."""
    if len(question.split()) > MAX_WORDS:
        return False
    return any(names_row_part(m.group("noun").lower()) for m in _DEFINITE_NP.finditer(question))


# the nouns a table's cell is called by ('the progress column', 'the comment field')
_CELL_NOUNS = r"(?:column|field|box|cell|entry|heading)s?"
# a definite noun phrase read as a cell of the row: closing the clause, or the subject of a
# verb of what a cell says ('what does the response say?', 'what's in the update box?')
_CELL_NP = re.compile(
    r"\b(?:the|that|this|its|their)\s+(?:(?:latest|current|original|last|most\s+recent|"
    r"[a-z]+(?:al|ed|ent|ous|ial))\s+)?(?P<noun>[a-z]{3,})(?:\s+(?P<cell>" + _CELL_NOUNS + r"))?"
    r"(?=\s*(?:[?,.!]|$)|\s+(?P<verb>says?|said|reads?|read|shows?|showed|shown|states?|"
    r"stated|gives?|gave|given|provided|offered|records?|recorded|tells?|told|note[sd]?|"
    r"mentions?|mentioned)\b|"
    r"\s+(?:is|was|were|are|has|had|have|been|for|on|about|against|of\s+(?:it|that|this))\b)",
    re.I,
)


def cell_words(question: str) -> set[str]:
    """The words of a question that name a cell of a row, not a thing the row is about: the
    head of a definite noun phrase that ingest's header rules read as a row's part ('the
    response', 'the update', 'the comment'), said of the row ('what does the response say?',
    'and the update on it?'), a noun for the cell itself ('column', 'field') and the verb of
    what it says ('read', 'show')."""
    words: set[str] = set()
    for found in _CELL_NP.finditer(question):
        if names_row_part(found.group("noun").lower()):
            words.add(found.group("noun").lower())
            words |= {w.lower() for w in found.group("cell", "verb") if w}
    return words


# a row's part with a pronoun for its row, the clause going on after it ('what did the
# comment against it say?', 'is the note on them still open?')
_PART_OF_PRONOUN = re.compile(
    r"\bthe\s+(?:(?:latest|current|last|original)\s+)?(?P<noun>[a-z]{3,})\s+(?:on|about|of|for|"
    r"against|to|with|behind|under)\s+(?:it|them)\s+(?!(?:and|or|but|in|at|by|on|of|for|to)\b)"
    r"[a-z]+",
    re.I,
)


def part_of_pronoun(question: str) -> bool:
    """Whether a part of a row is asked with a pronoun standing for the row, inside the
    clause's subject: the head noun is one ingest reads as a row's header ('the comment
    against it'), not a thing of its own ('the report on it' is a paper)."""
    return any(names_row_part(m.group("noun").lower()) for m in _PART_OF_PRONOUN.finditer(question))


# a turn that is only such a noun phrase: 'and the underlying issue?', 'its grading?'
_BARE_NP = re.compile(
    r"^\s*(?:(?:and|or|but|so|also|then|now)[\s,]+)*"
    r"(?P<np>(?:the|its|their)\s+(?:[\w-]+\s+)?[a-z]{3,})\s*[?.!]*\s*$",
    re.I,
)


def row_part_of(question: str, previous: Previous | None) -> str | None:
    """'and the underlying issue?' after an answer about one row: that part of the row,
    asked of it ('What is the underlying issue of EA-4?'); None otherwise."""
    found = _BARE_NP.match(question)
    if found is None or previous is None or not previous.names:
        return None
    if len({r.id for r in previous.records}) != 1 or not asks_row_part(found.group("np")):
        return None
    phrase = re.sub(r"^(?:its|their)\b", "the", found.group("np"), flags=re.I)
    return f"What is {phrase} of {previous.names[0]}?"

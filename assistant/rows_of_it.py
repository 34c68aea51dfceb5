"""'When is it due?' after a list of one paper's rows: 'it' is the rows shown, not the paper.

A paper has a date and an author, never a deadline, an owner or a status. After an answer that
listed several rows of one paper, a singular pronoun asked with a row's column (read by the
analysis' own field patterns) and with no field of a paper ('who wrote it?', 'when was it
published?') asks of the rows the user saw, each answered: the rows stay in focus.
"""

from __future__ import annotations

from assistant.analysis.patterns import DOC_FIELDS, FIELD_WORDS
from assistant.antecedents import MAX_NAMED, Previous
from assistant.referring import SINGULAR, joined_previous, refer


def asks_row_column(question: str) -> bool:
    """Whether ``question`` asks a column of a row ('when is it due?', 'who's chasing it?')
    and no fact of a paper ('who wrote it?', 'what date is it?')."""
    if any(pattern.search(question) for pattern, _ in DOC_FIELDS):
        return False
    return any(pattern.search(question) for pattern, _ in FIELD_WORDS)


def rows_of_it(question: str, previous: Previous | None) -> str | None:
    """``question`` with its 'it' replaced by the rows the last answer listed, when it asks a
    row's column of them (:func:`asks_row_column`); None otherwise."""
    if previous is None or previous.quoted or not 1 < len(previous.records) <= MAX_NAMED:
        return None
    if not asks_row_column(question) or SINGULAR.search(question) is None:
        return None
    named = joined_previous(previous)
    return SINGULAR.sub(lambda m: refer(m, named), question, count=1)

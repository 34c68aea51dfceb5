"""A passage answer whose quotes all lie in one row of a paper: that row is what a later part
of the same question points back at ('who's doing the digital expertise one, and when's it
due now?': 'it' is the row the first part quoted, though the row has no ref).

:meth:`assistant.service.Assistant._ask_in_parts` reads a part's answer without rows with no
ref (several such rows quoted are prose, and name no one record); a row quoted alone is one
record, and its cells answer the next part.
"""

from __future__ import annotations

from assistant.answers.model import Answer
from assistant.antecedents import cited_records
from assistant.register import Register


def quotes_one_row(answer: Answer, register: Register) -> bool:
    """Whether ``answer`` is a passage answer every quote of which lies in the span of one
    and the same row (so ``previous_of`` may name that row as what the answer was about)."""
    if answer.records or not answer.citations:
        return False
    rows = cited_records(register, answer.citations, rows=True)
    if len(rows) != 1:
        return False
    row = rows[0]
    return all(
        c.document.id == row.document.id
        and c.start is not None
        and row.source_start <= c.start < row.source_end
        for c in answer.citations
    )

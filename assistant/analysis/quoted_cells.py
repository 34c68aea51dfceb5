"""A row named by a cell's value quoted whole ("the rec with the timescale 'Process in place by
end of 2002'", 'the action whose status reads "Awaiting sign-off"'): when the quotation is, word
for word, what one or a few rows hold in a short cell (deadline, status, owner, original
deadline), those rows are the ones meant, as a ref would name them.

Nothing here knows a paper: the values are read from the rows' cells. A row's title or issue
quoted (rows with no ref too) is read by the answer: :mod:`assistant.answers.support.quoted_row`.
"""

from __future__ import annotations

from collections.abc import Iterable

from assistant.analysis.patterns import QUOTED
from assistant.text import folded
from ingest.model import ActionRecord

_MAX_WORDS = 12  # a cell longer than this is prose, which a quotation describes, not names
_MAX_ROWS = 3  # a value more rows hold ('Ongoing', 'Complete') names no row


def cell_values(records: Iterable[ActionRecord]) -> dict[str, list[tuple[str, str]]]:
    """Each short cell value (folded) -> the (document id, ref) of the rows holding it; only
    values held by at most a few rows with refs."""
    held: dict[str, list[tuple[str, str]]] = {}
    for record in records:
        if not record.ref:
            continue
        for value in (record.due_text, record.status_text, record.owner, record.revised_from_text):
            for line in (value or "").splitlines():
                said = folded(line)
                if said and len(said.split()) <= _MAX_WORDS and len(said) >= 6:
                    rows = held.setdefault(said, [])
                    if (record.document.id, record.ref) not in rows:
                        rows.append((record.document.id, record.ref))
    return {value: rows for value, rows in held.items() if len(rows) <= _MAX_ROWS}


def quoted_rows(
    question: str, values: dict[str, list[tuple[str, str]]]
) -> tuple[list[tuple[str, str]], list[str]]:
    """The rows whose cell the question quotes whole, and the quotations read so."""
    rows: list[tuple[str, str]] = []
    quoted: list[str] = []
    for found in QUOTED.finditer(question):
        held = values.get(folded(found.group(0)[1:-1]))
        if held:
            rows += [row for row in held if row not in rows]
            quoted.append(found.group(0))
    return rows, quoted

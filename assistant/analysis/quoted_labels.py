"""A status quoted as the column writes it ("have the status 'In progress' or 'Partially
implemented'"): the quotation names the value, so a list or count reads it as that filter.

Quotations are blanked from what the filters read (a quoted title asserts nothing:
:func:`~assistant.analysis.patterns.unquoted`); a quotation that is, word for word, a status
value the papers in scope hold is the one exception. The values are the papers' own
(``NameIndex.status_values``), never a list of words.
"""

from __future__ import annotations

from assistant.analysis.patterns import QUOTED
from assistant.text import folded


def labels_unquoted(
    plain: str, question: str, held: dict[str, set[str]], documents: list[str]
) -> str:
    """``plain`` (the question with quotations blanked) with each quotation of ``question``
    that is a held status value (of ``documents``, else of any paper) written back, less its
    quotation marks; the same length as ``plain``."""
    values = {folded(v) for d, vs in held.items() if not documents or d in documents for v in vs}
    out = plain
    for found in QUOTED.finditer(question):
        inner = found.group(0)[1:-1]
        if folded(inner) not in values or len(out) != len(question):
            continue
        start, end = found.start(), found.end()
        out = out[:start] + " " + inner + " " + out[end:]
    return out

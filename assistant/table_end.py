"""A row named by its place at either end of the paper in focus: 'the last item in that
table', 'the first recommendation in the plan', 'the final row of that section'.

The row is read from the paper's own order of rows (each record's ``ordinal``), in the paper
the turn before rested on (its rows' one paper, else the one paper it cited); 'that table' or
'that section' keeps to the section (a paper's table) of the row or rows in focus. The phrase
must name the holder ('in that table', 'of the plan'): 'the last one' alone picks from a list
shown, which is another mechanism's; 'that list' is the list shown, not the paper. The phrase
is then put in the question as the row's name and the rest resolved against it, as a
neighbour row's is (:func:`assistant.neighbour_row.put_row`).
"""

from __future__ import annotations

import re

from assistant.analysis.ordinal_rows import paper_order
from assistant.antecedents import Previous
from assistant.neighbour_row import focus_row, put_row
from assistant.register import Register
from ingest.model import ActionRecord

__all__ = ["END_ROW", "table_end"]

_ROW = r"(?:one|row|entry|line|item|action|recommendation|rec|finding|issue|point|area|objective)"
_HOLDER = (
    r"(?:table|plan|action\s+plan|paper|report|log|tracker|register|schedule|document|"
    r"appendix|update|section)"
)
END_ROW = re.compile(
    rf"\b(?:the\s+)?(?P<end>last|final|first|top|bottom|very\s+last|very\s+first)"
    rf"(?:\s+{_ROW})?\s+(?:in|of|on|from)\s+(?:that|the|this|its|their)\s+(?P<holder>{_HOLDER})\b"
    # 'the last item in the plan due in 2009': a filter after it narrows, not an end
    r"(?!\s+(?:that|which|due|owned|led|with|where)\b)",
    re.I,
)
_FIRST = frozenset("first top".split())
# a paper's table (each table of a paper is a section of its rows), not the whole paper
_OF_SECTION = re.compile(r"table|section|appendix", re.I)


def _paper_of(previous: Previous) -> str | None:
    """The one paper the turn before rested on: its rows' paper, else the one it cited."""
    documents = {r.document.id for r in previous.records}
    if not documents:
        documents = set(previous.document_ids)
    return next(iter(documents)) if len(documents) == 1 else None


def _rows(previous: Previous, holder: str, register: Register) -> list[ActionRecord]:
    """The rows of the paper in focus in the paper's order (:func:`paper_order`, as 'the third
    recommendation in the report' counts them); of the focus row's section only when the
    holder is 'section' and the row has one."""
    document = _paper_of(previous)
    if document is None:
        return []
    rows = register.of_document(document)
    focus = focus_row(previous)
    sections = {focus.section} if focus is not None else {r.section for r in previous.records}
    if _OF_SECTION.fullmatch(holder) and len(sections) == 1 and None not in sections:
        rows = [r for r in rows if r.section in sections]
    return paper_order(rows)


def table_end(
    question: str, previous: Previous | None, register: Register
) -> tuple[str, Previous] | None:
    """``question`` with its end-of-table phrase put as that row's name, with a turn about
    the row to resolve the rest against; None when it names no end of a table, or the turn
    before rested on no one paper."""
    found = END_ROW.search(question)
    if found is None or previous is None:
        return None
    rows = _rows(previous, found.group("holder"), register)
    if not rows:
        return None
    first = found.group("end").split()[-1].lower() in _FIRST
    return put_row(question, found, rows[0] if first else rows[-1], register)

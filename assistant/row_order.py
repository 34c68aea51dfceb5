"""A row named by its place in the paper's own order of rows, from the row or paper in focus:
beside it ('the next one', 'the row before it': :mod:`assistant.neighbour_row`) or at an end
of its table ('the last item in that table': :mod:`assistant.table_end`). One entry point for
the follow-up binding.
"""

from __future__ import annotations

from assistant.antecedents import Previous
from assistant.neighbour_row import NEIGHBOUR, neighbour_row
from assistant.register import Register
from assistant.table_end import END_ROW, table_end

__all__ = ["beside", "row_in_order"]


def beside(question: str) -> bool:
    """Whether ``question`` names a row by its place in a paper's order ('the next one', 'the
    last item in that table')."""
    return NEIGHBOUR.search(question) is not None or END_ROW.search(question) is not None


def row_in_order(
    question: str, previous: Previous | None, register: Register
) -> tuple[str, Previous] | None:
    """``question`` with its place phrase put as that row's name, with a turn about the row
    to resolve the rest against; None when it names no place, or no row is there."""
    return neighbour_row(question, previous, register) or table_end(question, previous, register)

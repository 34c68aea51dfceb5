"""The register's filters on one cell each (a deadline window, the deadline's words, a category,
a degree, an excluded owner or ref), decided once per distinct value of the cell, not once per
row: a register of 100,000 rows holds a few thousand deadline cells, a few hundred owners and a
handful of categories, and a filter over all its rows otherwise runs Python for every row.

Each test is the row-by-row test of :meth:`assistant.register.Register.matches` for that field,
asked of one row of each value (the values are the cells the test reads, so every row of a
value gets the same answer). The fields left (a row's slippage along its thread) are returned
for the row-by-row test.

Usage::

    columns = lambda name: register.memo(f"cells:{name}", lambda: cell_column(records, name))
    positions, left = cell_filtered(positions, query, columns, graded)
"""

from __future__ import annotations

import re
from collections.abc import Callable, Hashable
from dataclasses import dataclass, replace
from functools import lru_cache

import numpy as np
import numpy.typing as npt

from assistant.record_query import RecordQuery
from assistant.text import in_category, says_degree, status_as_written
from assistant.threads import due_within
from ingest.model import ActionRecord

Positions = npt.NDArray[np.int32]

# the cells each filter reads, as one key per row
_CELLS: dict[str, Callable[[ActionRecord], Hashable]] = {
    "status": lambda r: r.status,
    "status_text": lambda r: r.status_text,
    "owner": lambda r: r.owner,
    "ref": lambda r: r.ref,
    "due_text": lambda r: r.due_text,
    "due_date": lambda r: r.due_date,
    "revised_from_date": lambda r: r.revised_from_date,
    "deadline": lambda r: (r.due_date, r.due_text, r.revised_from_date),
    "category": lambda r: r.category,
    "graded": lambda r: (r.status, r.status_text),
}


@dataclass(frozen=True, eq=False)
class CellColumn:
    """One cell of every row: its distinct values, each row's value as a code, and a row of
    each value (the row a test is asked of)."""

    codes: npt.NDArray[np.int32]
    rows: list[ActionRecord]  # a row of each code


def cell_column(records: list[ActionRecord], name: str) -> CellColumn:
    """The column ``name`` (a key of ``_CELLS``) of ``records``."""
    key_of = _CELLS[name]
    code_of: dict[Hashable, int] = {}
    rows: list[ActionRecord] = []
    codes = np.empty(len(records), dtype=np.int32)
    for position, record in enumerate(records):
        key = key_of(record)
        code = code_of.get(key)
        if code is None:
            code = code_of[key] = len(rows)
            rows.append(record)
        codes[position] = code
    return CellColumn(codes, rows)


def _kept(
    column: CellColumn, positions: Positions, test: Callable[[ActionRecord], bool]
) -> Positions:
    """The ``positions`` whose row's value passes ``test`` (asked of one row of each value)."""
    codes = column.codes[positions]
    passes = np.zeros(len(column.rows), dtype=np.bool_)
    for code in np.unique(codes).tolist():
        passes[code] = test(column.rows[code])
    return positions[passes[codes]]


def cell_filtered(
    positions: Positions,
    query: RecordQuery,
    column: Callable[[str], CellColumn],
    graded: Callable[[ActionRecord], bool],
) -> tuple[Positions, RecordQuery]:
    """The ``positions`` that pass ``query``'s one-cell filters, and the query without them
    (what is left to test row by row). ``graded``: whether the query's degree applies to a
    row (it reads the row's status only)."""
    q = query
    tests: list[tuple[str, Callable[[ActionRecord], bool]]] = []
    if q.status:
        states = set(q.status)
        tests.append(("status", lambda r: r.status in states))
    if q.due_says:
        words = q.due_says
        tests.append(("due_text", lambda r: says_words(r.due_text, words)))
    if q.status_says:
        said = {v.lower() for v in q.status_says}
        tests.append(("status_text", lambda r: status_as_written(r).lower() in said))
    if q.owner_not:
        out = [q.owner_not, *(q.owner_or or [] if not q.owner else [])]
        tests.append(
            ("owner", lambda r: not any(o.lower() in (r.owner or "").lower() for o in out))
        )
    if q.ref_not:
        refs = {ref.lower() for ref in q.ref_not}
        tests.append(("ref", lambda r: (r.ref or "").lower() not in refs))
    if q.due_from or q.due_to:
        tests.append(("deadline", lambda r: due_within(r, q.due_from, q.due_to)))
    if q.revised_from:
        start = q.revised_from
        tests.append(
            (
                "revised_from_date",
                lambda r: bool(r.revised_from_date and r.revised_from_date >= start),
            )
        )
    if q.revised_to:
        end = q.revised_to
        tests.append(
            (
                "revised_from_date",
                lambda r: bool(r.revised_from_date and r.revised_from_date <= end),
            )
        )
    if q.no_due:
        tests.append(("due_text", lambda r: not r.due_text))
    if q.dated:
        tests.append(("due_date", lambda r: bool(r.due_date)))
    if q.degree:
        degree = q.degree
        tests.append(
            ("graded", lambda r: not graded(r) or says_degree(r.status_text or "", degree))
        )
    if q.category:
        named = q.category
        tests.append(("category", lambda r: in_category(r.category, named)))
    for name, test in tests:
        positions = _kept(column(name), positions, test)
    left = replace(
        q, status=None, due_says=None, status_says=None, owner_not=None, ref_not=None,
        due_from=None, due_to=None, revised_from=None, revised_to=None, no_due=False,
        dated=False, degree=None, category=None,
    )  # fmt: skip
    if not q.owner:  # read only beside an owner
        left = replace(left, owner_or=None, owner_only=False, owner_shared=False)
    if not q.theme:
        left = replace(left, theme_all=False)
    return positions, left


@lru_cache(maxsize=65536)
def says_words(text: str | None, words: str) -> bool:
    """Whether ``text`` holds ``words``, spelt with or without hyphens and spaces ('not: X':
    whether it does not: "don't say 'ongoing' in the date column")."""
    if words.startswith("not: "):
        return not says_words(text, words[5:])
    squashed = [re.sub(r"[^a-z0-9]", "", value.lower()) for value in (words, text or "")]
    return bool(text) and squashed[0] in squashed[1]

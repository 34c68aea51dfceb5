"""Columns that group rows rather than name them.

A table may open with a column of areas or themes whose cell is merged down over several rows
('Estates' beside two findings); loaders repeat a merged cell's value in every row it covers.
Such a column sounds like the row's name ('Area', 'Theme') but names a group of rows: when the
table has a finding, recommendation or action column, that column names the row instead.
"""

from __future__ import annotations

from ingest.columns import ColumnMatch, Role, explain_roles

NAMING_ROLES = (Role.FINDING, Role.RECOMMENDATION, Role.ACTION)
MAX_GROUP_WORDS = 6  # a group's name is a label, not a sentence


def _groups_rows(values: list[str]) -> bool:
    """Short labels, each repeated down consecutive rows, fewer of them than rows."""
    if len(values) < 3 or any(len(v.split()) > MAX_GROUP_WORDS for v in values):
        return False
    runs = sum(1 for i, v in enumerate(values) if i == 0 or v != values[i - 1])
    return runs < len(values) and len(set(values)) == runs


def table_roles(header: list[str], first_cells: list[list[str]]) -> list[ColumnMatch]:
    """:func:`ingest.columns.explain_roles`, with a grouping column taken off the title."""
    matches = explain_roles(header, first_cells)
    roles = [m.role for m in matches]
    if Role.TITLE not in roles or not any(role in roles for role in NAMING_ROLES):
        return matches
    index = roles.index(Role.TITLE)
    values = [" ".join(row[index].split()) for row in first_cells if index < len(row)]
    if matches[index].basis != "override" and _groups_rows([v for v in values if v]):
        old = matches[index]
        matches[index] = ColumnMatch(old.header, Role.OTHER, "values", old.score, "grouping")
    return matches

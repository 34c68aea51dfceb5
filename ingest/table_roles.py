"""Roles of a table's columns beyond what each header says alone (:mod:`ingest.columns`).

Columns that group rows rather than name them. A table may open with a column of areas or themes
whose cell is merged down over several rows ('Estates' beside two findings); loaders repeat a merged
cell's value in every row it covers. Or the label is written on a group's first row only and the
rows below leave it blank (a merged cell a PDF shows once, or a house style). Such a column sounds
like the row's name ('Area', 'Theme') but names a group of rows: when the table has a finding,
recommendation or action column, that column names the row instead, and the label is carried
down to every row of its group as the rows' category (:mod:`ingest.records`).

A column whose header names two roles ('Responsible officer / by when', 'Lead and date') holds
the owner and the deadline in one cell ('Head of Finance / by March 2025'): it is the owner
column, marked :data:`OWNER_AND_DUE`, and records read the deadline from it too when no other
column holds one.
"""

from __future__ import annotations

import re

from ingest.column_values import explain_roles
from ingest.columns import ColumnMatch, Role, looks_like_ref, match_header, normalise_header
from ingest.dates import parse_dates
from ingest.vocabulary import has_sentence_end

NAMING_ROLES = (Role.FINDING, Role.RECOMMENDATION, Role.ACTION)
MAX_GROUP_WORDS = 6  # a group's name is a label, not a sentence
OWNER_AND_DUE = "owner and due"
GROUPING = "grouping"  # how a column of group labels is marked (records carry it down)
_TWO_NAMES = re.compile(r"\s*(?:/|&|\band\b|\+)\s*")
_BEFORE_DATE = re.compile(r"[\s/&+,;:–—-]*(?:\b(?:by|due|from|before)\b)?[\s,;:–—-]*$", re.I)


def _groups_rows(values: list[str]) -> bool:
    """Short labels, each repeated down consecutive rows, fewer of them than rows."""
    if len(values) < 3 or any(len(v.split()) > MAX_GROUP_WORDS for v in values):
        return False
    runs = sum(1 for i, v in enumerate(values) if i == 0 or v != values[i - 1])
    return runs < len(values) and len(set(values)) == runs


_OWN_FIELDS = (Role.OWNER, Role.DUE, Role.REVISED_DUE, Role.STATUS, Role.PRIORITY)


def _own_row(row: list[str], roles: list[Role]) -> bool:
    """A row that is a record of its own, not the wrapped lines of one: its own ref where the
    table numbers rows; else a naming cell and two of owner, deadline, status and priority,
    none opening in lower case, and a date in the deadline column."""
    cells = [row[i].strip() if i < len(row) else "" for i in range(len(roles))]
    if Role.REF in roles:
        return looks_like_ref(cells[roles.index(Role.REF)])
    if not any(cells[i] for i, role in enumerate(roles) if role in NAMING_ROLES):
        return False
    own = [cells[i] for i, role in enumerate(roles) if role in _OWN_FIELDS and cells[i]]
    due = cells[roles.index(Role.DUE)] if Role.DUE in roles else None
    return (
        len(own) >= 2
        and all(not c[:1].islower() for c in own)
        and (due is None or bool(parse_dates(due)))
    )


def _labels_carried(first_cells: list[list[str]], index: int, roles: list[Role]) -> bool:
    """Short labels each written on the first of a run of records and left blank on the
    records below it ('Governance' over two blank cells): as many blank records as labels at
    least (groups of two rows or more, on average), the first record labelled."""
    labels = blanks = 0
    for row in first_cells:
        if not _own_row(row, roles):
            continue  # a wrapped line: its cells say nothing about groups
        cell = " ".join(row[index].split()) if index < len(row) else ""
        if cell:
            if len(cell.split()) > MAX_GROUP_WORDS or has_sentence_end(cell):
                return False
            labels += 1
        elif not labels:
            return False
        else:
            blanks += 1
    return labels >= 1 and blanks >= max(2, labels)


def _grouping_candidates(matches: list[ColumnMatch]) -> list[int]:
    """Columns that may group rows: the title column; an unnamed column among the first two."""
    return [
        i
        for i, m in enumerate(matches)
        if m.basis != "override"
        and (m.role is Role.TITLE or (m.role is Role.OTHER and m.basis == "none" and i <= 1))
    ]


def table_roles(header: list[str], first_cells: list[list[str]]) -> list[ColumnMatch]:
    """:func:`ingest.column_values.explain_roles`, with a grouping column taken off the title
    and a column of owners with their deadlines made the owner column."""
    matches = _owner_and_due(explain_roles(header, first_cells))
    roles = [m.role for m in matches]
    if not any(role in roles for role in NAMING_ROLES):
        return matches
    for index in _grouping_candidates(matches):
        values = [" ".join(row[index].split()) for row in first_cells if index < len(row)]
        if _groups_rows([v for v in values if v]) or _labels_carried(first_cells, index, roles):
            old = matches[index]
            matches[index] = ColumnMatch(old.header, Role.OTHER, "values", old.score, GROUPING)
            break
    return matches


def _names_owner_and_due(header: str) -> bool:
    parts = _TWO_NAMES.split(normalise_header(header))
    found = {match_header(part).role for part in parts if part}
    return len(parts) >= 2 and {Role.OWNER, Role.DUE} <= found


def _owner_and_due(matches: list[ColumnMatch]) -> list[ColumnMatch]:
    roles = [m.role for m in matches]
    if Role.OWNER in roles:
        return matches
    for index, match in enumerate(matches):
        if match.basis != "override" and _names_owner_and_due(match.header):
            matches[index] = ColumnMatch(match.header, Role.OWNER, "synonym", 1.0, OWNER_AND_DUE)
            break
    roles = [m.role for m in matches]
    if Role.DUE not in roles and Role.REVISED_DUE in roles:
        index = roles.index(Role.REVISED_DUE)  # the other date column is the deadline itself
        old = matches[index]
        matches[index] = ColumnMatch(old.header, Role.DUE, old.basis, old.score, old.matched)
    return matches


def split_owner_due(text: str) -> tuple[str, str]:
    """('Head of Finance', 'March 2025') from 'Head of Finance / by March 2025'."""
    dates = parse_dates(text)
    start = text.find(dates[0].text) if dates else -1
    if start <= 0:
        return text, ""
    return _BEFORE_DATE.sub("", text[:start]), text[start:]

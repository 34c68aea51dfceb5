"""Which field of an action record each table column feeds, from the column's header text.

Rules are tried in order; the first that matches wins, so "Progress Update and degree to which
recommendation met" is progress (not recommendation) and "Timescales when action likely to be
complete" is a due date (not an action).
"""

from __future__ import annotations

import re
from enum import StrEnum


class Role(StrEnum):
    REF = "ref"
    PAGE_NO = "page_no"
    TITLE = "title"
    FINDING = "finding"
    ACTION = "action"
    RECOMMENDATION = "recommendation"
    PROGRESS = "progress"
    OWNER = "owner"
    PRIORITY = "priority"
    DUE = "due"
    AGREED = "agreed"
    COST = "cost"
    OTHER = "other"


_RULES: list[tuple[Role, re.Pattern[str]]] = [
    (Role.PAGE_NO, re.compile(r"^page\b")),
    (Role.PROGRESS, re.compile(r"progress|current position|comment|update|status|position")),
    (Role.DUE, re.compile(r"deadline|timescale|\bdue\b|target date|\bdate\b|by when|completion")),
    (Role.ACTION, re.compile(r"residual|remaining|agreed action|\baction")),
    (Role.RECOMMENDATION, re.compile(r"recommendation")),
    (Role.FINDING, re.compile(r"issue|finding|weakness|risk|concern|observation")),
    (Role.TITLE, re.compile(r"subject|area|title|theme|topic|heading")),
    (Role.OWNER, re.compile(r"lead|responsib|owner|officer|accountable")),
    (Role.PRIORITY, re.compile(r"priority|rating|grade")),
    (Role.AGREED, re.compile(r"^agreed\b|accepted")),
    (Role.COST, re.compile(r"cost|budget|£")),
    (Role.REF, re.compile(r"^(no\.?|ref\.?|reference|item|#|number|rec\.? no\.?)$")),
]

# Columns whose cells are labels, not running text.
LABEL_ROLES = {
    Role.REF,
    Role.PAGE_NO,
    Role.TITLE,
    Role.OWNER,
    Role.PRIORITY,
    Role.DUE,
    Role.AGREED,
    Role.COST,
}
NARRATIVE_PREFERENCE = (Role.PROGRESS, Role.ACTION, Role.RECOMMENDATION, Role.FINDING)
_REF_VALUE = re.compile(r"^(?:[A-Z]{0,4}\s?)?\d{1,3}(?:\.\d{1,3})*\.?[a-z]?$|^[A-Z]\d{1,3}$")


def looks_like_ref(value: str) -> bool:
    """'1.', '1.1', 'R18', '8', 'HMIC 4' — short identifiers, not years or sentences."""
    value = value.strip()
    return bool(value) and len(value) <= 10 and bool(_REF_VALUE.match(value))


def assign_roles(header: list[str], first_cells: list[list[str]]) -> list[Role]:
    """Role per column. Unnamed columns holding short identifiers are the ref column."""
    roles: list[Role] = []
    for index, name in enumerate(header):
        key = re.sub(r"\s+", " ", name.strip().lower())
        role = Role.OTHER
        if key:
            role = next((r for r, pattern in _RULES if pattern.search(key)), Role.OTHER)
        else:
            values = [row[index] for row in first_cells if index < len(row) and row[index].strip()]
            if values and sum(looks_like_ref(v) for v in values) >= max(1, len(values) * 0.6):
                role = Role.REF
        roles.append(role)
    if Role.TITLE not in roles and Role.FINDING not in roles and Role.RECOMMENDATION not in roles:
        # e.g. 'Area for Improvement' matched nothing else: the first wide column names the row
        for index, role in enumerate(roles):
            if role is Role.OTHER:
                roles[index] = Role.TITLE
                break
    return roles

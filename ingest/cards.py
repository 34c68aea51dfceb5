"""Record cards: one recommendation written as a table of its own, a label and its value on each
row ('Finding' | '…', 'Responsible officer' | '…', 'Implementation date' | '…'), as audit reports
lay out their findings one after another. Such a table is one row of a register whose header is
its labels; a cover table of labels ('Committee', 'Date of meeting', 'Contact officer') is not.
"""

from __future__ import annotations

from ingest.columns import Role, match_header

NARRATIVE = {Role.FINDING, Role.RECOMMENDATION, Role.ACTION}


def names_a_record(labels: list[str]) -> bool:
    """Labels that name what a register's row holds: what was found or is to be done, who
    owns it and by when."""
    matches = [match_header(label) for label in labels]
    roles = {m.role for m in matches if m.basis in ("synonym", "override")}
    return bool(roles & NARRATIVE) and {Role.OWNER, Role.DUE} <= roles

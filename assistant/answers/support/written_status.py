"""A row's status in the paper's own words, also when the register could not read it."""

from __future__ import annotations

from functools import lru_cache

from assistant.analysis.status_kind import StatusKind, status_kind
from assistant.text import as_written, status_as_written
from ingest.columns import Role, match_header
from ingest.model import ActionRecord


@lru_cache(maxsize=512)
def _is_status_header(header: str) -> bool:
    return match_header(header).role == Role.STATUS


def written_status(record: ActionRecord) -> str | None:
    """The row's status as written: its read status text, else the cell of a column whose
    header names a status ('Status': 'In hand'); None when the row has none."""
    said = status_as_written(record)
    if said:
        return said
    for header, cell in (record.columns or {}).items():
        written = as_written(cell)
        if written and _is_status_header(header):
            return written
    return None


def kind_of_status(record: ActionRecord) -> StatusKind:
    """What the row's status means (:func:`assistant.analysis.status_kind.status_kind`):
    'Superseded' is set aside, not done."""
    return status_kind(record.status, written_status(record), record.progress, record.action)


def is_done(record: ActionRecord) -> bool:
    """Whether the row's status says its action was carried out (not set aside)."""
    return record.status == "complete" and kind_of_status(record) == "done"


def status_label(record: ActionRecord) -> str:
    """The status shown for the row: the register's ('partial', 'not started'), or 'set aside'
    for an action closed without being carried out."""
    if kind_of_status(record) == "set_aside":
        return "set aside"
    return record.status.replace("_", " ")

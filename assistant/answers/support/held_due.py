"""A row's deadline told the way the question asks for it: the date set now, the date first
set, or both with how far it moved, each in the paper's own words with its reading ('May-25
(31 May 2025)').

The paper's words are kept (they are what a reader finds in the table); a shorthand a reader
must work out (a quarter, a season, 'Mar-24', figures alone) is followed by the date it is read
as, by the one date reader of ingest (the record's ISO dates).
"""

from __future__ import annotations

from assistant.analysis.due_asked import DueKind
from assistant.answers.support.current_due import current_as_written
from assistant.answers.support.recordtext import due_words, long_date, safe_text, terse_date
from assistant.threads import months_between
from ingest.model import ActionRecord


def with_reading(written: str, iso: str | None) -> str:
    """``written`` followed by its reading when it is a shorthand: 'Dec-24' -> 'Dec-24 (31
    December 2024)'; as written when it spells its date out or has no reading."""
    written = safe_text(written.strip())
    if iso and terse_date(written) and long_date(iso) not in written:
        return f"{written} ({long_date(iso)})"
    return written


def first_due(record: ActionRecord) -> str | None:
    """The deadline first set, with its reading; None when the row was never revised."""
    first = record.revised_from_text
    if not first or not record.revised_from_date or record.revised_from_date == record.due_date:
        return None
    return with_reading(first, record.revised_from_date)


def current_due(record: ActionRecord) -> str:
    """The deadline set now, with its reading: the current date alone when the cell keeps the
    first one beside it ('May-25 (was Dec-24)' -> 'May-25 (31 May 2025)') or holds only the
    first (the new one in another column)."""
    first = record.revised_from_text
    if first_due(record) is None or not record.due_date or not first:
        return due_words(record)
    written = due_words(record).removesuffix(f" ({long_date(record.due_date)})")
    if written.startswith(f"{long_date(record.due_date)} (revised from "):
        return long_date(record.due_date)  # the update moved it: the first date is said after
    if first.strip() in written:
        kept = current_as_written(written, first)
        return with_reading(kept, record.due_date) if kept else long_date(record.due_date)
    return with_reading(written, record.due_date)


def months_moved(record: ActionRecord) -> int | None:
    """How many months later the current deadline is than the first one (None: not revised)."""
    if first_due(record) is None or not record.due_date or not record.revised_from_date:
        return None
    return months_between(record.revised_from_date, record.due_date)


def _months(count: int) -> str:
    if count == 0:
        return "within the same month"
    later = "later" if count > 0 else "earlier"
    return f"{abs(count)} month{'s' if abs(count) != 1 else ''} {later}"


def due_sentence(kind: DueKind, subject: str, record: ActionRecord) -> str | None:
    """The first line of a deadline answer of ``kind`` about a revised row ('X was first due
    **Dec-24 (31 December 2024)**; it is now due **May-25 (31 May 2025)**, 5 months later');
    None for a row never revised or a question about the current date alone (the caller's own
    sentence says it)."""
    first = first_due(record)
    if first is None or kind == "current":
        return None
    now = current_due(record)
    moved = months_moved(record)
    if kind == "first":
        return f"{subject} was first due **{first}**; it has since been revised to {now}"
    gap = f", {_months(moved)}" if moved is not None else ""
    return f"{subject} was first due **{first}**; it is now due **{now}**{gap}"

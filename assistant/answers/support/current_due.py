"""A row's deadline as a comparison uses it: the current one, saying so when it was revised
('31 July 2022, revised from 31/03/2022'). A row whose deadline cell keeps the first date
beside the new one ('29/02/2024 now 30/06/2024', '2021-03-31 (was 2020-10-31)') or holds the
first date alone (the new one in another column) is compared, and shown, by the current date,
so a first line never headlines the deadline that no longer holds."""

from __future__ import annotations

import re

from assistant.answers.support.recordtext import due_words, long_date, safe_text
from ingest.model import ActionRecord

REVISED = ", revised from "


def current_due_words(record: ActionRecord) -> str:
    """The deadline a comparison states: as written when it is current; the current date
    when the cell still shows the first one; with ', revised from <first>' when revised."""
    written = due_words(record)
    first = record.revised_from_text
    if not (record.revised_from_date and record.due_date and first):
        return written
    if record.revised_from_date == record.due_date:
        return written
    if first.strip() in written:  # the cell keeps the first date: state the current one
        written = current_as_written(written, first) or long_date(record.due_date)
    return f"{written}{REVISED}{safe_text(first.strip())}"


# the words that tie a first deadline to its revision in one cell: '(was …)', '… now …'
_TIES = re.compile(
    r"^(?:[\s()\[\],;:–—-]|\b(?:now|was|revised|to|from|originally|previously)\b)+|"
    r"(?:[\s()\[\],;:–—-]|\b(?:now|was|revised|to|from|originally|previously)\b)+$",
    re.I,
)


def current_as_written(written: str, first: str) -> str | None:
    """The current deadline in the paper's own words, from a cell that keeps the first one
    beside it ('Q3 2026/27 (was Q1 2026/27)' -> 'Q3 2026/27'); None when the cell holds the
    first date alone (or nothing like a date is left)."""
    rest = [_TIES.sub("", piece) for piece in written.split(first.strip())]
    kept = [piece for piece in rest if any(c.isdigit() for c in piece)]
    return kept[-1] if len(kept) == 1 else None


def without_revision(written: str) -> str:
    """A compared deadline without what it was revised from: two sides due together each
    have their own first date, so the date they share is stated alone."""
    return written.split(REVISED, 1)[0]

"""The exact filters a question or a client sets over the register (:class:`RecordQuery`),
and the one filter read from a value's spelling (a priority and its complement)."""

from __future__ import annotations

from dataclasses import dataclass

from assistant.text import NOT_PRIORITY
from ingest.errors import InvalidRequest
from ingest.model import STATUSES
from ingest.themes import resolve_theme


def priority_fits(priority: str | None, wanted: str) -> bool:
    """The row's priority is the one asked ('High'), or, asked its complement ('not Medium'),
    a priority the row states that is another."""
    if wanted.startswith(NOT_PRIORITY):
        return priority is not None and priority.lower() != wanted[len(NOT_PRIORITY) :].lower()
    return (priority or "").lower() in wanted.lower().split(" or ")  # 'Essential or High'


@dataclass
class RecordQuery:
    """Exact filters over the register. Years apply to the record's date (due date, else report)."""

    document: list[str] | None = None
    status: list[str] | None = None
    theme: list[str] | None = None
    theme_all: bool = False  # every theme, not any ('partnership risk management actions')
    since: int | None = None
    until: int | None = None
    slipped: bool = False
    revised: bool | None = None
    owner: str | None = None
    owner_not: str | None = None  # 'other than those led by X': the owner excluded
    owner_or: list[str] | None = None  # 'owned by X or Y': the owners besides ``owner``
    ref: list[str] | None = None
    ref_not: list[str] | None = None  # 'other than R12': refs left out
    priority: str | None = None
    section: str | None = None
    due_from: str | None = None  # ISO dates: a window on the (current) due date
    due_to: str | None = None
    revised_from: str | None = None  # a window on the original (revised-from) deadline
    revised_to: str | None = None
    no_due: bool = False
    dated: bool = False  # the deadline column gives a date ('which have a target date')
    degree: str | None = None  # 'significantly' in 'Recommendation met: significantly'
    category: str | None = None
    min_extensions: int | None = None  # 'slipped more than once' = 2
    owner_only: bool = False  # the owner holds it alone ('owned solely by X')
    owner_shared: bool = False  # the owner holds it with another ('jointly owned by X')
    due_says: str | None = None  # words of the deadline column ('ongoing' as a timescale)
    status_says: list[str] | None = None  # status values as held ('Red', 'Open')

    def validate(self) -> RecordQuery:
        if self.status:
            bad = [s for s in self.status if s not in STATUSES]
            if bad:
                raise InvalidRequest(f"unknown status {bad[0]!r}; use one of {', '.join(STATUSES)}")
        if self.theme:
            resolved = []
            for name in self.theme:
                theme = resolve_theme(name)
                if theme is None:
                    raise InvalidRequest(f"unknown theme {name!r}")
                resolved.append(theme)
            self.theme = resolved
        if self.since and self.until and self.since > self.until:
            raise InvalidRequest(f"since ({self.since}) is after until ({self.until})")
        return self

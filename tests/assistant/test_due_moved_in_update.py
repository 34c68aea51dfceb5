"""A deadline column that keeps the date first set, the row's update moving it ('Deadline moved
back from X to Y'), is shown as the current deadline revised from the written one
(assistant/answers/support/recordtext.due_words)."""

from __future__ import annotations

from assistant.answers.support.recordtext import due_words
from ingest.model import ActionRecord, DocumentRef


def _row(due_text: str, due: str, revised_from: str | None) -> ActionRecord:
    return ActionRecord(
        id="d:1",
        document=DocumentRef(id="d", title="Tracker", filename="d.md"),
        ordinal=1,
        title="Replace the boiler controls",
        due_text=due_text,
        due_date=due,
        revised_from_text=due_text if revised_from else None,
        revised_from_date=revised_from,
        source_text=due_text,
        source_start=0,
        source_end=len(due_text),
    )


def test_a_deadline_moved_by_the_update_shows_the_current_date_first() -> None:
    moved = _row("end of September 2024", "2025-06-30", "2024-09-30")
    assert due_words(moved) == "30 June 2025 (revised from end of September 2024)"


def test_a_deadline_as_written_stays_when_it_is_the_current_one() -> None:
    assert due_words(_row("end of June 2025", "2025-06-30", None)) == "end of June 2025"
    revised = _row("Mar-25 (was Sep-24)", "2025-03-31", "2024-09-30")
    assert due_words(revised).startswith("Mar-25 (was Sep-24)")

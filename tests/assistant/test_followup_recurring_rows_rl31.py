"""A follow-up asking whether the last answer's rows recurred names those rows (rl31): the
issue is the rows, not a word of the question."""

from __future__ import annotations

from assistant.antecedents import Previous
from assistant.recurring_asked import recurrence_of_rows
from ingest.model import ActionRecord, DocumentRef


def _row(ref: str) -> ActionRecord:
    title = f"Depot item {ref}"
    return ActionRecord(
        id=f"d1:{ref}",
        document=DocumentRef(id="d1", title="Depot Plan", filename="d1.md"),
        ordinal=1,
        ref=ref,
        title=title,
        source_text=title,
        source_start=0,
        source_end=len(title),
    )


def _previous(*refs: str) -> Previous:
    rows = [_row(r) for r in refs]
    return Previous("Which items does the Clerk own?", rows, list(refs))


def _always(_: str) -> bool:
    return True


def test_rows_named_in_place_of_the_pointer() -> None:
    asked = recurrence_of_rows(
        "Did those come up again in later plans?", _previous("DP1", "DP4"), _always
    )
    assert asked is not None and "DP1" in asked and "DP4" in asked and "those" not in asked


def test_either_points_at_the_rows() -> None:
    asked = recurrence_of_rows(
        "Has either been raised elsewhere?", _previous("DP1", "DP4"), _always
    )
    assert asked is not None and asked.startswith("Has DP1"), asked


def test_left_alone_when_not_a_recurrence_or_naming_a_ref() -> None:
    previous = _previous("DP1", "DP4")
    assert recurrence_of_rows("Who owns them?", previous, lambda _: False) is None
    assert recurrence_of_rows("Did DP9 come up again?", previous, _always) is None
    assert recurrence_of_rows("Did those come up again?", None, _always) is None

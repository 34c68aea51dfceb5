"""A post asked for is not another post ending in its words ('Town Clerk' asked, 'Deputy Town
Clerk' held), while joint owners and longer cells that are no post of their own still count.
The owners are invented."""

from __future__ import annotations

import pytest

from assistant.record_owners import holds_owner, known_owners
from ingest.model import ActionRecord, DocumentRef

_DOC = DocumentRef(id="d", title="Audit Log", filename="d.docx")


def _record(owner: str) -> ActionRecord:
    return ActionRecord(
        id=f"d:{owner}", document=_DOC, ref="A1", ordinal=1, title="Row", owner=owner,
        status="ongoing", columns={}, source_text="x", source_start=0, source_end=1,
    )  # fmt: skip


_HELD = [_record(o) for o in ("Parish Clerk", "Deputy Parish Clerk", "Head of Estates",
                              "Assistant Head of Estates", "Finance Officer")]  # fmt: skip


@pytest.mark.parametrize(
    ("asked", "cell", "held"),
    [
        ("Parish Clerk", "Parish Clerk", True),
        ("Parish Clerk", "Deputy Parish Clerk", False),  # a post of its own
        ("Head of Estates", "Assistant Head of Estates", False),
        ("Head of Estates", "Head of Estates / Finance Officer", True),  # joint owners
        ("Estates Officer", "Senior Estates Officer", True),  # no post of its own here
        ("Deputy Parish Clerk", "Deputy Parish Clerk", True),
    ],
)
def test_a_post_is_not_a_longer_post_ending_in_its_words(asked: str, cell: str, held: bool) -> None:
    known = known_owners([*_HELD, _record(cell)])
    assert holds_owner(_record(cell), asked, known) is held

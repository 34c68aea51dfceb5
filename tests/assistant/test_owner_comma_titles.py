"""A post titled with its remit after a comma ('Station Manager, Rescue') is one post: asked by
that whole title, its rows are found, alone or with a joint owner; each half still finds the
row as before. The owners are invented."""

from __future__ import annotations

from assistant.record_owners import holds_owner, known_owners, sole_owner
from ingest.model import ActionRecord, DocumentRef

_DOC = DocumentRef(id="d", title="Tracker", filename="d.xlsx")


def _record(owner: str) -> ActionRecord:
    return ActionRecord(
        id=f"d:{owner}", document=_DOC, ref="T1", ordinal=1, title="Row", owner=owner,
        status="ongoing", columns={}, source_text="x", source_start=0, source_end=1,
    )  # fmt: skip


def test_a_title_with_its_remit_after_a_comma_is_one_post() -> None:
    rows = [_record("Station Manager, Rescue"), _record("Station Manager, Prevention")]
    known = known_owners(rows)
    assert holds_owner(rows[0], "Station Manager, Rescue", known)
    assert not holds_owner(rows[1], "Station Manager, Rescue", known)
    assert sole_owner(rows[0], "Station Manager, Rescue", known)
    assert holds_owner(rows[0], "Station Manager", known)


def test_the_whole_title_is_found_beside_a_joint_owner() -> None:
    row = _record("Head of Service, Libraries / Treasurer")
    known = known_owners([row])
    assert holds_owner(row, "Head of Service, Libraries", known)
    assert holds_owner(row, "Treasurer", known)
    assert not sole_owner(row, "Head of Service, Libraries", known)

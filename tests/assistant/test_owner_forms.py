"""Owners named in another form than the cells': posts joined by 'and' in one cell, the remit
before the post, the post alone. Invented wordings and invented owners."""

from __future__ import annotations

from assistant.analysis.owner_forms import owner_in_other_form
from assistant.record_owners import _joined_posts, holds_owner
from ingest.model import ActionRecord, DocumentInfo

_DOC = DocumentInfo(id="d", filename="d.csv", format="csv", sha256="d", title="Action log")


def _row(owner: str) -> ActionRecord:
    return ActionRecord(
        id="d:1",
        document=_DOC.ref(),
        ref="1",
        ordinal=1,
        title="Check the sluices",
        owner=owner,
        source_text="Check the sluices",
        source_start=0,
        source_end=17,
    )


def test_posts_joined_by_and_are_each_an_owner() -> None:
    known = frozenset({"head of parks", "harbour engineer", "chief warden"})
    row = _row("Chief Warden of the Estuary and Harbour Engineer")
    assert holds_owner(row, "Harbour Engineer", known)
    assert holds_owner(row, "Chief Warden of the Estuary", known)


def test_a_remit_joined_on_is_no_second_owner() -> None:
    known = frozenset({"head of parks", "gardens manager", "treasurer"})
    assert _joined_posts("Head of Parks and Gardens", known) == []  # one post of two remits
    assert _joined_posts("Head of Parks and Treasurer", known) == ["Head of Parks", "Treasurer"]


def test_the_remit_before_the_post_names_the_held_owner() -> None:
    owners = ["Director of Harbours", "Head of Legal Services", "Treasurer"]
    found = owner_in_other_form("Which points is the Harbours Director handling?", owners)
    assert found == ("Director of Harbours", "Harbours Director")


def test_the_post_alone_names_its_one_holder() -> None:
    owners = ["Registrar to the Panel", "Registrar to the Panel and Treasurer", "Treasurer"]
    found = owner_in_other_form("Which items does the Registrar hold?", owners)
    assert found == ("Registrar to the Panel", "Registrar")
    # two posts of that name: the post alone names neither
    assert (
        owner_in_other_form(
            "Which items does the Registrar hold?", [*owners, "Registrar for Deeds"]
        )
        is None
    )

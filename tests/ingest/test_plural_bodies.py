"""A body whose name ends in a plural kind ('… Lighthouse Commissioners', '… Harbour Trusts')
is found as the paper's organisation from its masthead, as the singular kinds are."""

from __future__ import annotations

import pytest

from ingest.extract import extract
from ingest.loaders import LoadLimits, load_bytes


@pytest.mark.parametrize(
    ("masthead", "body"),
    [
        ("Carrick Lighthouse Commissioners - Audit Committee", "Carrick Lighthouse Commissioners"),
        ("Solway Drainage Boards - Joint Committee", "Solway Drainage Boards"),
        ("Wendle Almshouse Trusts", "Wendle Almshouse Trusts"),
    ],
)
def test_a_plural_body_in_the_masthead_is_the_organisation(masthead: str, body: str) -> None:
    lines = [
        "Action Tracker",
        masthead,
        "Ref,Issue,Action,Owner,Due,Status",
        "T-1,Fuel not reconciled,Reconcile fuel,Engineer,2024-03-31,Open",
        "T-2,Keys not logged,Log keys,Keeper,2024-06-30,Open",
    ]
    data = ("\n".join(lines) + "\n").encode()
    loaded = load_bytes(data, "tracker.csv", LoadLimits(pdf_in_subprocess=False))
    assert extract(loaded).info.organisation == body


@pytest.mark.parametrize(
    "owner", ["Head of Catering Services", "Director of Estates Services", "Chair of Trustees"]
)
def test_a_post_in_an_owner_cell_is_no_organisation(owner: str) -> None:
    """'Head of Catering Services' ends in a kind of body, but a post of one is no body."""
    lines = [
        "Canteen Review",
        "Ref,Action,Owner,Due,Status",
        f"K1,Let the catering contract,{owner},2024-03-31,Open",
        f"K2,Survey the canteen menu,{owner},2024-06-30,Open",
    ]
    data = ("\n".join(lines) + "\n").encode()
    loaded = load_bytes(data, "review.csv", LoadLimits(pdf_in_subprocess=False))
    assert extract(loaded).info.organisation is None

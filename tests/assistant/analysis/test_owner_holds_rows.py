"""An owner said to hold rows ('the Harbourmaster has a couple of actions in the log', 'the
Clerk owns several recommendations', "the Director of Estates' actions") asks for that owner's
rows, a list filtered by the owner, not the owner of one row (assistant/analysis/owners.py
holds_rows, analyse.py)."""

from __future__ import annotations

from assistant.analysis.analyse import analyse
from assistant.analysis.names import NameIndex
from tests.assistant.analysis.invented_log import stated_index


def _index() -> NameIndex:
    return stated_index(
        {"d1": ("Pelham Ferry Trust", "Internal Audit Actions Log")},
        {
            "d1": [
                ("PF-01", "Mooring fees are not reconciled.", "Open", "ongoing", "Harbourmaster"),
                ("PF-02", "Pontoon inspections are late.", "Closed", "complete", "Harbourmaster"),
                ("PF-03", "No fraud policy.", "Open", "ongoing", "Clerk to the Trust"),
                ("PF-04", "Ticket income unbanked.", "Open", "ongoing", "Director of Estates"),
                ("PF-05", "Fuel stock not counted.", "Closed", "complete", "Director of Estates"),
            ]
        },
    )


def test_an_owner_holding_rows_asks_for_that_owners_rows() -> None:
    index = _index()
    for asked, owner in (
        (
            "The Harbourmaster has a couple of actions in the log - where are they at?",
            "Harbourmaster",
        ),
        (
            "the Clerk to the Trust owns several recommendations; how are they going?",
            "Clerk to the Trust",
        ),
        ("What is the status of the Director of Estates' actions?", "Director of Estates"),
        (
            "The Director of Estates is responsible for two items. What's their status?",
            "Director of Estates",
        ),
    ):
        analysis = analyse(asked, index)
        assert analysis.intent == "list", asked
        assert analysis.owner == owner, asked
        assert "owner" not in analysis.fields, asked


def test_one_row_of_an_owner_or_asking_the_owner_stays_a_lookup() -> None:
    index = _index()
    assert analyse("Who owns the action on mooring fees?", index).intent == "lookup"
    one = analyse("What is the Director of Estates' action on ticket income?", index)
    assert one.intent == "lookup"


def test_a_comparison_of_holders_is_no_holding() -> None:
    asked = "Does the Harbourmaster or the Director of Estates have more actions closed?"
    assert analyse(asked, _index()).intent != "list"

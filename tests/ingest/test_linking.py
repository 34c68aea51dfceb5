"""ingest.linking: acronyms a paper defines. Invented text."""

from __future__ import annotations

from ingest.linking import acronyms_defined


def test_acronyms_are_read_from_their_definitions() -> None:
    text = (
        "The Falcon Data Unit (FDU) was set up in 2011. Most similar councils (MSCs) were "
        "compared. The Harbour Safety & Navigation Committee (HSNC) met. Costs (GBP) rose."
    )
    found = acronyms_defined(text)
    assert found["FDU"] == "Falcon Data Unit"
    assert found["MSCs"] == "Most similar councils"
    assert found["HSNC"] == "Harbour Safety & Navigation Committee"
    assert "GBP" not in found  # no name before it spells it

"""ingest.linking: compounds in any spelling and acronyms a paper defines. Invented text."""

from __future__ import annotations

from ingest.linking import acronyms_defined, compound_forms, linked_forms, says_word


def test_a_compound_matches_its_closed_open_and_hyphenated_spellings() -> None:
    assert "database" in compound_forms("the contracts data base")
    assert says_word("loaded onto the contracts data base", "database")
    assert says_word("loaded onto the contracts database", "data base")
    assert says_word("the data-base is kept", "database")
    assert not says_word("the base of the data", "database")


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
    assert linked_forms("When was the Falcon Data Unit formed?", found) == ["FDU"]
    assert linked_forms("What does the FDU do?", found) == ["Falcon Data Unit"]

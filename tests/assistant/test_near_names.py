"""A paper named with a slip of a letter or two (assistant/analysis/near_names.py, targets.py,
named_scope.py): a body the scan misspelt, a title quoted with a slip; never a name that
differs by a number."""

from __future__ import annotations

from assistant.analysis.analyse import analyse
from assistant.analysis.names import NameIndex
from assistant.analysis.near_names import near_text, near_word
from ingest.cleaning import edit_distance
from ingest.model import DocumentInfo


def _paper(doc_id: str, title: str, organisation: str) -> DocumentInfo:
    return DocumentInfo(
        id=doc_id,
        filename=f"{doc_id}.pdf",
        format="pdf",
        sha256=doc_id,
        title=title,
        organisation=organisation,
    )


def test_distance_and_the_slips_a_name_allows() -> None:
    assert edit_distance("kitten", "sitting", 5) == 3
    assert edit_distance("abc", "abcdef", 1) == 2  # cut off past the limit
    held = {"thornwick", "marrowby", "thornwich"}
    assert near_word("marowby", held) == "marrowby"
    assert near_word("thornwik", held) == "thornwick"  # the nearer of two
    assert near_word("board", {"boards"}) is None  # too short to bend
    assert near_word("council", {"councel"}) is None  # a word of the language is itself


def test_near_text_keeps_numbers_apart() -> None:
    assert near_text("internal audit follow up report", "internal audlt follow up report")
    assert not near_text("harbour board 1 follow up report", "harbour board 10 follow up report")
    assert not near_text("annual report 2022 23", "annual report 2023 24")


def _index() -> NameIndex:
    papers = [
        _paper("a", "Action plan", "Quillerby Moorland Park Authority"),
        _paper("b", "Audit tracker", "Sandholt Ferry Trust"),
        _paper("c", "Audit tracker", "Sandholt Ferry Trust 2"),
    ]
    mastheads = {"a": "Annual Governance Statement 2023/24 - Improvement Plan\nQuillerby"}
    return NameIndex.from_records(papers, [], mastheads)


def test_a_body_misspelt_by_a_letter_names_its_paper() -> None:
    index = _index()
    for asked in (
        "How many actions of Quilerby Moorland Park Authority are complete?",
        "Which actions in the Quillersby paper slipped?",
    ):
        assert analyse(asked, index).documents == ["a"], asked


def test_a_title_quoted_with_a_slip_or_as_its_masthead_prints_it() -> None:
    index = _index()
    asked = "Which deadlines moved in 'Annual Goverance Statement 2023/24 - Improvement Plan'?"
    assert analyse(asked, index).documents == ["a"]
    other_year = (
        "Which deadlines moved in 'Annual Governance Statement 2021/22 - Improvement Plan'?"
    )
    assert "a" not in analyse(other_year, index).documents


def test_a_number_tells_two_bodies_apart() -> None:
    index = _index()
    assert analyse("How many actions of Sandholt Ferry Trust 2 are open?", index).documents == ["c"]

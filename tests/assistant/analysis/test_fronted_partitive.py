"""'Of the 30 inspections, how many were passed?': the noun a count names may be put before
'how many', in a partitive; the count is of that noun, not of the verb after 'how many'."""

from __future__ import annotations

from assistant.analysis.nouns import counted_noun


def test_a_fronted_partitive_names_the_noun_counted() -> None:
    assert counted_noun("Of the 30 site inspections, how many were passed?") == "inspections"
    assert counted_noun("Among those vehicles, how many have failed their MOT?") == "vehicles"


def test_a_noun_after_how_many_is_still_the_one_counted() -> None:
    assert counted_noun("Of the depots, how many recommendations were met?") == "recommendations"
    assert counted_noun("How many of the 30 actions were met?") == "actions"


def test_an_aside_opening_with_of_is_no_partitive() -> None:
    """'Out of interest, …' opens an aside: the count is of the noun after 'how many'."""
    question = "Out of curiosity, how many of the open actions name the Treasurer as owner?"
    assert counted_noun(question) == "actions"
    assert counted_noun("Of course, how many actions are complete?") == "actions"

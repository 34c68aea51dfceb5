"""A RAG colour named by its meaning ('off track' is the red of a paper rating its rows by
colour), and a state joined to a held value read as the values that state normalises from.
Invented values only."""

from __future__ import annotations

from assistant.analysis.held_status import colour_meant, held_status_named
from assistant.analysis.joined_states import joined_states
from assistant.analysis.patterns import DONE, STATUS_WORDS

TABLE = [*STATUS_WORDS, (DONE, ["complete"])]
HELD = {
    "rag": {"Red", "Amber", "Green"},
    "words": {"Done", "Under way", "Not begun"},
}


def test_off_track_is_the_red_of_a_paper_rating_by_colour() -> None:
    found = colour_meant("which points are off track?", HELD, ["rag"])
    assert found is not None and found.values == ["Red"] and found.texts == ["off track"]
    named = held_status_named("items not on track", HELD, ["rag"])
    assert named is not None and named.values == ["Red"]


def test_no_colour_where_a_paper_in_scope_holds_none() -> None:
    assert colour_meant("which points are off track?", HELD, ["words"]) is None
    assert colour_meant("which points are off track?", HELD, []) is None  # 'words' has no red


def test_off_track_or_a_status_is_the_union_by_value() -> None:
    meaning = {"Red": {"not_started"}, "Amber": {"ongoing"}, "Green": {"complete"}}
    joined = joined_states("items off track or not started", TABLE, HELD, ["rag"], meaning)
    assert joined is not None and joined.says == ["Red"] and not joined.statuses
    joined = joined_states("items rated red or complete", TABLE, HELD, ["rag"], meaning)
    assert joined is not None and sorted(joined.says) == ["Green", "Red"]

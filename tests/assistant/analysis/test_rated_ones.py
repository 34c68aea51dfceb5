"""A rating as the rows' adjective ('which of the high ones …', 'not counting the low ones',
'the medium-rated items') is the priority filter of a list or count, as 'high priority' is."""

from __future__ import annotations

from assistant.analysis import NameIndex, analyse


def test_a_rating_before_the_rows_noun_is_the_priority(name_index: NameIndex) -> None:
    q = analyse("Which of the high ones is the Treasurer responsible for?", name_index)
    assert q.priority == "High" and q.owner == "Treasurer"
    q = analyse("How many of the medium-rated recommendations are complete?", name_index)
    assert q.priority == "Medium"
    q = analyse("Not counting the low ones, which PURE recommendations are ongoing?", name_index)
    assert q.priority is not None and q.priority.endswith("Low") and q.priority != "Low"


def test_a_rating_word_elsewhere_is_no_priority(name_index: NameIndex) -> None:
    q = analyse("Which recommendations mention high costs?", name_index)
    assert q.priority is None

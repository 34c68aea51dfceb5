"""A complement ('other than A2', 'apart from A1 and A3', 'except for A4') leaves refs out of a
list or count instead of asking for them. The papers are invented; nothing here names a
bundled one."""

from __future__ import annotations

from assistant.analysis import NameIndex, analyse
from assistant.analysis.reading import excluded
from tests.assistant.analysis.invented_log import log_index


def _index() -> NameIndex:
    return log_index(
        [
            ("A1", "Tree inspection backlog in the parks", "Head of Parks"),
            ("A2", "Playground safety checks overdue", "Head of Parks"),
            ("A3", "Grounds contract not retendered", "Head of Parks"),
            ("A4", "Open spaces strategy out of date", "Treasurer"),
        ]
    )


def test_a_ref_after_other_than_is_left_out_not_asked_for() -> None:
    q = analyse("Which other actions does the Head of Parks own, other than A2?", _index())
    assert q.intent == "list"
    assert q.refs == [] and q.refs_not == ["A2"]
    assert q.owner == "Head of Parks"
    assert "a2" not in q.terms


def test_every_ref_of_a_leading_complement_is_left_out() -> None:
    q = analyse("Apart from A1 and A3, how many actions does the Head of Parks hold?", _index())
    assert q.intent == "count" and sorted(q.refs_not) == ["A1", "A3"] and not q.refs


def test_a_ref_outside_the_complement_is_still_asked_for() -> None:
    q = analyse("Who owns A4, except for the Treasurer?", _index())
    assert q.refs == ["A4"] and not q.refs_not
    assert excluded("Is A1 due before A2, except for A3?", ["A1", "A2", "A3"]) == ["A3"]


def test_an_exclusion_leaves_out_but_does_not_narrow_to_a_subject() -> None:
    q = analyse("List the actions excluding A4.", _index())
    assert q.refs_not == ["A4"] and not q.refs
    assert not q.has_record_filters()  # the topic words still rank and narrow as without it


def test_a_leading_complement_does_not_hide_what_is_asked() -> None:
    q = analyse("Apart from A2, what does the Head of Parks own?", _index())
    assert q.intent == "list" and q.refs_not == ["A2"] and q.owner == "Head of Parks"


def test_a_record_described_in_a_complement_is_left_out_by_its_words() -> None:
    q = analyse(
        "Which actions does the Head of Parks own, apart from the one on tree inspection?",
        _index(),
    )
    assert q.terms_not == ["tree", "inspection"]
    assert "tree" not in q.terms and "inspection" not in q.terms  # no topic: the list is whole
    owner_left = analyse("Which actions are overdue, other than the Treasurer's?", _index())
    assert owner_left.owner_not == "Treasurer" and not owner_left.terms_not

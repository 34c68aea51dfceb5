"""Owner filters read against the owners the register holds: a title with 'and' in it is
matched whole, a word cut from such a title is no owner, and 'alone or jointly' is no sole
ownership. The papers are invented; nothing here names a bundled one."""

from __future__ import annotations

from assistant.analysis import NameIndex, analyse
from tests.assistant.analysis.invented_log import log_index


def _index() -> NameIndex:
    return log_index(
        [
            ("A1", "Tree inspection backlog in the parks", "Head of Parks and Open Spaces"),
            ("A2", "Playground safety checks overdue", "Head of Parks and Open Spaces/ Treasurer"),
            ("A3", "Grounds contract not retendered", "Treasurer"),
            ("A4", "Open spaces strategy out of date", "Head of Planning"),
            ("A5", "Allotment rents not reviewed", "ACPRS/ Head of Estates group"),
        ]
    )


def test_an_owner_title_with_and_is_matched_whole() -> None:
    q = analyse("Which actions does the Head of Parks and Open Spaces own?", _index())
    assert q.owner == "Head of Parks and Open Spaces"


def test_a_word_cut_from_a_title_is_no_owner() -> None:
    assert "Spaces" not in _index().owners
    q = analyse("Which actions are about open spaces?", _index())
    assert q.owner is None


def test_alone_or_jointly_is_not_sole_ownership() -> None:
    index = _index()
    assert analyse("Which actions does the Treasurer own alone?", index).owner_only
    jointly = analyse("Which actions does the Treasurer own, alone or jointly?", index)
    assert jointly.owner == "Treasurer" and not jointly.owner_only


def test_an_owner_is_read_with_articles_the_cell_leaves_out() -> None:
    index = _index()
    assert "Head of Estates group" in index.owners
    for question in (
        "How many actions fell to the Head of the Estates group?",
        "Which actions went to the head of the estates group?",
    ):
        q = analyse(question, index)
        assert q.owner == "Head of Estates group", question
        assert not {"estates", "group"} & set(q.terms), question  # the owner's words: no topic


def test_a_short_owner_is_no_owner_inside_another_word() -> None:
    index = _index()
    assert "ACPRS" in index.owners
    # 'acprs' is written inside a longer word only: no owner filter
    q = analyse("How many actions mention the xacprsy review?", index)
    assert q.owner is None
    assert analyse("Which actions does ACPRS own?", index).owner == "ACPRS"


def test_what_an_owner_answers_for_is_a_list_of_its_rows() -> None:
    index = _index()
    for question in (
        "what's the head of planning leading on in the action log?",
        "What is the Treasurer responsible for?",
        "What does the Head of Parks and Open Spaces have a hand in on the audit log?",
        "what does ACPRS look after",
    ):
        q = analyse(question, index)
        assert q.intent == "list", question
        assert q.owner, question
    # no stranded preposition, or the owner is not the subject: no list of its rows
    assert analyse("What is the Treasurer?", index).intent != "list"
    assert analyse("What does the Treasurer say about rents?", index).intent != "list"

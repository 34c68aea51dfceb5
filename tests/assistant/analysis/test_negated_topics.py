"""A topic the rows must not be about ('not about X', 'that don't relate to X', 'unrelated to
X') leaves rows out, like 'apart from the ones on X'; and a deadline's 'due to be done by …'
names no state. The papers are invented; nothing here names a bundled one."""

from __future__ import annotations

from assistant.analysis import NameIndex, analyse
from assistant.analysis.reading import excluded_words
from tests.assistant.analysis.invented_log import log_index


def _index() -> NameIndex:
    return log_index(
        [
            ("A1", "Tree inspection backlog in the parks", "Head of Parks"),
            ("A2", "Playground safety checks overdue", "Head of Parks"),
            ("A3", "Grounds contract not retendered", "Head of Parks"),
        ]
    )


def test_not_about_a_topic_is_a_word_of_the_rows_left_out() -> None:
    q = analyse("Which actions in the log are not about playgrounds?", _index())
    assert q.intent == "list" and q.terms_not == ["playgrounds"]
    assert "playgrounds" not in q.terms


def test_other_forms_of_denied_relation() -> None:
    assert excluded_words("How many items don't relate to contracts?", []) == ["contracts"]
    assert excluded_words("List the points unrelated to tree inspection", []) == [
        "tree",
        "inspection",
    ]
    assert excluded_words("Which actions do not concern grounds?", []) == ["grounds"]
    # a topic asked for is no topic left out
    assert excluded_words("Which actions are about grounds?", []) == []


def test_due_to_be_done_by_a_date_is_a_deadline_not_a_state() -> None:
    q = analyse("Which actions were due to be done before the end of 2019?", _index())
    assert q.due_to == "2019-12-31" and not q.statuses
    q = analyse("Which actions have yet to be done?", _index())
    assert "complete" not in q.statuses and q.statuses

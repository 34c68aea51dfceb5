"""A row named by a record noun and a bare number the register holds as a ref, and a request
to see named rows, read as a lookup of those rows (lead35)."""

from __future__ import annotations

import pytest

from assistant.analysis import analyse
from assistant.analysis.numbered_rows import names_only_rows, numbered_refs
from tests.assistant.analysis.invented_log import log_index

ROWS = [
    ("1", "Grave plot records are kept on paper only.", "Bereavement Services Manager"),
    ("2", "Memorial safety inspections are overdue.", "Cemetery Supervisor"),
    ("GS-3", "Grounds contract is not monitored.", "Contracts Officer"),
]


def test_a_record_noun_and_a_held_number_name_that_row() -> None:
    index = log_index(ROWS)
    assert analyse("Could you pull up finding 2 for me?", index).refs == ["2"]
    assert analyse("what does recommendation no. 1 say", index).refs == ["1"]


def test_a_number_the_register_does_not_hold_is_no_ref() -> None:
    assert numbered_refs("what does recommendation 7 say", {"1", "2"}) == []
    assert numbered_refs("the 3 actions due in 2025", {"3"}) == []  # no noun before it
    assert numbered_refs("what was asked of items 1-5?", {"1", "5"}) == []  # a range


@pytest.mark.parametrize(
    "question",
    ["Show me GS-3.", "pull up recommendation 2 please", "Can you show me finding 1 and GS-3?"],
)
def test_a_request_to_see_named_rows_is_a_lookup(question: str) -> None:
    assert analyse(question, log_index(ROWS)).intent == "lookup"


@pytest.mark.parametrize(
    "question", ["Show me the overdue actions", "list the actions GS-3's owner holds"]
)
def test_a_request_with_a_condition_stays_a_list(question: str) -> None:
    assert analyse(question, log_index(ROWS)).intent == "list"


def test_words_beside_the_refs_keep_the_list_reading() -> None:
    assert not names_only_rows("show me actions like GS-3", lambda _: ["GS-3"])
    assert names_only_rows("show me GS-3", lambda _: ["GS-3"])

"""'Out of how many?' after a count: the whole the count was a part of, by the last question's
own counted noun, in its paper, the condition dropped (assistant/count_total.py)."""

from __future__ import annotations

import pytest

from assistant.antecedents import Previous
from assistant.count_total import out_of_total
from assistant.service import Assistant
from tests.assistant.test_follow_ups import converse

ASKED = "how many activities had been completed by then in the Met's March 2017 governance report?"


@pytest.mark.parametrize(
    "asked", ["out of how many?", "and of how many in all?", "how many were there altogether?"]
)
def test_a_bare_total_asks_the_counted_noun_in_total(asked: str) -> None:
    resolved = out_of_total(asked, Previous(ASKED, [], []))
    assert resolved == (
        "how many activities were there in total in the Met's March 2017 governance report?"
    )


def test_the_papers_own_words_before_the_noun_are_left_to_the_paper() -> None:
    last = "How many of the district auditor's 2001/2 recommendations were fully met?"
    resolved = out_of_total("out of how many?", Previous(last, [], [], documents=["Summary"]))
    assert resolved == "how many recommendations were there in total in the Summary?"


def test_no_total_without_a_count_or_a_bare_question() -> None:
    assert out_of_total("out of how many?", Previous("who owns R18?", [], [])) is None
    assert out_of_total("out of how many were complete?", Previous(ASKED, [], [])) is None
    assert out_of_total("out of how many?", None) is None


@pytest.mark.slow
def test_the_total_is_read_from_the_paper(assistant: Assistant) -> None:
    _, _, total = converse(
        assistant,
        "Who are the named authors of the Met's March 2017 governance report?",
        "how many activities had been completed by then?",
        "out of how many?",
    )
    assert "total" in total.standalone and "activities" in total.standalone
    assert "45 activities" in total.answer.answer


@pytest.mark.slow
def test_the_total_of_a_row_count_is_the_papers_rows(bodies_assistant: Assistant) -> None:
    _, total = converse(
        bodies_assistant, "how many Fenbury actions are overdue?", "and how many in total?"
    )
    assert "actions were there in total" in total.standalone
    assert "**8** actions" in total.answer.answer

"""A question asked of each paper it names ('… in both X and Y. What deadline did each
give?') is answered paper by paper (analysis.distributive), and a recurring or compared
subject's rows carry the detail the question asks of each (owner, priority) beside their
status and deadline (answers.composers.across_reports)."""

from __future__ import annotations

import re

import pytest

from assistant.analysis.distributive import asks_each_paper
from assistant.analysis.intent import intent_of
from assistant.service import Assistant


@pytest.mark.parametrize(
    "question",
    [
        "Cash handling is in the 2019 plan and the 2021 review. What target date did each set?",
        "What status do both of them record for the stores audit?",
        "Who signed off the two plans, respectively?",
        "When is the fleet action due in each of them?",
        "What did each one say about procurement?",
    ],
)
def test_distributive_word_asks_each(question: str) -> None:
    assert asks_each_paper(question)


@pytest.mark.parametrize(
    "question",
    [
        "How many actions does each owner hold?",  # rows grouped by owner
        "What is the status of each recommendation in the 2019 plan?",
        "When is the stores audit due?",
    ],
)
def test_no_distributive_word(question: str) -> None:
    assert not asks_each_paper(question)


def test_each_named_paper_answered(assistant: Assistant) -> None:
    answer = assistant.ask(
        "The scheme of delegation is raised in both the 2007/08 governance action plan and "
        "the PURE plan. What status did each record?"
    )
    assert answer.route in ("compare", "recurring"), answer.route
    papers = {r.document.id for r in answer.records}
    assert len(papers) == 2, papers


def test_owner_asked_of_each_recurring_row(assistant: Assistant) -> None:
    answer = assistant.ask(
        "Partnership working has recurred across the reports - who owned it in each?"
    )
    assert answer.route == "recurring", answer.route
    rows = [line for line in answer.answer.splitlines() if line.startswith("- **")]
    assert rows and all(re.search(r"owner: |no owner named", line) for line in rows), rows


@pytest.mark.parametrize(
    "question",
    [
        "For every plan that flagged stock control, who was named as the lead?",
        "Each year the depot roof came up, what was its deadline?",
        "Each time weak contract monitoring was reported, how far had it got?",
    ],
)
def test_distributive_over_raising_papers_is_recurrence(question: str) -> None:
    assert intent_of(question) == "recurring"


@pytest.mark.parametrize(
    "question",
    [
        "How many actions were due each year?",  # no verb of raising: rows counted by year
        "Who owns the depot roof action?",
    ],
)
def test_no_recurrence_without_raising(question: str) -> None:
    assert intent_of(question) != "recurring"


def test_priority_asked_of_each_recurring_row(assistant: Assistant) -> None:
    answer = assistant.ask(
        "Each time financial training came up in the reports, what priority was it given?"
    )
    assert answer.route == "recurring", answer.route
    rows = [line for line in answer.answer.splitlines() if line.startswith("- **")]
    with_priority = [r for r in answer.records if r.priority]
    assert with_priority and any("priority: " in line for line in rows), rows

"""A recurrence asked of a row named by ref ('has R5 come up in other papers?') takes that row
as the issue (its thread and the rows nearest it in meaning), not a word of the question
(rl31)."""

from __future__ import annotations

import pytest

from assistant.analysis.recurrence import raised_again
from assistant.service import Assistant


@pytest.mark.parametrize(
    "question",
    [
        "Has R16 come up in other reports?",
        "Did the fleet item appear in any later plans?",
        "Was it raised in subsequent years' trackers?",
    ],
)
def test_raised_in_other_papers_is_a_recurrence(question: str) -> None:
    assert raised_again(question)


@pytest.mark.parametrize(
    "question",
    ["Who owns it in the other report?", "What other recommendations does the Clerk hold?"],
)
def test_other_without_raising_is_no_recurrence(question: str) -> None:
    assert not raised_again(question)


def test_row_named_by_ref_is_the_issue(assistant: Assistant) -> None:
    answer = assistant.ask("Has item 8 of the MPS Governance Report come up in earlier papers?")
    assert answer.route == "recurring", answer.route
    papers = {r.document.id for r in answer.records}
    assert len(papers) >= 3, papers  # the partnership thread: 2002, 2008, 2017
    assert "'earlier'" not in answer.answer and "item 8" in answer.answer.splitlines()[0]


def test_row_with_no_like_row_elsewhere_recurs_nowhere(assistant: Assistant) -> None:
    answer = assistant.ask("Has R16 come up in other reports?")
    assert answer.route == "recurring", answer.route
    assert answer.answer.startswith("**No"), answer.answer[:200]
    assert {r.ref for r in answer.records} == {"R16"}


def test_still_named_in_the_later_paper_is_no_recurrence() -> None:
    assert not raised_again("Was the Clerk still named against an action in the later plan?")


@pytest.mark.parametrize(
    "question",
    [
        "Has the fleet review come up in any of the other reports too?",
        "Was the payroll weakness raised in either of the later plans?",
    ],
)
def test_raised_in_any_of_the_other_papers_is_a_recurrence(question: str) -> None:
    assert raised_again(question)  # 'any of the other papers' (rl32)

"""Whether one described row was overdue is a yes or no worked out from the row's own values
(its status, its current deadline, its paper's date), not the list of every overdue row; a
question over a set of rows ('which are overdue?', 'is anything overdue?') stays a list."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant.answers.model import Answer
from assistant.answers.support.overdue_asked import asks_whether_overdue, overdue_verdict
from ingest.model import ActionRecord, DocumentRef

DOC = DocumentRef(id="w-txt", filename="w.txt", title="Estates Tracker", date="2025-02-10")


def _row(status: str, status_text: str, due: str | None, report: str | None) -> ActionRecord:
    return ActionRecord(
        id="w-txt:E-4",
        document=DOC,
        ref="E-4",
        ordinal=1,
        title="The lift has no service contract.",
        status=status,
        status_text=status_text,
        status_basis="stated",
        due_text="end of June 2024" if due else None,
        due_date=due,
        report_date=report,
        year=int(report[:4]) if report else 2024,
        source_text="E-4\tThe lift has no service contract.",
        source_start=0,
        source_end=36,
    )


@pytest.mark.parametrize(
    "question",
    [
        "Is the lift contract action still overdue in the tracker?",
        "the boiler one was overdue by then, wasn't it?",
        "So the signage work is overdue now - right?",
        "Was E-4 overdue in the February update?",
    ],
)
def test_a_yes_no_of_one_row_is_a_check(question: str) -> None:
    assert asks_whether_overdue(question)


@pytest.mark.parametrize(
    "question",
    [
        "Which actions are overdue?",
        "Is anything overdue in the estates tracker?",
        "How many of the lift actions are overdue?",
        "Are any recommendations past their deadline?",
        "Why is the lift action overdue?",
        "Is the lift action complete?",
    ],
)
def test_a_question_over_a_set_or_of_another_kind_is_not(question: str) -> None:
    assert not asks_whether_overdue(question)


def test_past_deadline_and_not_complete_is_yes() -> None:
    said = overdue_verdict(_row("partial", "Partly met", "2024-06-30", "2025-02-10"))
    assert said.startswith("Yes — E-4")
    assert "30 June 2024" in said and "had passed" in said


def test_complete_is_no_with_the_deadline() -> None:
    said = overdue_verdict(_row("complete", "Done", "2024-06-30", "2025-02-10"))
    assert said.startswith("No — E-4") and "complete" in said and "June 2024" in said


def test_deadline_after_the_papers_date_is_no() -> None:
    said = overdue_verdict(_row("ongoing", "Amber", "2025-06-30", "2025-02-10"))
    assert said.startswith("No — E-4") and "had not yet passed" in said


def test_stated_overdue_is_yes_whatever_the_dates() -> None:
    said = overdue_verdict(_row("ongoing", "Overdue", "2025-06-30", "2025-02-10"))
    assert said.startswith("Yes — E-4") and "“Overdue”" in said


def test_no_paper_date_and_a_deadline_in_its_year_is_not_guessed() -> None:
    said = overdue_verdict(_row("ongoing", "Open", "2024-03-31", None))
    assert said.startswith("The record does not say")


def test_a_described_row_of_the_bundled_record_gets_its_verdict(
    ask: Callable[..., Answer],
) -> None:
    answer = ask("The governance of partnership working was overdue in that action plan, right?")
    first = answer.answer.splitlines()[0]
    assert first.startswith("**No —") and "March 2009" in first
    assert len(answer.records) == 1


def test_which_rows_are_overdue_stays_a_list(ask: Callable[..., Answer]) -> None:
    answer = ask("Which actions are overdue?")
    assert "No action in the record is overdue" in answer.answer

"""A row setting several deadlines, each on the line of its own action: the question naming one
action gets that action's deadline (support/line_due.py). Invented rows, no model."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from assistant.answers.support.line_due import line_due
from assistant.text import stems

ROW = (
    "3.\tThe depot's fuel stock is not reconciled.\tReconcile fuel cards to pump readings "
    "every month\tPilot run at Northgate depot\tJune 2021\n"
    "\t\tReplace the fuel management software at all depots\t\tDecember 2021\n"
    "\t\tTrain depot supervisors in the new reconciliation routine\tCourse booked\tMarch 2022"
)


class _Builder:
    def __init__(self) -> None:
        self.quotes: list[str] = []

    def add(self, **kwargs: Any) -> int:
        self.quotes.append(kwargs["quote"])
        return len(self.quotes)


def _new_builder() -> Any:  # stands in for a CitationBuilder: records what it is asked to cite
    return _Builder()


def _record(due_text: str = "June 2021\nDecember 2021\nMarch 2022") -> Any:
    return SimpleNamespace(
        due_text=due_text,
        source_text=ROW,
        source_start=100,
        document=SimpleNamespace(id="d"),
        ref="3",
    )


def _weights(question: str) -> dict[str, float]:
    return {s: 1.0 for s in stems(question) if len(s) > 3}


def test_the_action_named_gets_its_own_line_s_deadline() -> None:
    builder = _new_builder()
    text = line_due(
        _record(), "**3**", _weights("train supervisors reconciliation routine"), builder, "c"
    )
    assert text is not None
    assert "**March 2022**" in text
    assert "Train depot supervisors" in text
    assert builder.quotes == ["March 2022"]


def test_another_action_gets_another_deadline() -> None:
    text = line_due(_record(), "**3**", _weights("replace fuel software"), _new_builder(), "c")
    assert text is not None and "**December 2021**" in text


def test_no_action_named_leaves_the_whole_deadline() -> None:
    assert line_due(_record(), "**3**", _weights("depot deadline"), _new_builder(), "c") is None


def test_a_row_with_one_deadline_is_left_alone() -> None:
    record = _record(due_text="June 2021")
    assert line_due(record, "**3**", _weights("replace fuel software"), _new_builder(), "c") is None

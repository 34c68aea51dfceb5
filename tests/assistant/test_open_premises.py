"""False premises of a row's state, deadline or owner, asserted in a statement before the
question or as the subject of its clause: the answer's first line says 'No —' with the held
value. Over other bodies' papers (``bodies_assistant``), in wordings written here."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant.answers.model import Answer
from assistant.service import Assistant
from tests.assistant.conftest import checked_asker

Ask = Callable[[str], Answer]


@pytest.fixture()
def ask(bodies_assistant: Assistant) -> Ask:
    return checked_asker(bodies_assistant)


def _first(answer: Answer) -> str:
    return answer.answer.strip().split("\n")[0]


@pytest.mark.parametrize(
    "question, held",
    [
        # a state asserted open now, of a row recorded complete
        ("HC-02 at Holmebridge remains outstanding - who is chasing it?", "complete"),
        # a deadline asserted in a statement before a yes/no question
        ("Kestrel Moors' AL-04 was due in January 2021; has it happened?", "2021-06-30"),
        # a post as the subject of the clause, acting on the row
        ("Why did the Estates Director let the HC-03 payroll deadline slip?", "HR Manager"),
    ],
)
def test_a_held_value_contradicting_the_premise_is_stated_first(
    ask: Ask, question: str, held: str
) -> None:
    answer = ask(question)
    assert not answer.abstained
    first = _first(answer)
    assert first.startswith("**No —") and held in first, first


@pytest.mark.parametrize(
    "question",
    [
        # overdue once (past tense), complete now: nothing to correct
        "HC-02 at Holmebridge was late at first; what was done?",
        # the premise agrees with the held deadline
        "Kestrel Moors' AL-04 was due in June 2021; has it happened?",
    ],
)
def test_a_premise_the_row_bears_out_is_not_denied(ask: Ask, question: str) -> None:
    answer = ask(question)
    assert not _first(answer).startswith("**No —"), answer.answer

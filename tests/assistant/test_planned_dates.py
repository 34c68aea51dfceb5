"""A date asked of what is (or was) meant to happen is the action's deadline (real model):
'by what date is X meant to …', 'when is X now expected …', 'when should X have been …'
are answered with the record's due date, cited, even when no sentence repeats it; 'when was
X done?' still asks an event's date. Invented questions over papers of data/papers/dev."""

from __future__ import annotations

import pytest

from assistant.answers.support.planned import asks_planned_date
from assistant.service import Assistant


@pytest.mark.parametrize(
    ("question", "due"),
    [
        ("By what date is the Kestrel Moors visitor centre stock meant to be counted?", "2021-09-30"),
        ("When is Kestrel Moors now expecting member declarations to be published?", "2021-07-31"),
        ("Holmebridge: when should learner attendance have been reconciled to the funding claim?", "31 July 2022"),
    ],
)  # fmt: skip
def test_a_planned_date_is_answered_with_the_record_s_deadline(
    bodies_assistant: Assistant, question: str, due: str
) -> None:
    answer = bodies_assistant.ask(question)
    assert not answer.abstained, answer.answer
    due_line = next(line for line in answer.answer.splitlines() if "Due: **" in line)
    assert due in due_line, answer.answer


@pytest.mark.parametrize(
    ("question", "planned"),
    [
        ("By what date is the review meant to finish?", True),
        ("What is its completion date now?", True),
        ("When should the policy have been approved?", True),
        ("When was the unit set up?", False),
        ("On what date was the policy approved?", False),
        ("In which year did the panel first meet?", False),
    ],
)
def test_the_verb_after_the_wh_phrase_tells_a_deadline_from_an_event(
    question: str, planned: bool
) -> None:
    assert asks_planned_date(question) is planned

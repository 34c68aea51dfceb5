"""A follow-up in two parts whose first part asks for the owner's other rows: only that part is
the owner's others; the second part is answered too, of the row its pronoun agrees with (the one
other row, or the row in focus when the owner holds several others). And a row with no ref,
named by its quoted title, keeps its part whole (bundled record; other bodies' papers)."""

from __future__ import annotations

import pytest

from assistant.analysis import question_parts
from assistant.antecedents import Previous
from assistant.owner_back import others_of_owner
from assistant.service import Assistant
from tests.assistant.test_follow_ups import converse
from tests.assistant.test_followup_owner_back import record

ONE = Previous("Who owns WC-3?", [record("WC-3", "Head of Environmental Services")], ["WC-3"])
OWNED = "in the Waste Contract Tracker are owned by Head of Environmental Services, other than WC-3"


@pytest.mark.parametrize(
    "question, asked",
    [
        ("what's their other action and its status", "actions {} and what is its status?"),
        ("And his remaining items and their deadlines?", "items {} and what are their deadlines?"),
        (
            "what other actions does that head have, and the due dates",
            "actions {} and what are the due dates?",
        ),
    ],
)
def test_a_column_joined_by_and_is_asked_after_the_others(question: str, asked: str) -> None:
    assert others_of_owner(question, ONE) == "Which other " + asked.format(OWNED + ",")


@pytest.mark.parametrize(
    "question",
    [
        "what else do they hold, and when is it due?",
        "What other actions do they have? And is it complete?",
        "what else is on their plate, and how far has it got?",
    ],
)
def test_it_after_several_others_is_the_row_in_focus(assistant: Assistant, question: str) -> None:
    # the owner of R4 in the Best Value paper holds several others: 'it' cannot be them
    _, both = converse(assistant, "Who is responsible for R4 in the Best Value report?", question)
    first, second = question_parts(both.standalone)[:2]
    assert "other than R4" in first
    assert "R4" in second and "other than" not in second
    refs = [r.ref for r in both.answer.records]
    assert "R4" in refs and len(refs) > 2


@pytest.mark.parametrize(
    "question",
    [
        "what else is on their list, and how is it progressing?",
        "What other actions do they lead, and is it finished?",
        "and what else do they own - when was it due?",
    ],
)
def test_it_after_one_other_row_is_that_row(bodies_assistant: Assistant, question: str) -> None:
    # Severnside's Area Manager Operations holds one other row: 'it' is that row
    _, both = converse(
        bodies_assistant, "Who leads Severnside's stock check of operational equipment?", question
    )
    assert [r.ref for r in both.answer.records][:1] == ["19/20-10"]
    assert "19/20-03" not in {r.ref for r in both.answer.records[:1]}
    assert both.answer.answer.count("19/20-10") >= 2  # the list, then the part asked of it


@pytest.mark.parametrize(
    "question",
    [
        "Who owns “Subsidiary companies are not reported to the Board.” and when's it due?",
        "Is “Board papers are too long.” complete, and who signed it off?",
        "When was “The plan, as agreed.” due and why did it slip?",
    ],
)
def test_a_quoted_title_keeps_its_part_whole(question: str) -> None:
    first, second = question_parts(question)
    quoted = question[question.index("“") : question.index("”") + 1]
    assert quoted in first
    assert "“" not in second

"""Lookups, figures and abstention over OTHER bodies' papers (a park authority, a college, a
housing group, a city council, a housing association: ``bodies_assistant``), in questions
written here, not taken from any probe set."""

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


# -- a figure asked with no counted noun ('how much VAT', 'how many outstanding visits'): the
# number must be in a sentence about the subject, not any number near it ---------------------
@pytest.mark.parametrize(
    "question",
    [
        "How many outstanding subcontractor visits are there?",
        "How much grant money have the farmers been paid back?",
        "How much was spent on the new backup software?",
        "how much rent is owed on the void properties",
    ],
)
def test_a_figure_the_papers_never_give_abstains(ask: Ask, question: str) -> None:
    answer = ask(question)
    assert answer.abstained, answer.answer


@pytest.mark.parametrize(
    ("question", "figure"),
    [
        ("How many enforcement cases were closed?", "312"),
        ("How much trail maintenance work has to go out to tender?", "25,000"),
    ],
)
def test_a_figure_the_papers_give_is_answered(ask: Ask, question: str, figure: str) -> None:
    answer = ask(question)
    assert not answer.abstained, answer.answer
    assert figure in answer.answer


# -- a premise that the thing is 'already' done, of a record that is not: corrected -----------
@pytest.mark.parametrize(
    ("question", "ref"),
    [
        (
            "Since Kestrel Moors has already published member declarations (AL-06), who is "
            "chasing the rest?",
            "AL-06",
        ),
        ("Holmebridge has already tested its IT disaster recovery plan - who did that?", "HC-05"),
    ],
)
def test_an_already_done_premise_is_corrected(ask: Ask, question: str, ref: str) -> None:
    answer = ask(question)
    assert "premise-corrected" in answer.notes or answer.answer.startswith("**No"), answer.answer
    assert ref in answer.answer


# -- a column asked by the paper's own header word ('RAG', 'risk rating', 'grade') -------------
@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("What risk rating does Severnside give the pension contributions finding?", "High"),
        ("severnside fire: what's the risk rating on the gifts and hospitality register", "Low"),
        ("which RAG colour is the cyber security training action at Northern Valleys", "Red"),
        ("Northern Valleys - what RAG does the rail franchise data recommendation carry?", "Amber"),
    ],
)
def test_a_column_named_by_its_header_word_is_read(ask: Ask, question: str, value: str) -> None:
    answer = ask(question)
    assert not answer.abstained, answer.answer
    assert f"**{value}**" in answer.answer

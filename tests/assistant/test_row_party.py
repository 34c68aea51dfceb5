"""A party a named row speaks of without naming (``composers/row_party``): an organisation in a
role, or the holder of a role besides the owner, asked of a row by its ref, is refused when the
row's cells name none; the owner's post, or a name the row writes, is still answered. Over
other bodies' papers (``bodies_assistant``), in wordings written here."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant.answers.composers.row_party import unnamed_in_row
from assistant.answers.model import Answer
from assistant.service import Assistant
from tests.assistant.conftest import checked_asker
from vectorstore.filters import SearchFilters

Ask = Callable[[str], Answer]


@pytest.fixture()
def ask(bodies_assistant: Assistant) -> Ask:
    return checked_asker(bodies_assistant)


@pytest.mark.parametrize(
    "question, role",
    [
        # 'Test booked with the supplier.': a supplier spoken of, none named
        ("Which supplier has the HC-05 test been booked with?", "supplier"),
        # 'Visit each subcontractor once a term.': the subcontractors are not named
        ("Which subcontractors were visited under HC-02?", "subcontractor"),
    ],
)
def test_an_organisation_the_row_does_not_name_is_refused(
    ask: Ask, question: str, role: str
) -> None:
    answer = ask(question)
    assert answer.abstained and not answer.citations, answer.answer
    assert answer.abstention == "value_not_given"
    assert f"names no {role}" in answer.answer


def test_the_owner_post_of_the_same_row_is_still_answered(ask: Ask) -> None:
    answer = ask("Which post is responsible for HC-05?")
    assert not answer.abstained
    assert "Head of IT" in answer.answer.split("\n")[0]


def test_a_role_the_owner_holds_is_not_refused(bodies_assistant: Assistant) -> None:
    # 'Ranger vehicles are not checked daily.', owned by the Ranger Service Manager: the row's
    # role is its owner's, who is answered
    q = bodies_assistant.analyse("Who is the ranger for AL-05?")
    context = bodies_assistant.context(SearchFilters(), None)
    assert unnamed_in_row(q, context) is None


def test_people_the_row_speaks_of_besides_its_owner_are_refused(
    bodies_assistant: Assistant,
) -> None:
    # 'Grant schemes for farmers lack evidence of outcomes.': farmers spoken of, none named
    q = bodies_assistant.analyse("Who are the farmers behind AL-04's grant schemes?")
    context = bodies_assistant.context(SearchFilters(), None)
    refused = unnamed_in_row(q, context)
    assert refused is not None and refused.abstained and not refused.citations
    assert "does not say who" in refused.answer

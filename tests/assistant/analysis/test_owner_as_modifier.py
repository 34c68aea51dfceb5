"""An owner's name that only modifies the next noun inside a premise ('on the MPA web site',
"the Treasurer's report") names where or whose: it asserts no ownership of the record, so the
premise check corrects no owner for it. An owner the premise holds with a verb is still
corrected."""

from __future__ import annotations

import pytest

from assistant.analysis.owners import modifies_a_noun
from assistant.service import Assistant


@pytest.mark.parametrize(
    ("question", "owner"),
    [
        ("Why was publishing the letter on the MPA web site a high priority?", "MPA"),
        ("Since the MPA HR policies were signed off in 2008, why were workshops held?", "MPA"),
        ("Given that the Treasurer's report on reserves was due in 2009, why?", "Treasurer"),
    ],
)
def test_an_owner_before_a_noun_only_modifies_it(question: str, owner: str) -> None:
    assert modifies_a_noun(question, owner)


@pytest.mark.parametrize(
    ("question", "owner"),
    [
        ("Given the Treasurer owns R13, why is it high priority?", "Treasurer"),
        ("Why did the training item owned by the Treasurer get low priority?", "Treasurer"),
        ("Since the MPA is responsible for R2, when is it due?", "MPA"),
        ("As R9 sits with the MPA, is it done?", "MPA"),
        ("Given the Treasurer's recommendation R2 is complete, who checked it?", "Treasurer"),
    ],
)
def test_an_owner_held_by_a_clause_is_no_modifier(question: str, owner: str) -> None:
    assert not modifies_a_noun(question, owner)


def test_no_owner_is_corrected_for_a_modifier(assistant: Assistant) -> None:
    answer = assistant.ask(
        "Why did the Audit Commission make publishing the Annual Audit Letter on the MPA web "
        "site a high priority?"
    )
    assert "not MPA" not in answer.answer  # no correction of an owner nobody claimed
    assert "Low priority, not High" in answer.answer  # the priority still is

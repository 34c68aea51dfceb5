"""'What else is that area responsible for?', 'which other items rest with that same unit?': a
definite noun in the holder's place of a verb of holding (before it, or after 'owned by',
'sits with') is the owner of the row in focus, whatever the noun (an agent, or a unit of the
organisation); the same noun elsewhere is no owner (made-up records, no index)."""

from __future__ import annotations

import pytest

from assistant.owner_back import others_of_owner
from tests.assistant.test_followup_owner_back import ASKED, ONE


@pytest.mark.parametrize(
    "question",
    [
        "And what else is that area responsible for?",
        "which other items rest with that same unit?",
        "What other actions fall to the same section?",
        "what else does this office look after?",
        "Any other recommendations handled by that branch?",
        "what other actions is the same division accountable for?",
    ],
)
def test_a_unit_in_the_holders_place_is_the_owner(question: str) -> None:
    asked = others_of_owner(question, ONE)
    assert asked is not None and asked.startswith(ASKED.replace("actions", asked.split()[2])), asked
    assert "Head of Environmental Services" in asked and "other than WC-3" in asked


@pytest.mark.parametrize(
    "question",
    [
        "what other actions are in that area?",  # the area is where, not who
        "what else is that area of work about?",
        "what other areas does that report cover?",  # a paper covers, it holds nothing
    ],
)
def test_the_same_noun_in_another_role_is_no_owner(question: str) -> None:
    assert others_of_owner(question, ONE) is None

"""One issue followed across its body's papers gives, for each paper, the field the question
asks of it besides state, deadline and owner: the agreed action or the priority
(assistant.answers.composers.traced)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.assistant.conftest import checked_asker


@pytest.mark.slow
def test_the_agreed_action_is_given_for_each_paper(carried_assistant: Any) -> None:
    ask = checked_asker(carried_assistant)
    answer = ask("What action was agreed on PBC 20/03 in each of the council's reports?")
    assert answer.route == "recurring"
    assert answer.answer.count("action: “Review allotment rents") == 2


@pytest.mark.slow
def test_a_long_follow_up_in_parts_is_read_against_the_turn_before(carried_assistant: Any) -> None:
    from assistant.conversation import Chat, Turn

    turns = [
        Turn(role="user", content="Which recommendation was about the allotment rents?"),
        Turn(role="assistant", content="PBC 20/03 …"),
        Turn(
            role="user",
            content="What was it due by in the 2021 progress report, and when was it due "
            "in the later follow-up?",
        ),
    ]
    _, standalone, rewritten, _ = Chat(carried_assistant).standalone(turns)
    assert rewritten and "PBC 20/03" in standalone

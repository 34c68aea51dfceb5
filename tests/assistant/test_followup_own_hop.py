"""A chat turn carrying its own first step ('Whoever owns the recommendation on X - what else
are they down for?') is asked as written: 'they' is whoever that step finds, not the owner of
the row the conversation was on (assistant.conversation.Chat.standalone)."""

from __future__ import annotations

from assistant.conversation import Chat, Turn
from assistant.service import Assistant


def test_a_turn_with_its_own_first_step_is_not_bound_to_the_focus(assistant: Assistant) -> None:
    turns = [
        Turn(role="user", content="Who owns R9 in the PURE plan?"),
        Turn(role="assistant", content="R9 is owned by the MPA."),
        Turn(
            role="user",
            content="Whoever is responsible for publicising the whistle-blowing arrangements - "
            "what else are they down for?",
        ),
    ]
    chat = Chat(assistant)
    question, standalone, rewritten, _ = chat.standalone(turns)
    assert not rewritten and standalone == question
    reply = chat.respond(turns).answer.answer
    assert "R22" in reply


def test_a_turn_whose_first_step_points_back_is_still_read_against_the_focus(
    assistant: Assistant,
) -> None:
    turns = [
        Turn(role="user", content="Who owns R9 in the PURE plan?"),
        Turn(role="assistant", content="R9 is owned by the MPA."),
        Turn(role="user", content="Whoever owns it - what else are they down for?"),
    ]
    _, standalone, rewritten, _ = Chat(assistant).standalone(turns)
    assert rewritten and standalone != turns[-1].content

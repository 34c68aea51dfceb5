"""'Is there a similar issue in <paper>?', 'a corresponding action in <paper>?', 'any comparable
recommendation in <paper>?' after a turn about one record: the row of that paper most likely to
raise the same issue (the thread score that links re-raised issues), asked about by name."""

from __future__ import annotations

import pytest

from assistant.conversation import Chat, Turn
from assistant.more_rows import SIMILAR_ROW
from assistant.service import Assistant


@pytest.mark.parametrize(
    "question",
    [
        "is there a similar issue in the 2019 plan?",
        "any matching Audit Commission recommendation?",
        "Is there an equivalent improvement area in that report",
        "a corresponding action in the stores review?",
    ],
)
def test_the_form_is_read(question: str) -> None:
    assert SIMILAR_ROW.search(question)


def test_the_similar_row_of_the_named_paper(assistant: Assistant) -> None:
    chat = Chat(assistant)
    for first, follow, ref in (
        (
            "What is R16 in the PURE plan about?",
            "is there a similar issue in the 2007/08 action plan?",
            "item 3",
        ),
        (
            "What is R15 of the PURE plan?",
            "is there a corresponding action in the 2007/08 plan?",
            "item 4",
        ),
    ):
        shown = chat.respond([Turn(role="user", content=first)]).answer.answer
        turns = [Turn(role="user", content=first), Turn(role="assistant", content=shown)]
        result = chat.respond([*turns, Turn(role="user", content=follow)])
        assert result.standalone.startswith(f"What is {ref} "), result.standalone

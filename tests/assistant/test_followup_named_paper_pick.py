"""A follow-up naming a paper in its own words and asking a fact of it ('what date is that
2002 progress summary itself?') stands as written, not asked of the rows in focus; 'the
<paper> one' after a list whose rows of that paper are several asks of each of them."""

from __future__ import annotations

from assistant.conversation import Chat, Turn
from assistant.service import Assistant


def _standalone(assistant: Assistant, *questions: str) -> str:
    turns: list[Turn] = []
    for question in questions[:-1]:
        turns += [Turn(role="user", content=question), Turn(role="assistant", content="…")]
    turns.append(Turn(role="user", content=questions[-1]))
    return Chat(assistant).standalone(turns)[1]


def test_a_paper_named_and_asked_of_stands_alone(assistant: Assistant) -> None:
    for asked in (
        "And what date is that 2002 progress summary itself?",
        "Who wrote that 2017 MPS governance report?",
    ):
        standalone = _standalone(assistant, "Which District Audit recommendations were met?", asked)
        assert standalone == asked


def test_the_one_of_a_paper_with_several_listed_rows_is_each_of_them(
    assistant: Assistant,
) -> None:
    standalone = _standalone(
        assistant,
        "Which items in the 2007/08 governance plan and the PURE plan are about risk management?",
        "Who owns the PURE one?",
    )
    assert "R15" in standalone and "R16" in standalone
    assert "item 4" not in standalone

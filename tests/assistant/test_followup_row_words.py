"""A row of the last list described in the member's words: 'the car park machines one, who
leads on that?' when 'park' is also a word of another body's name (the description's words
are the row's, not a paper named); 'for the one on X, …' and 'and for the X item, …' as
openers naming the row the question is for. Invented papers (tests/fixtures/park_words) and
my own wordings over the bundled record."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from assistant.antecedents import Previous
from assistant.conversation import Chat, Turn
from assistant.referring import described_pick, topic_then_question
from assistant.service import Assistant
from tests.assistant.conftest import assistant_over

PAPERS = Path(__file__).resolve().parents[1] / "fixtures" / "park_words"


@pytest.fixture(scope="module")
def park_assistant(
    real_services: object, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Assistant]:
    yield from assistant_over(
        sorted(PAPERS.glob("*.md")), real_services, tmp_path_factory, "park-words"
    )


def test_a_rows_words_that_name_another_body_pick_the_row(park_assistant: Assistant) -> None:
    # 'park' is a word of the Country Park Authority's name, but another body's rows use it
    # ('car park machines'), so it names no paper: here it describes a listed row
    assert not park_assistant.analyse("the car park machines one, who leads on that?").documents
    chat = Chat(park_assistant)
    turns = [
        Turn(role="user", content="Which of Wexcombe's audit actions are in progress?"),
        Turn(role="assistant", content="WB-1 and WB-2 are in progress."),
        Turn(role="user", content="the car park machines one, who leads on that?"),
    ]
    result = chat.respond(turns)
    assert "WB-1" in result.standalone
    assert "Parking Manager" in result.answer.answer


def _listed(assistant: Assistant) -> Previous:
    rows = [
        r
        for r in assistant.register.all()
        if r.ref in ("R3", "R10", "R22") and "PURE" in r.document.title
    ]
    assert len(rows) == 3
    return Previous("which are complete?", rows, [r.ref or "" for r in rows])


@pytest.mark.parametrize(
    "asked",
    [
        "For the one on whistle-blowing arrangements, who is responsible?",
        "as for the one about publicising whistle-blowing - what priority was it given?",
    ],
)
def test_for_the_one_on_x_names_the_row(assistant: Assistant, asked: str) -> None:
    resolved = described_pick(asked, _listed(assistant))
    assert resolved is not None and "R22" in resolved
    assert "one on" not in resolved and "one about" not in resolved


@pytest.mark.parametrize(
    "asked",
    [
        "And for the whistle-blowing item, who is responsible?",
        "and for the whistle-blowing recommendation, what priority did it get?",
    ],
)
def test_for_the_x_item_names_the_listed_row(assistant: Assistant, asked: str) -> None:
    resolved = topic_then_question(asked, _listed(assistant))
    assert resolved is not None and "R22" in resolved


def test_for_a_time_is_no_topic(assistant: Assistant) -> None:
    # 'for' opens a topic only before 'the': 'for 2008, …' is no row
    assert topic_then_question("And for 2008, which were complete?", _listed(assistant)) is None

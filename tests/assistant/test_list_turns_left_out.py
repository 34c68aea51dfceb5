"""Later list turns that swap or leave out (issue 14, lists): 'what about the ones that are
still open?' swaps the last list's state (a relative clause is no pronoun pointing back);
'leaving out the ones without an owner, which remain?', 'drop the ones whose deadline was
revised: which are left?', 'excluding those owned by X?' keep the last list less the rows the
register's filters describe; a count of what is left counts those. One invented paper."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from assistant.analysis.negated_states import exclusion_spans
from assistant.analysis.reading import EXCLUDING
from assistant.conversation import Chat, Turn
from assistant.service import Assistant
from assistant.slot_swap import fragment_of
from tests.assistant.conftest import assistant_over

PAPER = """# Audit Actions Log

**Body:** Ashwell Fen Drainage Board
**Committee:** Finance and Audit Committee
**Meeting:** Tuesday 4 February 2025

## Actions

| Ref | Finding | Owner | Priority | Due | Status |
| --- | --- | --- | --- | --- | --- |
| AFD-1 | Pump station alarms are not tested. | Operations Manager | High | March 2025 (was October 2024) | Overdue |
| AFD-2 | Drainage rate refunds are not checked. |  | Medium | January 2025 | Overdue |
| AFD-3 | The asset register omits two sluices. | Engineer | High | June 2025 | Open |
| AFD-4 | Contractor insurance is not verified. | Clerk | Low | May 2025 (was December 2024) | Open |
| AFD-5 | Minutes are published late. | Clerk | Low | November 2024 | Closed |
| AFD-6 | The website lacks a privacy notice. | Clerk | Medium | April 2025 | Open |
"""


@pytest.fixture(scope="module")
def ashwell(real_services: object, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Assistant]:
    folder = tmp_path_factory.mktemp("ashwell-paper")
    paper = Path(folder) / "ashwell_fen_actions.md"
    paper.write_text(PAPER, encoding="utf-8")
    yield from assistant_over([paper], real_services, tmp_path_factory, "ashwell")


def _turns(assistant: Assistant, *questions: str) -> list[list[str]]:
    chat = Chat(assistant)
    turns: list[Turn] = []
    refs = []
    for question in questions:
        turns.append(Turn(role="user", content=question))
        reply = chat.respond(turns)
        refs.append(sorted(r.ref or "" for r in reply.answer.records))
        turns.append(Turn(role="assistant", content=reply.answer.answer))
    return refs


def test_a_relative_clause_is_the_value_swapped() -> None:
    assert fragment_of("What about the ones that are still open?") == "still open"
    assert fragment_of("And those which have been closed?") == "been closed"
    assert fragment_of("and that one?") is None
    assert fragment_of("what about them?") is None


def test_the_state_of_the_last_list_swapped(ashwell: Assistant) -> None:
    refs = _turns(
        ashwell,
        "Which Ashwell Fen actions are overdue?",
        "What about the ones that are still open?",
    )
    assert refs[0] == ["AFD-1", "AFD-2"]
    assert "AFD-3" in refs[1] and "AFD-5" not in refs[1]


def test_the_last_list_less_the_rows_described(ashwell: Assistant) -> None:
    first = "Which Ashwell Fen actions are still open?"
    assert _turns(ashwell, first, "Leaving out the ones without an owner, which remain?")[1] == [
        "AFD-1", "AFD-3", "AFD-4", "AFD-6",
    ]  # fmt: skip
    assert _turns(ashwell, first, "Drop the ones whose deadline was revised: which are left?")[
        1
    ] == ["AFD-2", "AFD-3", "AFD-6"]
    assert _turns(ashwell, first, "Excluding those owned by the Clerk?")[1] == [
        "AFD-1", "AFD-2", "AFD-3",
    ]  # fmt: skip


def test_a_whose_clause_stays_in_the_complement() -> None:
    question = "Which are open, leaving out the ones whose deadline was revised?"
    spans = exclusion_spans(question)
    assert EXCLUDING.search(question) and question[spans[0][1] : spans[0][2]].endswith("revised")

"""Counts and totals by group read the rows a list would show (issue 14, counts): 'not started'
where a paper writes 'Not implemented' counts those rows in a grouped total and keeps a count
from a sentence's figure; a joint owner 'A and B' counts for each when both own rows of their
own; a year naming a paper scopes 'which owner has the most'; 'not implemented in the 2022
report' is a state at that paper; 'which of them have a deadline?' keeps the dated rows. Two
invented papers of one body."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from assistant.answers.model import Answer
from assistant.conversation import Chat, Turn
from assistant.service import Assistant
from tests.assistant.conftest import assistant_over, check_citations

_HEAD = """# Internal Audit Follow-up {year}

**Body:** Quenby Vale Water Board
**Committee:** Audit Committee
**Meeting:** Wednesday 14 June {year}

The auditors made {made} recommendations in their last report, {high} of them rated high.

## Recommendations

| Ref | Finding | Owner | Due | Status |
| --- | --- | --- | --- | --- |
"""
_ROWS_2022 = """| QVW 21/01 | Meter readings are not reconciled to bills. | Revenue Manager | March 2022 | Implemented |
| QVW 21/02 | Reservoir inspections lack a written schedule. | Head of Operations and Revenue Manager | Ongoing | Not implemented |
| QVW 21/03 | Leak repair contracts were let without quotes. | Head of Operations | September 2022 | Not implemented |
| QVW 21/04 | Board papers are published late. | Board Secretary | July 2022 | Partly implemented |
| QVW 21/05 | Staff expense claims lack receipts. | Board Secretary | May 2022 | Implemented |
"""
_ROWS_2023 = """| QVW 21/02 | Reservoir inspections lack a written schedule. | Head of Operations | March 2023 | Implemented |
| QVW 22/01 | Chemical stock counts are not recorded. | Board Secretary | Ongoing | Not implemented |
| QVW 22/02 | Pump maintenance logs are incomplete. | Head of Operations | October 2023 | Not implemented |
| QVW 22/03 | Laboratory samples are not tracked. | Revenue Manager | December 2023 | Not implemented |
"""


@pytest.fixture(scope="module")
def quenby(real_services: object, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Assistant]:
    folder = Path(tmp_path_factory.mktemp("quenby-papers"))
    for year, made, high, rows in (
        ("2022", "eleven", "four", _ROWS_2022),
        ("2023", "nine", "two", _ROWS_2023),
    ):
        paper = folder / f"quenby_vale_follow_up_{year}.md"
        paper.write_text(_HEAD.format(year=year, made=made, high=high) + rows, encoding="utf-8")
    yield from assistant_over(
        sorted(folder.glob("*.md")), real_services, tmp_path_factory, "quenby"
    )


def _refs(answer: Answer) -> list[str]:
    return sorted(r.ref or "" for r in answer.records)


def test_a_grouped_count_reads_not_started_by_the_papers_label(quenby: Assistant) -> None:
    answer = quenby.ask(
        "How many Quenby Vale 2022 recommendations have not been started, by owner?"
    )
    check_citations(quenby, answer)
    assert _refs(answer) == ["QVW 21/02", "QVW 21/03"]
    assert "**Head of Operations**: 2" in answer.answer  # 'A and B' counts for each
    assert "**Revenue Manager**: 1" in answer.answer


def test_the_year_scopes_which_owner_has_the_most(quenby: Assistant) -> None:
    answer = quenby.ask(
        "Which owner has the most Quenby Vale 2023 recommendations not yet started?"
    )
    assert all(r.document.title.endswith("2023") for r in answer.records)
    assert _refs(answer) == ["QVW 22/01", "QVW 22/02", "QVW 22/03"]


def test_a_count_of_rows_in_the_papers_label_is_no_sentence_figure(quenby: Assistant) -> None:
    answer = quenby.ask("How many of the Quenby Vale 2023 recommendations have not been started?")
    assert answer.route == "register" and answer.coverage.matched == 3


def test_a_state_at_a_named_paper(quenby: Assistant) -> None:
    answer = quenby.ask(
        "Which Quenby Vale recommendations were not implemented in the 2022 report?"
    )
    assert _refs(answer) == ["QVW 21/02", "QVW 21/03"]


def test_which_of_them_have_a_deadline(quenby: Assistant) -> None:
    chat = Chat(quenby)
    first = "Which Quenby Vale 2022 recommendations are owned by the Head of Operations?"
    turns = [Turn(role="user", content=first)]
    reply = chat.respond(turns)
    turns += [
        Turn(role="assistant", content=reply.answer.answer),
        Turn(role="user", content="How many of them have a deadline?"),
    ]
    assert _refs(chat.respond(turns).answer) == ["QVW 21/03"]

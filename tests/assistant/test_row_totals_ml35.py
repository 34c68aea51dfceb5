"""A count asked of a subset of a paper's rows (a state, a subject) is counted from the rows when
the only sentence that counts the noun gives the paper's total ('made 6 recommendations' of a
paper of six rows); a question asking that total still reads it (invented paper, real model;
assistant.answers.support.open_rows.totals_rows)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from assistant.service import Assistant
from tests.assistant.conftest import assistant_over

pytestmark = pytest.mark.slow

PAPERS = Path(__file__).resolve().parents[1] / "fixtures" / "row_totals"


@pytest.fixture(scope="module")
def ferry(real_services: object, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Assistant]:
    yield from assistant_over(sorted(PAPERS.glob("*.md")), real_services, tmp_path_factory, "tot")


@pytest.mark.parametrize(
    ("question", "count"),
    [
        ("How many Quayhithe ferry cyber security recommendations have been implemented?", "1"),
        ("How many of the Quayhithe ferry recommendations were implemented?", "3"),
        ("How many Quayhithe ferry recommendations are not implemented yet?", "3"),
    ],
)
def test_a_subset_is_counted_from_the_rows(ferry: Assistant, question: str, count: str) -> None:
    answer = ferry.ask(question)
    assert answer.answer.startswith(f"**{count}**"), answer.answer[:200]


def test_the_papers_total_still_reads_the_sentence(ferry: Assistant) -> None:
    answer = ferry.ask("How many recommendations did the Quayhithe ferry internal auditors make?")
    assert "6" in answer.answer.split("\n")[0] or "6 recommendations" in answer.answer

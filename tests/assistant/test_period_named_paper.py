"""A financial year that names a paper ('the 2023/24 plan') is the paper's name, not a time
after the record: over one paper of September 2023 titled 'Service Plan 2023/24', its rows are
answered, while a bare later year still finds the record stops before it. Questions of my
own over another body's paper (data/papers/dev3)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from assistant.service import Assistant
from tests.assistant.conftest import assistant_over

PAPER = (
    Path(__file__).resolve().parents[2]
    / "data"
    / "papers"
    / "dev3"
    / "u03_hallbrook_tarn_trading_standards_plan.xlsx"
)


@pytest.fixture(scope="module")
def plan_assistant(
    real_services: object, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Assistant]:
    yield from assistant_over([PAPER], real_services, tmp_path_factory, "period-named")


@pytest.mark.parametrize(
    "question",
    [
        "In the 2023/24 service plan, what was the original target date for TS-02?",
        "what was the original deadline for TS-02 in the 23/24 plan",
        "Who was leading TS-02 in the 2023/24 delivery plan?",
    ],
)
def test_a_period_naming_the_paper_is_not_after_the_record(
    plan_assistant: Assistant, question: str
) -> None:
    answer = plan_assistant.ask(question).answer
    assert "cannot say what happened later" not in answer
    assert "TS-02" in answer


def test_a_bare_later_year_still_finds_the_record_stops(plan_assistant: Assistant) -> None:
    answer = plan_assistant.ask("What did the panel decide about TS-02 in 2025?").answer
    assert "does not cover 2025" in answer and "latest paper is from 2023" in answer

"""Passages about the right subject that still do not answer as asked (real model): the
record counts the things asked for but names none ('which three stations …?' and it says 'at
three stations'); or it gives another period or another of a series than the one asked ('the
2021/22 accounts' and it speaks of 2022/23; 'the second round' and it says 'the first').
The answer abstains and quotes what the record does say. Invented questions, over papers of
data/papers/dev and a small fixture paper."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from assistant.service import Assistant

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "asked-as-asked"


@pytest.fixture(scope="module")
def town_assistant(
    real_services: object, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Assistant]:
    """An assistant (real model) over one small town council paper."""
    from assistant.container import Services
    from assistant.settings import load_settings

    index = tmp_path_factory.mktemp("town-index")
    settings = load_settings(index_dir=index)
    settings.ingest.pdf_in_subprocess = False
    services = Services(settings, embedder=real_services.embedder)  # type: ignore[attr-defined]
    result = services.indexer.ingest_paths(sorted(FIXTURE.iterdir()))
    assert not result.skipped, result.skipped
    yield Assistant(services)
    services.catalog.close()
    shutil.rmtree(index, ignore_errors=True)


@pytest.mark.parametrize(
    ("question", "counted"),
    [
        ("Which three stations had incomplete operational equipment inventory records?", "three"),
        ("Who were the two contractors whose insurance certificates had expired?", "two"),
        ("What exactly were the three stations with gaps in the equipment inventory?", "three"),
    ],
)
def test_things_counted_but_not_named_are_not_named_by_the_answer(
    bodies_assistant: Assistant, question: str, counted: str
) -> None:
    answer = bodies_assistant.ask(question)
    assert answer.abstained, answer.answer
    assert f"counts {counted}" in answer.answer and "does not name them" in answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "Which four community centres did not count their petty cash?",
        "What were the three weaknesses Harcourt Audit Partnership found in payroll controls?",
    ],
)
def test_counted_things_in_a_fixture_paper(town_assistant: Assistant, question: str) -> None:
    answer = town_assistant.ask(question)
    assert answer.abstained and "does not name them" in answer.answer, answer.answer


@pytest.mark.parametrize(
    ("question", "asked", "given"),
    [
        ("What assurance did the internal auditor give on the 2021/22 accounts?", "2021/22", "2022/23"),
        ("Harcourt Audit Partnership's level of assurance for 2023/24 - what was it?", "2023/24", "2022/23"),
        ("How many tenders did the grounds maintenance contract get in the second round?", "second round", "first round"),
        ("In the third round, how many grounds maintenance tenders were received?", "third round", "first round"),
    ],
)  # fmt: skip
def test_another_period_or_another_of_a_series_is_not_the_one_asked(
    town_assistant: Assistant, question: str, asked: str, given: str
) -> None:
    answer = town_assistant.ask(question)
    assert answer.abstained, answer.answer
    assert f"gives {given}, not {asked}" in answer.answer


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        ("How is the charge for additional audit days set?", "agreed each year"),
        ("How many tenders came in for grounds maintenance in the first round?", "two tenders"),
        ("Which centres have started monthly petty cash counts?", "two centres"),
    ],
)
def test_the_period_or_the_one_asked_is_answered(
    town_assistant: Assistant, question: str, fact: str
) -> None:
    answer = town_assistant.ask(question)
    assert not answer.abstained and fact in answer.answer, answer.answer


def test_a_fee_asked_is_an_amount_and_none_is_given(town_assistant: Assistant) -> None:
    for question in (
        "What fee does the council pay Harcourt Audit Partnership for internal audit?",
        "What is the charge for additional audit days?",
        "What salary does the town clerk get?",
    ):
        answer = town_assistant.ask(question)
        assert answer.abstained and "amount" in answer.answer, (question, answer.answer)

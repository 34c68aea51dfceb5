"""Before a refusal for want of evidence stands, the span of the asked kind that restates the
question answers it (answers/composers/typed_span.py, tried by answers/pipeline.py); a
phrasal event said in other words ('get going', 'go live': support/events.py). Questions
invented over the bundled record and a housing group's development papers, real model; the
refusals where no span gives the value asked stay refusals."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from assistant.analysis import NameIndex, analyse
from assistant.answers.composers.typed_span import _asked_shape
from assistant.answers.model import Answer
from assistant.answers.support.events import event_words, phrasal_key
from assistant.service import Assistant
from tests.assistant.conftest import assistant_over

Ask = Callable[..., Answer]

PAPERS = Path(__file__).resolve().parents[2] / "data" / "papers" / "dev8"
HOUSING = (
    PAPERS / "x05_saltmarsh_homes_damp_mould_2023.csv",
    PAPERS / "x06_saltmarsh_homes_damp_mould_2024.md",
)


@pytest.fixture(scope="module")
def housing(real_services: object, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Assistant]:
    """An assistant over a housing group's damp and mould plans of two years."""
    yield from assistant_over(list(HOUSING), real_services, tmp_path_factory, "typed-lr36")


def _analysed(question: str):  # type: ignore[no-untyped-def]
    return analyse(question, NameIndex([], {}, []))


def test_a_verb_and_what_it_turns_to_is_one_event() -> None:
    assert phrasal_key("get", "going") == "get going"
    assert phrasal_key("go", "live") == "go live"
    assert event_words(_analysed("When did the new system go live?")) == ["go live"]
    # its second word is not read again as a verb of its own
    assert event_words(_analysed("In which month did the programme get going?")) == ["get going"]


def test_how_many_counts_the_head_of_its_noun_phrase() -> None:
    found = _asked_shape(_analysed("How many stock condition surveys have been done?"))
    assert found is not None
    assert found[1].search("4,420 surveys completed since April 2023.")
    assert not found[1].search("Stock condition data for 31% of homes is old.")


@pytest.mark.parametrize(
    "question",
    [
        "How many people were trained on finance in the last year?",
        "How many people got financial training in the last year?",
        "How many staff were put through finance training over the last year?",
    ],
)
def test_a_headcount_said_without_its_noun_is_answered(ask: Ask, question: str) -> None:
    # 'Financial training has been provided to over 4,000 staff, with some 600 trained in
    # the last year': the 600 are counted by no noun of people
    answer = ask(question)
    assert not answer.abstained, answer.answer
    assert "600" in answer.answer.split("\n")[0]


@pytest.mark.parametrize(
    "question",
    [
        "When did the Developing Resource Management programme get going?",
        "In which month did the Developing Resource Management programme get going?",
        "When did the Developing Resource Management programme kick off?",
    ],
)
def test_a_start_asked_in_the_askers_words_is_dated(ask: Ask, question: str) -> None:
    answer = ask(question)
    assert not answer.abstained, answer.answer
    assert "July 2008" in answer.answer.split("\n")[0]


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("How many stock condition surveys have been done since April 2023?", "4,420"),
        ("When did the damp and mould case category go live?", "July 2023"),
        ("When was the tenant panel workshop held?", "18 February 2025"),
    ],
)
def test_other_bodies_values_in_a_rows_update_are_answered(
    housing: Assistant, question: str, value: str
) -> None:
    answer = housing.ask(question)
    assert not answer.abstained, answer.answer
    assert value in answer.answer.split("\n")[0]


@pytest.mark.parametrize(
    "question",
    [
        "When was the damp and mould policy withdrawn?",  # approved, never withdrawn
        "How many stock condition surveys were cancelled since April 2023?",
        "When was the repairs improvement plan approved?",  # drafted, not approved
        "When did the tenant profiling campaign get going?",  # not yet started
    ],
)
def test_no_span_of_the_event_asked_stays_a_refusal(housing: Assistant, question: str) -> None:
    answer = housing.ask(question)
    assert answer.abstained and not answer.citations, answer.answer


def test_an_event_the_record_never_reports_stays_a_refusal(ask: Ask) -> None:
    for question in (
        "When was the Developing Resource Management programme abolished?",
        "When did the DRM programme get wound up?",
        "When was the Transformation Directorate set up?",
    ):
        answer = ask(question)
        assert answer.abstained, answer.answer
        assert not re.search(r"\b20\d\d\b", answer.answer.split(".")[0]), answer.answer

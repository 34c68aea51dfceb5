"""One body's three yearly audit action plans (tests/fixtures/reworded, invented) word the same
issues differently each year: a theme asked across the years finds each year's row by meaning,
in several wordings of the question; a precise subject, or a ref, is not widened; 'how did X
move between A and B' shows each paper's row, dated (real model, rc44)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from assistant.service import Assistant
from tests.assistant.conftest import assistant_over

pytestmark = pytest.mark.slow

REWORDED = Path(__file__).resolve().parents[1] / "fixtures" / "reworded"
FOLLOW_UP = {"A1", "B1", "C1"}  # audit recommendations followed up, in each year's words
BANK = {"A2", "B2", "C2"}  # changes of a supplier's bank details checked


@pytest.fixture(scope="module")
def reworded(
    real_services: object, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Assistant]:
    yield from assistant_over(
        sorted(REWORDED.glob("*.md")), real_services, tmp_path_factory, "reworded"
    )


def _refs(assistant: Assistant, question: str) -> set[str]:
    return {r.ref or "" for r in assistant.ask(question).records}


@pytest.mark.parametrize(
    "question",
    [
        "Keeping tabs on whether auditors' advice is acted on: which items cover it across the "
        "years?",
        "Has following up audit recommendations come up in more than one plan?",
        pytest.param(
            "Is tracking whether audit actions get implemented a recurring problem? Trace it "
            "through the plans.",
            marks=pytest.mark.xfail(
                reason="the subject is the lone 'tracking' (its object's words are generic, "
                "'implemented' is read as a state): the 2024 wording is not found without "
                "embedding the whole clause, left undone (rc44)",
                strict=True,
            ),
        ),
    ],
)
def test_a_theme_worded_differently_each_year_is_found_in_every_year(
    reworded: Assistant, question: str
) -> None:
    refs = _refs(reworded, question)
    assert refs >= FOLLOW_UP
    assert not BANK & refs


@pytest.mark.parametrize(
    "question",
    [
        "Has checking changes to supplier bank details been raised again?",
        "How has the checking of supplier bank details changed across the three plans?",
    ],
)
def test_another_theme_in_other_words_each_year(reworded: Assistant, question: str) -> None:
    refs = _refs(reworded, question)
    assert refs >= BANK
    assert not FOLLOW_UP & refs


@pytest.mark.parametrize(
    "question",
    [
        "Has the fuel card reconciliation come up in more than one plan?",
        "Has A3 come up again in later plans?",
    ],
)
def test_a_precise_subject_or_ref_is_not_widened(reworded: Assistant, question: str) -> None:
    answer = reworded.ask(question)
    assert [r.ref for r in answer.records] == ["A3"]
    assert answer.answer.startswith("**No")


def test_how_a_theme_moved_between_two_plans_shows_each_plans_row(reworded: Assistant) -> None:
    answer = reworded.ask(
        "How did the supplier bank details work move between the 2022 plan and the 2024 plan?"
    )
    assert {r.ref for r in answer.records} == {"A2", "C2"}  # the later plan's other wording
    assert "Audit Action Plan 2022" in answer.answer and "Audit Action Plan 2024" in answer.answer
    assert "“Complete”" in answer.answer and "“In progress”" in answer.answer  # each one's state


def test_how_a_theme_moved_from_one_year_to_another_takes_the_years_between(
    reworded: Assistant,
) -> None:
    refs = _refs(
        reworded, "How did checks on changes to supplier bank details develop from 2022 to 2024?"
    )
    assert refs == BANK


def test_a_range_between_two_named_papers_reaches_the_papers_between(
    assistant: Assistant,
) -> None:
    """The bundled record: a 2007/08 paper lies between the 2002 plan and the 2017 report the
    question names as the ends of its span."""
    answer = assistant.ask(
        "Partnership governance keeps coming up. How has it been handled across these papers, "
        "from the 2002 District Audit plan to the 2017 Met report?"
    )
    years = {r.year for r in answer.records}
    assert {2002, 2017} <= years and len(years) >= 3
    assert "'District'" not in answer.answer  # the paper's name is not the subject


def test_a_ref_read_as_a_label_is_every_row_so_labelled(assistant: Assistant) -> None:
    """The bundled record: 'an R4' is any row labelled R4, in any series of refs ('HMIC R4'),
    and nothing alike in meaning is added to them."""
    answer = assistant.ask("Is there an R4 in more than one of these papers? What does each cover?")
    refs = {r.ref or "" for r in answer.records}
    assert {"R4", "HMIC R4"} <= refs
    assert all(ref.split()[-1] == "R4" for ref in refs)
    assert len({r.year for r in answer.records}) == 2

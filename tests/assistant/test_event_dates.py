"""The date an event happened, from the sentence that dates that event (real model, invented
papers of one body in two years, tests/fixtures/dated_later):

- a row whose paper only puts the event off ('approval put back to its April meeting') is
  dated by the same action re-reported in the later paper ('approved by the Board on 19
  April 2023'), said to come from that paper, not refused and not answered with the deadline;
- a title's capitalised 'Plan' is no verb of intention: 'when did the Board approve CC01 in
  the … Improvement Plan 2022/23?' asks a past event, not a deadline;
- a sentence whose row only speaks of the event (the policy 'predates the 2021 regulator
  code') gives no date of it, when another sentence speaks of it in its own words;
- an event no paper dates is still refused.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from assistant.answers.support.planned import asks_planned_date
from assistant.service import Assistant
from tests.assistant.conftest import assistant_over, check_citations

PAPERS = Path(__file__).resolve().parents[1] / "fixtures" / "dated_later"


@pytest.fixture(scope="module")
def ferncliff(
    real_services: object, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Assistant]:
    yield from assistant_over(
        sorted(PAPERS.glob("*.md")), real_services, tmp_path_factory, "dated-later"
    )


@pytest.mark.parametrize(
    "question",
    [
        "When did the Board approve CC01 in the Customer Complaints Improvement Plan 2022/23?",
        "On what date was CC01 of the 2022/23 Customer Complaints Improvement Plan approved by the Board?",
    ],
)  # fmt: skip
def test_a_row_that_only_defers_the_event_is_dated_by_its_later_paper(
    ferncliff: Assistant, question: str
) -> None:
    answer = ferncliff.ask(question)
    assert not answer.abstained, answer.answer
    first = answer.answer.splitlines()[0]
    assert "19 April 2023" in first, answer.answer
    assert "2023/24 Follow-up" in first or "Follow-up action plan" in first, answer.answer
    check_citations(ferncliff, answer)


@pytest.mark.parametrize(
    "question",
    [
        "When was Ferncliff's revised complaints policy approved?",
        "On what date did the Board approve Ferncliff's revised complaints policy?",
        "When did the Board approve the revised complaints policy and publish it?",
    ],
)  # fmt: skip
def test_the_event_s_own_sentence_dates_it_not_a_year_of_its_row(
    ferncliff: Assistant, question: str
) -> None:
    answer = ferncliff.ask(question)
    assert not answer.abstained, answer.answer
    first = answer.answer.splitlines()[0]
    assert "19 April 2023" in first, answer.answer
    assert "2021 regulator code" not in first, answer.answer
    check_citations(ferncliff, answer)


def test_an_event_no_paper_dates_is_refused(ferncliff: Assistant) -> None:
    answer = ferncliff.ask(
        "When was the supplier quote received for CC03 in the Customer Complaints Improvement "
        "Plan 2022/23?"
    )
    assert answer.abstained, answer.answer


@pytest.mark.parametrize(
    ("question", "planned"),
    [
        ("When did the Board approve CC01 in the Customer Complaints Improvement Plan 2022/23?", False),
        ("When was R4 of the Estates Action Plan finished?", False),
        ("When's the Estates Plan's deadline for R4?", True),
        ("When is R4 in the Estates Action Plan due?", True),
        ("When was R4 planned to be finished?", True),
        ("When was item 3 of the Governance Action Plan to launch?", True),
        ("When was the new toolkit to be rolled out?", True),
    ],
)  # fmt: skip
def test_a_title_s_capitalised_plan_is_no_verb_of_intention(question: str, planned: bool) -> None:
    assert asks_planned_date(question) is planned


@pytest.mark.parametrize(
    "question",
    ["When did the priority services officer start?", "When did Ferncliff's priority services officer begin?"],
)  # fmt: skip
def test_a_state_held_since_a_date_dates_its_start(ferncliff: Assistant, question: str) -> None:
    answer = ferncliff.ask(question)
    assert not answer.abstained, answer.answer
    assert "since January 2024" in answer.answer.splitlines()[0], answer.answer

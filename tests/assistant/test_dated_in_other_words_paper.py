"""Dates and rows asked in the asker's words, over one invented paper: an earlier meeting its
prose dates, asked with a row in focus (``row_event.earlier_meeting``); a row's dated report of
its own action asked in other words (``row_event`` reports); a row marked complete that holds
no date (refused its completion date); a row described in other words found by meaning
(``support/meant_row``); a date first agreed (its original deadline)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from assistant.service import Assistant
from tests.assistant.conftest import assistant_over, check_citations

PAPER = """# Audit Actions Tracker

**Body:** Wendlebury Moor Conservation Board
**Committee:** Audit and Standards Committee
**Meeting:** Thursday 6 March 2025

Two deadlines have moved since the committee last met on 14 November 2024.

## Actions

| Ref | Finding | Agreed action | Owner | Due | Status | Update |
| --- | --- | --- | --- | --- | --- | --- |
| WMB-01 | The ranger vehicles have no tracking devices. | Fit tracking devices to every ranger vehicle. | Fleet Officer | January 2025 | Closed | Devices fitted in December 2024. |
| WMB-02 | Volunteers have had no lone working briefing. | Give every volunteer a lone working briefing. | Volunteer Coordinator | February 2025 | Closed | Briefings held in January. |
| WMB-03 | Grazing licences are renewed without checking stock numbers. | Check stock numbers before every grazing licence is renewed. | Estates Officer | June 2025 (was December 2024) | Open | Checks drafted. |
| WMB-04 | The visitor centre till is not cashed up daily. | Cash up the visitor centre till at close every day. | Visitor Services Manager | Complete | Closed | Cashing up now daily. |
| WMB-05 | Footpath signs on the north moor are missing. | Replace the missing north moor footpath signs. | Access Officer | May 2025 | Open | Signs ordered. |
"""


@pytest.fixture(scope="module")
def moor(real_services: object, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Assistant]:
    folder = tmp_path_factory.mktemp("moor-paper")
    paper = Path(folder) / "wendlebury_moor_tracker.md"
    paper.write_text(PAPER, encoding="utf-8")
    yield from assistant_over([paper], real_services, tmp_path_factory, "moor")


def _ask(moor: Assistant, question: str):  # type: ignore[no-untyped-def]
    answer = moor.ask(question)
    check_citations(moor, answer)
    return answer


def test_an_earlier_meeting_asked_of_a_row_is_dated_by_its_papers_prose(moor: Assistant) -> None:
    answer = _ask(moor, "When did the committee last sit before WMB-03's meeting?")
    assert not answer.abstained, answer.answer
    assert "14 November 2024" in answer.answer and "6 March 2025" not in answer.answer


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("When were WMB-01's trackers put in the vans?", "December 2024"),
        ("When did WMB-02's safety talks for volunteers take place?", "January"),
    ],
)
def test_a_rows_dated_report_answers_its_event_asked_in_other_words(
    moor: Assistant, question: str, said: str
) -> None:
    answer = _ask(moor, question)
    assert not answer.abstained, answer.answer
    assert said in answer.answer


def test_a_completion_date_the_row_does_not_hold_is_refused(moor: Assistant) -> None:
    answer = _ask(moor, "On what date was WMB-04 signed off as complete?")
    assert answer.abstained and answer.abstention == "value_not_given", answer.answer


def test_a_row_described_in_other_words_is_found_by_meaning(moor: Assistant) -> None:
    answer = _ask(
        moor, "What date was first agreed for verifying livestock counts on grazing permits?"
    )
    assert not answer.abstained, answer.answer
    assert "WMB-03" in answer.answer and "December 2024" in answer.answer

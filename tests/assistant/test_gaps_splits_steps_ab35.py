"""Two-sided comparisons asked 'and by how much?', a paper named by the span of years its title
writes, an owner a premise gives a row whose paper names none, a figure asked broken down by
parts the record never gives, someone asked within a named body, and a date asked for a step
the row never names (ab35). My own wordings, over development papers (data/papers/dev3, dev8)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from assistant.analysis import answer_type
from assistant.analysis.claimed import read_premise
from assistant.analysis.comparison import asks_interval, compared_sides
from assistant.analysis.intent import intent_of
from assistant.analysis.titled_span import papers_titled_by_span
from assistant.answers.composers.unset_date import _step
from assistant.answers.support.part_asked import one_part_asked, split_asked
from assistant.answers.support.side_dates import gap
from assistant.service import Assistant
from tests.assistant.conftest import assistant_over

DATA = Path(__file__).resolve().parents[2] / "data" / "papers"


class _Paper:
    def __init__(self, id: str, title: str) -> None:
        self.id, self.title = id, title


def test_a_closing_by_how_much_keeps_the_two_sides() -> None:
    question = "Which fell due sooner, QX-3 or QX-8, and by how much?"
    assert compared_sides(question) == ["QX-3", "QX-8"]
    assert intent_of(question) == "compare"
    assert asks_interval(question)
    assert not asks_interval("Which fell due sooner, QX-3 or QX-8?")


def test_month_ends_are_whole_months_apart() -> None:
    assert gap("2009-03-31", "2009-04-30") == "1 month"
    assert gap("2024-02-29", "2024-05-31") == "3 months"
    assert gap("2024-01-15", "2024-02-10") == "26 days"  # not a month's end: days still


def test_a_span_before_a_papers_noun_names_the_paper_titled_so() -> None:
    papers = [_Paper("old", "Kiln Lane Repairs Plan 2021/22"), _Paper("new", "Kiln Lane 2022/23")]
    assert papers_titled_by_span("In the 2021/22 plan, who holds KL4?", papers) == ["old"]
    assert papers_titled_by_span("Does the 2022-23 update list KL4?", papers) == ["new"]
    assert papers_titled_by_span("Which actions are due in 2021/22?", papers) == []  # no paper


def test_a_fronted_scope_leaves_the_why_and_its_premise() -> None:
    question = "In the 2021/22 plan, why was KL4 handed to the Estates Lead?"
    assert intent_of(question) == "explain"
    assert read_premise(question) == "KL4 handed to the Estates Lead"


def test_someone_within_a_named_body_is_a_person_asked() -> None:
    assert answer_type("Who at Brightwater Audit LLP carried out the review?") == "person"
    assert answer_type("Which officer at the Ombudsman signed the report?") == "person"
    assert answer_type("Who at the council owns the drainage action?") is None  # the owner


def test_a_figure_broken_down_by_a_kind_of_part() -> None:
    assert split_asked("How was the 912 complaint total split across the depots?") == (
        "the 912 complaint total",
        "depots",
    )
    assert split_asked("How many of the 40 vans were based at each depot?") == (
        "the 40 vans",
        "depot",
    )
    # the register's own rows, or one of their columns: counted there, not refused here
    assert split_asked("How many of the 27 recommendations are in each section?") is None
    assert split_asked("How was the 912 complaint total split by owner?") is None


def test_a_figure_broken_down_in_other_words_or_one_part_of_it() -> None:
    assert split_asked("Could you break that £3.1m down by ward?") == ("that £3.1m", "ward")
    assert one_part_asked("How many of those 64 repairs were in the north depot?") == (
        "those 64 repairs",
        "north depot",
    )
    assert one_part_asked("How many of the 64 repairs were done on time?") is None


def test_a_step_of_the_work_not_one_of_finishing_it() -> None:
    assert _step("When is the cleaning contract due to be let?") == "let"
    assert _step("By what date is the tender expected to be awarded?") == "awarded"
    assert _step("When is the survey due to be completed?") is None  # finishing the work
    assert _step("When is the survey due?") is None


@pytest.fixture(scope="module")
def ab35_assistant(
    real_services: object, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Assistant]:
    papers = [
        DATA / "dev3" / "u08_tavey_linwell_canals_ia_tracker.md",
        DATA / "dev8" / "x05_saltmarsh_homes_damp_mould_2023.csv",
        DATA / "dev8" / "x06_saltmarsh_homes_damp_mould_2024.md",
    ]
    yield from assistant_over(papers, real_services, tmp_path_factory, "ab35")


def _head(assistant: Assistant, question: str) -> str:
    return assistant.ask(question).answer.split("\n")[0]


def test_the_gap_between_two_deadlines_is_stated(ab35_assistant: Assistant) -> None:
    head = _head(ab35_assistant, "In the 2024/25 follow-up, is DM06 due after DM08, by how much?")
    assert "DM06" in head and "DM08" in head and "3 months" in head


def test_an_owner_given_in_the_premise_is_checked_in_the_named_paper(
    ab35_assistant: Assistant,
) -> None:
    head = _head(
        ab35_assistant,
        "In the 2023/24 plan, why was DM10 on follow-up calls handed to the Head of Repairs?",
    )
    assert head.startswith("**No — the record names no owner for DM10")
    assert "2023/24" in head


def test_a_breakdown_never_given_is_refused(ab35_assistant: Assistant) -> None:
    answer = ab35_assistant.ask("How many of the 1,847 damp and mould cases were in each town?")
    assert answer.abstained and not answer.citations
    answer = ab35_assistant.ask("Can you break the 1,847 damp and mould cases down by estate?")
    assert answer.abstained and not answer.citations
    answer = ab35_assistant.ask(
        "How were the 186 Harbour Row flats split between fitted and refused?"
    )
    assert not answer.abstained and "151" in answer.answer  # the note gives both parts


def test_a_step_no_row_dates_is_refused(ab35_assistant: Assistant) -> None:
    answer = ab35_assistant.ask("When is the contract for the spillway works expected to be let?")
    assert answer.abstained and not answer.citations
    assert "TLC-02" in answer.answer  # what the row does set is shown
    dated = ab35_assistant.ask("When is the stock condition survey tender due to be issued?")
    assert not dated.abstained and "April 2025" in dated.answer


def test_a_step_that_is_the_rows_own_action_in_other_words_is_dated(
    ab35_assistant: Assistant,
) -> None:
    # 'Adopt a lock gate inspection schedule', due Spring 2024: introducing it is that action
    answer = ab35_assistant.ask("When is the lock gate inspection schedule due to be introduced?")
    assert not answer.abstained and "Spring 2024" in answer.answer
    answer = ab35_assistant.ask("When is the business continuity plan expected to be signed off?")
    assert not answer.abstained and "Spring 2025" in answer.answer

"""Dates and levels asked of a row in other words than its columns' (issue 14: date lookups
and lookups refused): 'the new deadline' and 'what was X pushed back to?' ask the row's deadline
as revised, which the body's latest paper states; 'who is in charge of X' asks the owner, its
'charge' no word of X; a level or grade asked of a row its paper grades in a column of its own
('what level of risk was X given?', 'how was X rated?') is answered by that column; 'graded C2'
is a grade. The papers are invented (tests/fixtures/graded_dates)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from assistant.analysis import ANSWER_SHAPES
from assistant.analysis.patterns import FIELD_WORDS, REVISED
from assistant.answers.support.held_due import current_due
from assistant.service import Assistant
from ingest.model import ActionRecord, DocumentRef
from tests.assistant.conftest import assistant_over

GRADED_DIR = Path(__file__).resolve().parents[1] / "fixtures" / "graded_dates"
LEVELS_DIR = Path(__file__).resolve().parents[1] / "fixtures" / "graded_levels"


@pytest.fixture(scope="module")
def graded(real_services: object, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Assistant]:
    yield from assistant_over(
        sorted(GRADED_DIR.glob("*.md")), real_services, tmp_path_factory, "graded"
    )


@pytest.fixture(scope="module")
def levels(real_services: object, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Assistant]:
    yield from assistant_over(
        sorted(LEVELS_DIR.glob("*.md")), real_services, tmp_path_factory, "levels"
    )


def _body(answer_text: str) -> str:
    return answer_text.split("\n_")[0]


def test_a_new_deadline_is_a_revised_one() -> None:
    assert REVISED.search("What is the new deadline for the gangway checks?")
    assert REVISED.search("what's its amended target date?")
    assert not REVISED.search("Which new actions were added this year?")


def test_a_date_moved_to_asks_the_rows_deadline() -> None:
    due = FIELD_WORDS[0][0]
    assert due.search("What date were the chain replacements put back to?")
    assert due.search("when has the survey been postponed until?")
    assert not due.search("What date did the committee meet?")


def test_a_grade_code_is_a_rating() -> None:
    rating = ANSWER_SHAPES["rating"]
    assert rating.search("The inspection graded the trust B3 for its safety case.")
    assert not rating.search("The inspection was graded in 2024.")


def test_a_deadline_the_update_moved_reads_as_its_date_alone() -> None:
    moved = ActionRecord(
        id="d:1",
        document=DocumentRef(id="d", title="Log", filename="d.md"),
        ordinal=1,
        title="Repaint the quay",
        due_text="end of May 2024",
        due_date="2025-01-31",
        revised_from_text="May 2024",
        revised_from_date="2024-05-31",
        source_text="end of May 2024",
        source_start=0,
        source_end=15,
    )
    assert current_due(moved) == "31 January 2025"


def test_in_charge_names_nothing_of_the_subject(graded: Assistant) -> None:
    analysis = graded.analyse("Who is in charge of the mooring chain schedule?")
    assert "charge" not in analysis.terms and "owner" in analysis.fields


def test_the_new_deadline_is_the_latest_papers(graded: Assistant) -> None:
    answer = _body(
        graded.ask("What's the new deadline for getting crane test records online?").answer
    )
    assert "October 2025" in answer and "Follow-up" in answer


def test_pushed_back_to_gives_the_revised_date(graded: Assistant) -> None:
    answer = _body(graded.ask("What date were the crane load test records pushed back to?").answer)
    assert "October 2025" in answer


@pytest.mark.parametrize(
    ("question", "level"),
    [
        ("What level of risk was the late berthing invoices issue given?", "Medium"),
        ("How was the crane load test finding rated?", "High"),
        ("What level was the pontoon gangway inspection assessed at?", "Low"),
    ],
)
def test_a_level_asked_of_a_row_is_its_grading_column(
    graded: Assistant, question: str, level: str
) -> None:
    answer = _body(graded.ask(question).answer)
    assert f"**{level}**" in answer, answer


def test_the_first_deadline_is_asked_by_intent_or_before_a_move() -> None:
    from assistant.analysis.due_asked import asked_due_kind

    assert asked_due_kind("When was the quay survey first supposed to be finished?") == "first"
    assert asked_due_kind("What deadline did it have before it was pushed back?") == "first"
    assert asked_due_kind("How far has it slipped?") == "slip"
    assert FIELD_WORDS[0][0].search("What was the gangway work meant to be done by originally?")


def test_the_first_deadline_is_the_earliest_papers(graded: Assistant) -> None:
    answer = _body(
        graded.ask(
            "What was the berthing invoices deadline before it was first pushed back?"
        ).answer
    )
    assert "Jan-24" in answer, answer


def test_a_date_against_a_row_is_its_date_column(graded: Assistant) -> None:
    analysis = graded.analyse("What date is shown against the mooring chains action?")
    assert "due" in analysis.fields and "against" not in analysis.terms


def test_an_event_in_other_words_is_dated_by_the_sentence_that_dates_it(
    graded: Assistant,
) -> None:
    answer = _body(graded.ask("When did the Board sign off the new mooring strategy?").answer)
    assert "14 February 2024" in answer, answer


def test_a_count_left_without_its_noun_takes_the_noun_counted_before_any_verb() -> None:
    from assistant.analysis.elided_parts import restored

    assert restored("how many had been closed?", "how many checks sat in the log") == (
        "How many checks had been closed?"
    )
    assert restored("and how many are done?", "How many reviews featured in the plan") == (
        "How many reviews are done?"
    )


def test_a_level_asked_of_a_row_without_priority_is_its_column_of_levels(
    levels: Assistant,
) -> None:
    answer = _body(levels.ask("How was the Corrin petty cash finding rated?").answer)
    assert "**Limited**" in answer and "Assurance level" in answer, answer


def test_a_phrasal_verb_is_the_event_and_assent_in_other_words_speaks_of_it(
    graded: Assistant,
) -> None:
    from typing import cast

    from assistant.answers.context import AnswerContext
    from assistant.answers.support.events import asked_event, speaks_of

    q = graded.analyse("When did the Board sign off the new crane safety code?")
    assert asked_event(q) == ["sign off"]  # the phrasal verb, one event (events.PHRASAL)
    approved = "Code approved by the Board on 3 May 2024 and published."
    assert speaks_of(approved, ["sign"], cast(AnswerContext, None))
    assert speaks_of(approved, ["sign off"], cast(AnswerContext, None))

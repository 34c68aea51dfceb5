"""Recurrence questions over the bundled record (real model): the subject is matched in every
year's paper by its words and by meaning, a year range keeps the reports between its ends, a
paper whose records are all off the subject does not count as a recurrence, and a subject no
record fits is never answered with its whole theme."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant.answers.model import Answer
from assistant.service import Assistant

pytestmark = pytest.mark.slow

AGS_2007_08 = "000_f60702f293bad3c1-txt"


def test_a_year_range_keeps_the_reports_between_its_ends(ask: Callable[..., Answer]) -> None:
    answer = ask(
        "How has the monitoring of audit and inspection recommendations recurred from 2002 to 2017?"
    )
    documents = {r.document.id for r in answer.records}
    assert AGS_2007_08 in documents  # a 2007/08 paper lies between 2002 and 2017


def test_a_narrow_subject_is_not_its_whole_theme(ask: Callable[..., Answer]) -> None:
    answer = ask("Has staff appraisal been a recurring issue?")
    assert [r.ref for r in answer.records] == ["R6"]
    assert answer.answer.startswith("**No — 'staff appraisal' appears in only one report")


def test_the_answer_does_not_depend_on_what_was_asked_before(
    ask: Callable[..., Answer], assistant: Assistant
) -> None:
    """The same question, asked again after others (and straight to the session's real-model
    assistant), gets the same answer: nothing an earlier question leaves behind, and no other
    test's assistant, changes it."""
    question = "Has staff appraisal been a recurring issue?"
    first = ask(question)
    for other in (
        "Which recommendations have not been completed?",
        "Which PURE actions are owned by someone other than the Director of Finance Services?",
        "Has the delegation of financial authority been a recurring issue?",
        "Which deadlines were revised?",
    ):
        ask(other)
    again, direct = ask(question), assistant.ask(question)
    assert again.answer == first.answer == direct.answer
    assert [r.id for r in again.records] == [r.id for r in first.records]
    assert [r.id for r in direct.records] == [r.id for r in first.records]


def test_a_subject_in_other_words_is_found_by_meaning(ask: Callable[..., Answer]) -> None:
    answer = ask("Has the delegation of financial authority been a recurring issue?")
    refs = {r.ref for r in answer.records}
    assert "R18" in refs  # 'embed the scheme of delegation'
    assert len(answer.records) < 10  # not the whole finance theme


def test_a_disjunction_widens_the_subject(ask: Callable[..., Answer]) -> None:
    """'training or skills': a record about either is on the subject, in every year."""
    answer = ask("Has it come up more than once: which actions deal with training or skills?")
    refs = {(r.document.id[:3], r.ref) for r in answer.records}
    assert {("002", "R9"), ("002", "HMIC R4"), ("001", "6")} <= refs
    assert answer.answer.startswith("**Yes — 'training or skills' recurs in")
    assert "years (" in answer.answer.splitlines()[0]  # which years, on the first line


def test_coordinated_words_share_their_head(ask: Callable[..., Answer]) -> None:
    """'Budget setting, monitoring and control': records whose issue has 'budget' and any of
    the coordinated words, the forms the register holds ('budgetary') included."""
    answer = ask("Budget setting, monitoring and control: where has this recurred?")
    refs = {(r.document.id[:3], r.ref) for r in answer.records}
    assert {("002", "R4"), ("002", "R8"), ("001", "5")} <= refs
    assert "budget-setting" in answer.answer  # a title naming it is shown first


def test_a_recurrence_cue_and_a_request_for_its_items_are_one_question(
    ask: Callable[..., Answer],
) -> None:
    answer = ask("Has partnership working been flagged more than once? List them.")
    assert answer.route == "recurring"
    assert {r.ref for r in answer.records} >= {"R5", "3", "8"}

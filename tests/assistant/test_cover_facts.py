"""A named paper's cover-sheet facts (its meeting, body, presenter, purpose, and what the
meeting is asked to do) read by the role their words play, in wordings written here."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant.answers.model import Answer
from assistant.answers.support.cover_sheet import asked_cover_kind, cover_facts
from assistant.service import Assistant
from tests.assistant.conftest import checked_asker

Ask = Callable[[str], Answer]

_PAPER = (
    "Widgetshire Council\n"
    "Committee: Resources Scrutiny Committee\n"
    "Date of meeting: 3 May 2021\n"
    "Report of the Head of Audit. Copy kept on file.\n"
    "This paper sets out the position on the payroll audit.\n"
    "Members are asked to note the position.\n"
    "Ref\tAction\tOwner\n"
    "P1\tCheck the payroll\tHead of HR\n"
    "Resolved: that the paper be noted.\n"
)


def test_the_cover_sheet_is_read_by_role() -> None:
    facts = {(f.kind, f.text) for f in cover_facts(_PAPER)}
    assert ("meeting", "Resources Scrutiny Committee") in facts
    assert ("author", "Head of Audit") in facts
    assert ("purpose", "This paper sets out the position on the payroll audit.") in facts
    assert ("decision", "Members are asked to note the position.") in facts
    assert ("decision", "Resolved: that the paper be noted.") in facts
    for fact in cover_facts(_PAPER):
        assert _PAPER[fact.start : fact.start + len(fact.text)] == fact.text


def test_a_run_on_masthead_line_is_split_at_its_labels() -> None:
    text = "Body Upton Harbour Trust Committee Audit Committee Date of meeting 4 June 2022\n"
    facts = {(f.kind, f.text) for f in cover_facts(text)}
    assert facts >= {("body", "Upton Harbour Trust"), ("meeting", "Audit Committee")}


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("To which sub-committee was the log sent?", "meeting"),
        ("who is the presenter of the update", "author"),
        ("what's the point of this report?", "purpose"),
        ("What are members invited to do with it?", "decision"),
        ("Which organisation produced the tracker?", "body"),
        ("On what date did the board approve the budget?", None),  # a date, not a meeting
        ("Which panel papers mention fraud?", None),  # the panel names the papers
    ],
)
def test_the_kind_asked_is_read_from_the_wh_phrase(question: str, kind: str | None) -> None:
    assert asked_cover_kind(question) == kind


@pytest.fixture()
def ask(bodies_assistant: Assistant) -> Ask:
    return checked_asker(bodies_assistant)


def test_a_paper_s_meeting_and_decision_are_quoted(ask: Ask) -> None:
    answer = ask("For the Fenbury Housing log: what is the committee being asked to do?")
    assert not answer.abstained and "asked to note the log" in answer.answer, answer.answer
    answer = ask("which committee looks at the Marshfield external audit update?")
    assert "Governance and Audit Committee" in answer.answer.splitlines()[0], answer.answer


def test_a_later_part_is_asked_of_the_paper_the_first_found(ask: Ask) -> None:
    answer = ask("what is the Severnside tracker for, and who is it going to?")
    assert "lists every open internal audit recommendation" in answer.answer, answer.answer
    assert "Audit and Standards Committee" in answer.answer, answer.answer


def test_a_question_about_something_the_paper_reports_is_not_a_cover_fact(ask: Ask) -> None:
    answer = ask("Which board signed off the Fenbury void inspection checklist?")
    assert "cover sheet" not in answer.answer, answer.answer

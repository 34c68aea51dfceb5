"""A question names a document, section or owner only when it names it specifically.

An uploaded paper whose title is made of question words ('Who is responsible'), whose section
heading is 'Progress to date' or whose owner cell is 'The Board' or 'All' must not turn the
ordinary words of a question into a filter; its file name written out, a distinctive title, a
distinctive section heading or owner still name it. An index of the bundled record plus such
papers, with the hashing embedder (fast)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from assistant.service import Assistant

QUESTION_WORDS = """Who is responsible

This note sets out the follow-up on the staff canteen refurbishment and the volunteer rota for
the summer fete.

Progress to date

Ref\tAction\tOwner\tDeadline\tProgress
C1\tRefurbish the staff canteen on the third floor.\tAll\tMarch 2019\tUnder way.
C2\tPublish the volunteer rota for the summer fete.\tThe Board\tJune 2019\tComplete.
"""

DISTINCTIVE = """Canteen Refurbishment Review

This review looks back at the staff canteen refurbishment and the new catering contract.

Catering Contract Milestones

Ref\tAction\tOwner\tDeadline\tProgress
K1\tLet the new catering contract for the staff canteen.\tHead of Catering Services\tMay 2019\tComplete.
K2\tSurvey staff on the refurbished canteen menu.\tHead of Catering Services\tJuly 2019\tUnder way.
"""


@pytest.fixture()
def assistant(fake_services: Any, sample_dir: Path, tmp_path: Path) -> Assistant:
    assert not fake_services.indexer.ingest_paths([sample_dir]).skipped
    papers = tmp_path / "papers"
    papers.mkdir()
    (papers / "responsibility_note.txt").write_text(QUESTION_WORDS, encoding="utf-8")
    (papers / "canteen_review.md").write_text(DISTINCTIVE, encoding="utf-8")
    assert not fake_services.indexer.ingest_paths([papers]).skipped
    return Assistant(fake_services)


def _document(assistant: Assistant, filename: str) -> str:
    return next(d.id for d in assistant.documents() if d.filename == filename)


def _owners_of(assistant: Assistant, ref: str) -> list[str]:
    """The owners the bundled record gives the record ``ref`` (read from the register)."""
    [record] = [r for r in assistant.records() if r.ref == ref]
    assert record.owner
    return [o.strip() for o in re.split(r"/", record.owner) if o.strip()]


def test_the_uploaded_papers_are_what_the_tests_assume(assistant: Assistant) -> None:
    titles = {d.filename: d.title for d in assistant.documents()}
    assert titles["responsibility_note.txt"] == "Who is responsible"
    assert titles["canteen_review.md"] == "Canteen Refurbishment Review"
    owners = {r.ref: r.owner for r in assistant.records() if r.ref in ("C1", "C2", "K1")}
    assert owners == {"C1": "All", "C2": "The Board", "K1": "Head of Catering Services"}
    sections = {r.ref: r.section for r in assistant.records() if r.ref in ("C1", "K1")}
    assert sections == {"C1": "Progress to date", "K1": "Catering Contract Milestones"}


def test_a_title_of_question_words_does_not_take_over_the_question(assistant: Assistant) -> None:
    question = "Who is responsible for R18?"
    analysis = assistant.analyse(question)
    assert analysis.documents == [] and analysis.section is None and analysis.owner is None
    answer = assistant.ask(question)
    assert not answer.abstained
    assert answer.query.documents == []
    assert [r.ref for r in answer.records] == ["R18"]
    for owner in _owners_of(assistant, "R18"):
        assert owner in answer.answer


def test_the_paper_is_still_named_by_its_file_name(assistant: Assistant) -> None:
    note = _document(assistant, "responsibility_note.txt")
    for question in (
        "Who is responsible for the actions in responsibility_note.txt?",
        "What does responsibility_note say about the canteen?",
        f"What does {note} say about the volunteer rota?",
    ):
        assert assistant.analyse(question).documents == [note], question
    answer = assistant.ask("Who is responsible for the actions in responsibility_note.txt?")
    assert not answer.abstained
    assert {r.ref for r in answer.records} <= {"C1", "C2"} and answer.records


def test_a_distinctive_title_still_names_its_paper(assistant: Assistant) -> None:
    review = _document(assistant, "canteen_review.md")
    analysis = assistant.analyse("What does the Canteen Refurbishment Review say about menus?")
    assert analysis.documents == [review]
    # ... and a bundled title still names its paper
    analysis = assistant.analyse("Which recommendations did the District Audit report make?")
    assert analysis.documents == ["004_8a3584b528f67d05-txt"]


def test_a_section_heading_of_question_words_is_no_section_filter(assistant: Assistant) -> None:
    question = "What is the progress to date on R18?"
    analysis = assistant.analyse(question)
    assert analysis.section is None and analysis.documents == []
    answer = assistant.ask(question)
    assert not answer.abstained
    assert [r.ref for r in answer.records] == ["R18"]
    # a distinctive heading still names its section
    analysis = assistant.analyse("Which catering contract milestones are complete?")
    assert analysis.section == "Catering Contract Milestones"


def test_an_owner_of_common_words_is_no_owner_filter(assistant: Assistant) -> None:
    question = "What did the board say about R18?"
    analysis = assistant.analyse(question)
    assert analysis.owner is None and analysis.documents == []
    answer = assistant.ask(question)
    assert not answer.abstained
    assert [r.ref for r in answer.records] == ["R18"]
    assert assistant.analyse("Which actions are due for all of the directors?").owner is None
    # a specific owner, uploaded or bundled, is still a filter
    analysis = assistant.analyse("Which actions does the Head of Catering Services own?")
    assert analysis.owner == "Head of Catering Services"
    answer = assistant.ask("Which actions does the Head of Catering Services own?")
    assert sorted(r.ref or "" for r in answer.records) == ["K1", "K2"]
    analysis = assistant.analyse("Which actions does the Director of Finance Services own?")
    assert analysis.owner == "Director of Finance Services"

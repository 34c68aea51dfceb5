"""Counts and lists over the papers' own values. (1) 'how many different bodies do these papers
come from?': the bodies the papers name on their covers, once each, cited; a paper naming none
counts as one of its own (seven papers of data/papers/dev, seven bodies, one of which, a CSV,
names no body; two harbour reports of data/papers/dev12, of Boards 2 and 4, a housing body's and a hospital trust's paper: four bodies). (4) 'is anything else
marked overdue?' after one overdue row was shown lists the others, not it again. (2) A count names rows by the question's noun ('recs' are recommendations). (3) 'target
date moved back' is a revision, 'back' no subject word. Wordings of my own."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from assistant.answers.model import Answer
from assistant.service import Assistant
from tests.assistant.conftest import assistant_over
from tests.assistant.test_follow_ups import converse

ROOT = Path(__file__).resolve().parents[2] / "data" / "papers"


@pytest.fixture(scope="module")
def series(real_services: object, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Assistant]:
    """Two harbour board reports (Boards 2 and 4), a housing body's and a trust's actions."""
    papers = [
        ROOT / "dev12" / "m02_harbour_pdf.pdf",
        ROOT / "dev12" / "m04_harbour_docx.docx",
        ROOT / "dev" / "d18_lowfield_housing_audit_actions.pdf",
        ROOT / "dev" / "d03_eastmoor_nhs_audit_recs.pdf",
    ]
    yield from assistant_over(papers, real_services, tmp_path_factory, "bodies")


pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "question",
    [
        "How many different bodies do these papers come from?",
        "how many separate organisations do the documents come from?",
        "Which organisations are the papers from?",
    ],
)
def test_the_bodies_behind_the_papers_are_counted(
    bodies_assistant: Assistant, question: str
) -> None:
    answer = bodies_assistant.ask(question)
    assert not answer.abstained and "**7** different bodies" in answer.answer
    assert len(answer.citations) == 6  # each body cited where its paper names it
    assert "Fenbury Housing Group" in answer.answer and "names no body" in answer.answer


def test_bodies_told_apart_by_their_number(series: Assistant) -> None:
    answer = series.ask("How many different bodies do these papers come from?")
    assert "**4** different bodies" in answer.answer


def test_no_bodies_asked_is_not_answered_so(bodies_assistant: Assistant) -> None:
    answer = bodies_assistant.ask("Which Fenbury actions are overdue?")
    assert "different bodies" not in answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "how many of the audit commission recs went to the director of property services?",
        "How many recs in the PURE plan are owned by the Director of Property Services?",
    ],
)
def test_a_count_names_rows_by_the_question_noun(
    ask: Callable[[str], Answer], question: str
) -> None:
    answer = ask(question)
    assert answer.answer.startswith("**2** recommendations")


@pytest.mark.parametrize(
    "question",
    [
        "in the Lowfield Homes paper, which actions have had their target date moved back?",
        "Which Lowfield Homes actions had their due date moved back?",
        "which of Lowfield's actions have been moved back?",
    ],
)
def test_moved_back_is_a_revision(series: Assistant, question: str) -> None:
    answer = series.ask(question)
    assert sorted(r.ref or "" for r in answer.records) == ["RA-1", "RA-3", "RA-6"]
    assert "does not narrow" not in answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "Is anything else at Eastmoor marked overdue?",
        "is anything else overdue there?",
        "anything else overdue at Eastmoor?",
    ],
)
def test_anything_else_leaves_out_the_row_shown(series: Assistant, question: str) -> None:
    _, more = converse(
        series, "Eastmoor - what's the position on the overseas visitor charges rec?", question
    )
    refs = [r.ref for r in more.answer.records]  # IA 19/09 is the overseas visitor charges row
    assert refs and "IA 19/09" not in refs and "IA 19/05" in refs

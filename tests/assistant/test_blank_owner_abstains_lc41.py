"""A single row's blank owner cell, asked for, is an abstention with no citations that says so
(the record does not say who owns it; its owner cell is blank), and a follow-up asking of the
same item in another paper still carries the question; lists and counts of rows with no owner
stay answers with citations. Papers not bundled (data/papers/dev12: harbour board reports whose
Board 2 leaves HB06's officer blank, Board 4 names one; data/papers/dev3: a trading standards
plan with a blank lead officer; data/papers/dev2: a harbour trust whose blank owner cell has a
'Owner to be confirmed' note beside it, which is an answer). Wordings of my own."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from assistant.service import Assistant
from tests.assistant.conftest import assistant_over
from tests.assistant.test_follow_ups import converse

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2] / "data" / "papers"
PAPERS = (
    ROOT / "dev12" / "m02_harbour_pdf.pdf",
    ROOT / "dev12" / "m04_harbour_docx.docx",
    ROOT / "dev3" / "u03_hallbrook_tarn_trading_standards_plan.xlsx",
    ROOT / "dev2" / "e01_calderport_harbour_ia_followup.docx",
)


@pytest.fixture(scope="module")
def blanks(real_services: object, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Assistant]:
    """An assistant over two harbour board reports and a trading standards plan."""
    yield from assistant_over(list(PAPERS), real_services, tmp_path_factory, "blanks")


@pytest.mark.parametrize(
    "question",
    [
        "Who is the responsible officer for HB06 in Harbour Board 2's report?",
        "whose job is the tier one oil spill exercise at harbour board 2?",
        "At Saltcombe Haven Harbour Board 2, who is in charge of holding the oil spill exercise?",
    ],
)
def test_a_blank_owner_cell_is_an_abstention(blanks: Assistant, question: str) -> None:
    answer = blanks.ask(question)
    assert answer.abstained and not answer.citations
    assert "owner cell is blank" in answer.answer and "HB06" in answer.answer
    assert [r.ref for r in answer.records] == ["HB06"]


def test_a_blank_owner_in_another_body_is_an_abstention(blanks: Assistant) -> None:
    answer = blanks.ask("Who leads on the trading standards charging policy action?")
    assert answer.abstained and not answer.citations
    assert "owner cell is blank" in answer.answer


def test_the_next_paper_is_asked_the_same_question(blanks: Assistant) -> None:
    """After the abstention, 'and at board 4?' asks who owns the item there."""
    _, owner, other = converse(
        blanks,
        "What is Harbour Board 2 reporting on the tier one oil spill exercise?",
        "who is responsible for that one?",
        "and at board 4?",
    )
    assert owner.answer.abstained and not owner.answer.citations
    assert not other.answer.abstained and "Clerk to the Board" in other.answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "Which actions in Harbour Board 2's report have no responsible officer?",
        "How many of Harbour Board 2's actions have nobody named as responsible?",
    ],
)
def test_rows_with_no_owner_are_still_listed_with_citations(
    blanks: Assistant, question: str
) -> None:
    answer = blanks.ask(question)
    assert not answer.abstained and answer.citations
    assert "HB06" in [r.ref for r in answer.records]
    assert all(not r.owner for r in answer.records)


@pytest.mark.parametrize(
    "question",
    [
        "Who owns CHT-CYB-03 at Calderport?",
        "who is responsible for the cyber incident response plan at the harbour trust?",
    ],
)
def test_a_cell_speaking_of_the_owner_is_an_answer(blanks: Assistant, question: str) -> None:
    answer = blanks.ask(question)
    assert not answer.abstained and "to be confirmed" in answer.answer

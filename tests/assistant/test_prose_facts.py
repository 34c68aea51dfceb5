"""Facts a paper states in its prose, not in its rows (invented papers, real model): the date of
an event the described row's deadline is not for, a deadline of a paper with no action table,
and the holder of a body's chair named by its head noun ('The Board is chaired by …')."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from assistant.answers.support.values import by_head_noun
from assistant.evidence import Evidence
from assistant.service import Assistant
from ingest.model import DocumentRef
from tests.assistant.conftest import assistant_over

pytestmark = pytest.mark.slow

PAPERS = Path(__file__).resolve().parents[1] / "fixtures" / "prose_facts"


@pytest.fixture(scope="module")
def trust(real_services: object, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Assistant]:
    """An assistant over the two invented leisure trust papers, ingested once."""
    yield from assistant_over(
        sorted(PAPERS.glob("*.md")), real_services, tmp_path_factory, "prose-facts"
    )


@pytest.mark.parametrize(
    "question",
    [
        "When is the Brackenmoor Lido now expected to reopen?",
        "When is the lido at Brackenmoor due to reopen?",
    ],
)
def test_an_event_no_row_speaks_of_is_dated_from_prose(trust: Assistant, question: str) -> None:
    answer = trust.ask(question)
    assert not answer.abstained
    assert answer.answer.startswith("**August 2025**")  # the date it moved to, first
    assert "April 2024" not in answer.answer  # not the refurbishment row's deadline


def test_the_row_deadline_still_answers_its_own_action(trust: Assistant) -> None:
    for question in (
        "When is the action on the Lido funding gap due?",
        "When is the Lido funding gap action due to finish?",
    ):
        answer = trust.ask(question)
        assert "April 2024" in answer.answer
        assert "August 2025" not in answer.answer


def test_a_deadline_in_a_paper_without_rows_is_read_from_its_prose(trust: Assistant) -> None:
    answer = trust.ask("When is the sports hall roof deadline in the Leisure Strategy Statement?")
    assert not answer.abstained
    assert answer.answer.startswith("**October 2024**")


def test_a_chair_named_by_the_head_noun_of_its_body(trust: Assistant) -> None:
    answer = trust.ask("Who chairs the Brackenmoor Leisure Trust Board?")
    assert not answer.abstained
    assert "Dafydd Hollins" in answer.answer


def _sentence(text: str, document: str = "d1") -> Evidence:
    ref = DocumentRef(id=document, title="T", filename="t.md")
    return Evidence(text, 0, ref, f"{document}:0", None, None, None, "", 1, None)


def test_by_head_noun_spells_a_name_its_own_paper_writes() -> None:
    said = _sentence("The Board is chaired by Mr Hollins.")
    heading = _sentence("Body: Ashcombe Harbour Board")
    other = _sentence("Body: Ashcombe Harbour Board", document="d2")
    names = ["Ashcombe Harbour Board"]
    spelled = by_head_noun(said.text, said, names, [said, heading])
    assert spelled == "The Ashcombe Harbour Board is chaired by Mr Hollins."
    # a name written only in another paper is not this paper's body
    assert by_head_noun(said.text, said, names, [said, other]) == said.text

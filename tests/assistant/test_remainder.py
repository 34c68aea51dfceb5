"""What is left, from a progress figure 'A of B' (real model): 'how many … still have no …',
'… not yet …' is answered B − A, first, with the sentence quoted and cited; a question that
asks the part done, or a sentence that counts the rest itself, gets no such line. Invented
questions over papers of data/papers/dev and a small fixture paper."""

from __future__ import annotations

import pytest

from assistant.answers.support.remainder import remainder
from assistant.evidence import Evidence
from assistant.service import Assistant
from assistant.text import stem_of
from ingest.model import DocumentRef
from tests.assistant.test_unsaid_as_asked import town_assistant  # noqa: F401 (fixture)


@pytest.mark.parametrize(
    ("question", "rest", "written"),
    [
        ("How many Severnside stations still have no stock check of operational equipment?", "7", "14 of 21"),
        ("How many of Tamar Vale's high-rise blocks are still without a fire risk assessment?", "3", "9 of 12"),
    ],
)  # fmt: skip
def test_the_rest_of_a_progress_figure_is_answered_first(
    bodies_assistant: Assistant, question: str, rest: str, written: str
) -> None:
    answer = bodies_assistant.ask(question)
    assert not answer.abstained, answer.answer
    first = answer.answer.splitlines()[0]
    assert first.startswith(f"**{rest}**") and written in first, answer.answer
    assert written in answer.citations[0].quote or any(written in c.quote for c in answer.citations)


def test_the_rest_in_a_fixture_paper(town_assistant: Assistant) -> None:  # noqa: F811
    answer = town_assistant.ask("How many payroll changes have not had a second-officer check?")
    assert answer.answer.startswith("**6**"), answer.answer


def test_no_rest_when_the_part_done_is_asked(bodies_assistant: Assistant) -> None:
    answer = bodies_assistant.ask("How many Severnside stations have completed the stock check?")
    assert not answer.answer.startswith("**7**"), answer.answer
    assert "14 of 21" in answer.answer


def _evidence(text: str) -> Evidence:
    doc = DocumentRef(id="d", title="t", filename="f.md")
    return Evidence(text, 0, doc, "c", None, None, None, "", 0, None)


def test_a_sentence_that_counts_the_rest_itself_is_not_subtracted() -> None:
    weights = {stem_of("contracts"): 1.0, stem_of("manager"): 1.0}
    said = [_evidence("14 of 55 live contracts have no contract manager.")]
    assert remainder("How many contracts have no contract manager?", said, weights) == []
    done = [_evidence("Managers assigned to 41 of 55 live contracts.")]
    assert remainder("How many contracts have no contract manager?", done, weights)[0].startswith(
        "**14**"
    )

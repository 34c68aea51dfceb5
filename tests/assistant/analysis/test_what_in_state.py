"""'What is still open on the log?': 'what' as the subject of a state the register holds asks
for the rows in that state, as 'which actions are still open' does (issue 14). Wordings
written here, over the bundled papers."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.analysis import NameIndex, analyse
from ingest.extract import extract
from ingest.loaders import load_document

SAMPLE = Path(__file__).resolve().parents[3] / "data" / "sample"


@pytest.fixture(scope="module")
def name_index() -> NameIndex:
    docs = [extract(load_document(p)) for p in sorted(SAMPLE.glob("*.txt"))]
    return NameIndex.from_records([d.info for d in docs], [r for d in docs for r in d.records])


@pytest.mark.parametrize(
    "question",
    [
        "What is still outstanding in the 2007/08 AGS action plan?",
        "what's ongoing in the PURE/SRL plan",
        "And what has been completed from the District Audit action plan?",
        "Looking at the 2007/08 AGS action plan, which are still ongoing?",  # a bare 'which'
    ],
)
def test_what_as_the_subject_of_a_state_lists_its_rows(
    name_index: NameIndex, question: str
) -> None:
    q = analyse(question, name_index)
    assert q.intent == "list", question
    assert q.statuses or q.degree, question


@pytest.mark.parametrize(
    "question",
    [
        "What is the status of the HR policies action?",
        "What is still needed to finish the HR policies action?",
    ],
)
def test_what_asking_a_fact_stays_a_lookup(name_index: NameIndex, question: str) -> None:
    assert analyse(question, name_index).intent == "lookup", question


@pytest.mark.parametrize(
    "question",
    [
        "What is still outstanding on R21?",
        "and what's still open on it?",
        "What remains outstanding for that action?",
        "what has been completed against 3.4 so far",
    ],
)
def test_a_state_said_of_one_row_asks_that_rows_text(name_index: NameIndex, question: str) -> None:
    # the part of a chain that asks what is left on the row found: not a list of rows in a state
    assert analyse(question, name_index).intent != "list", question


@pytest.mark.parametrize(
    "question",
    [
        "What is still outstanding in this action plan?",
        "What has been completed in that District Audit plan?",
        "what's still ongoing in that AGS action plan",
        "What is still outstanding for 2008?",
    ],
)
def test_a_state_said_of_a_paper_or_period_still_lists(
    name_index: NameIndex, question: str
) -> None:
    # 'this'/'that' before a paper's noun, or a year, is no row in focus
    assert analyse(question, name_index).intent == "list", question

"""An owner asked by the kind of post that holds the task ('which post holds X', 'what officer
has Y'): the owner column answers it as it answers 'who owns X' (issue 14). Wordings written
here, over the bundled papers and a housing association's log of data/papers/dev."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.analysis import NameIndex, analyse, asks_responsibility
from assistant.answers.router import choose_route
from assistant.service import Assistant
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
        "Which post holds the recommendation on declaring hospitality and interests?",
        "what officer has the action about standing orders compliance",
        "Which team carries the point on members' financial training?",
        "which directorate is holding the work on the contracts database",
        # the post as the doer of the task in progress
        "Which officer is progressing the point on members' financial training?",
    ],
)
def test_a_post_noun_asks_for_the_owner(name_index: NameIndex, question: str) -> None:
    q = analyse(question, name_index)
    assert q.fields == ["owner"], (question, q.fields)
    assert asks_responsibility(question)
    assert choose_route(q) == "field"
    assert not {"post", "officer", "team", "directorate"} & set(q.terms)


@pytest.mark.parametrize(
    "question",
    [
        "What role has the audit committee played in the governance review?",
        "Which actions have slipped since 2008?",
        "What post-implementation review was carried out?",
        "Which team is being restructured under the plan?",
    ],
)
def test_no_post_asked(name_index: NameIndex, question: str) -> None:
    assert "owner" not in analyse(question, name_index).fields, question


def test_the_post_is_answered_from_the_owner_column(assistant: Assistant) -> None:
    answer = assistant.ask(
        "Which post holds the recommendation on declaring hospitality and interests?"
    )
    assert answer.route == "field"
    assert "Head of Pay and Benefits" in answer.answer

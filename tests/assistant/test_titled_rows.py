"""A descriptive question about the row its subject names by the row's own heading label is
answered with that whole row (``composers.titled_row``); and whose paper it is, from a masthead
line of its own ('Report of the County Archivist.'). Issue 14, builder pr39: the bundled record
and other bodies' papers (data/papers/dev, dev11)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from assistant.answers.model import Answer
from assistant.service import Assistant
from tests.assistant.conftest import assistant_over, checked_asker

GOVERNANCE_2017 = "001_f17b8c3d3b95c95d-txt"
PURE_2008 = "002_93be34f48625d430-txt"
ARCHIVES_4 = (
    Path(__file__).resolve().parents[2] / "data" / "papers" / "dev11" / "k04_archives_md.md"
)


def _ids(answer: Answer) -> list[str]:
    return [r.id for r in answer.records]


@pytest.mark.parametrize(
    "question",
    [
        "In the 2017 governance report, what's the position on information management?",
        "What is the residual position on information management in the 2017 MPS governance report?",
        "how's information management going according to the 2017 Met report?",
    ],
)
def test_the_position_on_a_labelled_area_is_its_whole_row(
    ask: Callable[..., Answer], question: str
) -> None:
    answer = ask(question)
    assert answer.route == "passages"
    assert _ids(answer) == [f"{GOVERNANCE_2017}:3"]
    # both the current position and the residual risk column are there
    assert "6 million" in answer.answer and "yet to be approved" in answer.answer


def test_one_label_of_a_heading_cell_that_lists_several(ask: Callable[..., Answer]) -> None:
    answer = ask("What happened to control room costs under the HMIC areas for improvement?")
    assert _ids(answer) == [f"{PURE_2008}:row-37"]
    assert "transferred to TP" in answer.answer


def test_tell_me_about_a_labelled_area(ask: Callable[..., Answer]) -> None:
    answer = ask("Tell me about budgetary control in the 2017 governance report")
    assert _ids(answer) == [f"{GOVERNANCE_2017}:5"]
    assert "remains untested in practice" in answer.answer


def test_a_value_or_a_reason_asked_is_not_the_whole_row(ask: Callable[..., Answer]) -> None:
    # a reason asked: the sentences giving it, not the row the label names
    answer = ask("Why is information management still a risk?")
    assert _ids(answer) != [f"{GOVERNANCE_2017}:3"]
    # a field asked: the field route answers it
    answer = ask("Who is responsible for information management in the 2017 governance report?")
    assert answer.route == "field"


@pytest.mark.parametrize(
    ("question", "ref", "cell"),
    [
        ("What's the position on car park income at Kestrel Moors?", "AL-02", "weekly"),
        (
            "what's going on with cyber security training at Northern Valleys?",
            "NV-08",
            "mandatory",
        ),
        (
            "What does the Holmebridge college log say about subcontracted provision?",
            "HC-02",
            "Visit each subcontractor once a term.",
        ),
    ],
)
def test_a_finding_named_without_its_predicate_at_other_bodies(
    bodies_assistant: Assistant, question: str, ref: str, cell: str
) -> None:
    answer = checked_asker(bodies_assistant)(question)
    assert [r.ref for r in answer.records] == [ref]
    assert cell in answer.answer


def test_words_many_rows_hold_are_no_one_row(bodies_assistant: Assistant) -> None:
    # 'the risk register' is in several rows: a label named in part is not enough
    answer = checked_asker(bodies_assistant)("What's happening about the risk register?")
    assert len(answer.records) != 1


@pytest.fixture(scope="module")
def archives_assistant(
    real_services: object, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Assistant]:
    yield from assistant_over([ARCHIVES_4], real_services, tmp_path_factory, "archives4")


@pytest.mark.parametrize(
    "question",
    [
        "Who wrote the Wendle Valley archives follow-up report?",
        "Who presented the audit recommendations follow-up to the committee?",
        "who prepared the archives service follow-up paper?",
    ],
)
def test_a_report_of_line_answers_who_wrote_it(
    archives_assistant: Assistant, question: str
) -> None:
    answer = checked_asker(archives_assistant)(question)
    assert answer.route == "document"
    assert "Report of the County Archivist." in answer.answer

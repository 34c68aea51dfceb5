"""Lists and counts apply the condition asked, and ordinals count in the order the reader saw
(issue 14, lists and counts): an owner cell left blank asked as 'anyone named as responsible';
a status quoted as the paper writes it; the number of a body's name ('Board 2') is no claimed
count; 'one action whose target date was revised' sets the row; the one overdue row's comment;
words of the question's frame ('specific', 'needed to understand better') single out the
subject's rows holding them, never narrow to a wrong one; 'the third action in the paper', 'the
last action in the table'; 'the second of those, in the order the log lists them'. Two invented
papers of two numbered boards."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from assistant.analysis.blank_columns import blank_column
from assistant.analysis.quoted_labels import labels_unquoted
from assistant.answers.model import Answer
from assistant.conversation import Chat, Turn
from assistant.list_pick import _PAPER_ORDER
from assistant.service import Assistant
from tests.assistant.conftest import assistant_over, check_citations

_HEAD = """# Audit actions: progress report

**Body:** Wrenfold Moorings Board {board}
**Committee:** Audit Committee
**Meeting:** 12 March 2025

## Actions

| Ref | Finding | Agreed action | Responsible officer | Target date | Status | Update |
| --- | --- | --- | --- | --- | --- | --- |
"""
# rows listed out of alphabetical order of their owners, so a list by owner and the paper's
# order differ; WM03 and WM06 have no owner; WM05 is overdue at the paper's date (12 March 2025)
_ROWS_2 = """| WM01 | Understanding costs of the slipway repairs is weak. | Cost the slipway repairs. | Treasurer | 30/06/2025 | In progress | Quotes sought. |
| WM02 | Mooring fees are invoiced by hand. | Move invoicing to the finance system. | Harbour Clerk | 31/05/2025 | Partially implemented | Half the moorings moved. |
| WM03 | Buoy inspections are not logged. | Keep a log of every buoy inspection. | | 30/04/2025 | Not started | Log template drafted. |
| WM04 | Understanding costs of dredging over the year is patchy. | Report dredging costs to each meeting. | Treasurer | 31/07/2025 (was 31/01/2025) | In progress | First report tabled. |
| WM05 | Lifejackets are not checked before hire. | Check every lifejacket before it is hired out. | Harbour Clerk | 28/02/2025 | Not started | Checklist awaiting sign-off by the insurer. |
| WM06 | Key safe codes are never changed. | Change the key safe codes each quarter. | | 31/03/2025 | Complete | Codes changed in January. |
| WM07 | Insurance of the workboat lapsed. | Renew the workboat insurance annually. | Treasurer | 31/12/2024 | Complete | Renewed in December. |
"""
_ROWS_3 = """| WM01 | Pontoon lighting is faulty. | Repair the pontoon lights. | Harbour Clerk | 30/09/2025 | In progress | Electrician booked. |
| WM02 | Berth waiting list is not published. | Publish the berth waiting list. | Treasurer | 31/05/2025 | Complete | Published on the website. |
| WM03 | Fuel sales are not reconciled. | Reconcile fuel sales monthly. | Treasurer | 30/06/2025 | In progress | Two months reconciled. |
"""


@pytest.fixture(scope="module")
def wrenfold(
    real_services: object, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Assistant]:
    folder = Path(tmp_path_factory.mktemp("wrenfold-papers"))
    for board, rows in (("2", _ROWS_2), ("3", _ROWS_3)):
        paper = folder / f"wrenfold_board_{board}.md"
        paper.write_text(_HEAD.format(board=board) + rows, encoding="utf-8")
    yield from assistant_over(
        sorted(folder.glob("*.md")), real_services, tmp_path_factory, "wrenfold"
    )


def _refs(answer: Answer) -> list[str]:
    return [str(r.ref) for r in answer.records]


def _chat(assistant: Assistant, questions: list[str]) -> list[str]:
    chat, turns, standalones = Chat(assistant), [], []
    for question in questions:
        turns.append(Turn(role="user", content=question))
        result = chat.respond(turns)
        standalones.append(result.standalone)
        turns.append(Turn(role="assistant", content=result.answer.answer))
    return standalones


@pytest.mark.parametrize(
    "question",
    [
        "Which actions in the Board 2 report don't have anyone named as responsible?",
        "Which Board 2 actions have nobody named as responsible?",
        "List the actions in Wrenfold Moorings Board 2's report that do not have anyone accountable.",
        "Which Board 2 actions have no owner?",
    ],
)
def test_blank_owner_cells_are_the_condition(wrenfold: Assistant, question: str) -> None:
    answer = wrenfold.ask(question)
    assert not answer.abstained
    assert sorted(_refs(answer)) == ["WM03", "WM06"], answer.answer
    assert "not 2" not in answer.answer  # 'Board 2' is a name's number, no claimed count
    check_citations(wrenfold, answer)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "In the Board 2 report, how many actions have the status 'In progress' or "
            "'Partially implemented'?",
            ["WM01", "WM02", "WM04"],
        ),
        ("How many Board 2 actions are marked 'Not started'?", ["WM03", "WM05"]),
        ("Which actions in the Board 2 paper have a status of 'Partially implemented'?", ["WM02"]),
    ],
)
def test_a_quoted_status_is_the_filter(
    wrenfold: Assistant, question: str, expected: list[str]
) -> None:
    answer = wrenfold.ask(question)
    assert sorted(_refs(answer)) == expected, answer.answer
    assert f"**{len(expected)}" in answer.answer


def test_one_revised_row_is_the_one_asked(wrenfold: Assistant) -> None:
    for question in (
        "Board 2's report has one action whose target date was revised. Who is responsible for it?",
        "The Board 2 paper has one action whose target date moved - who owns it?",
    ):
        answer = wrenfold.ask(question)
        assert _refs(answer) == ["WM04"], answer.answer
        assert "Treasurer" in answer.answer


def test_the_one_overdue_row_gives_its_comment(wrenfold: Assistant) -> None:
    for question in (
        "What comment did the Board 2 report give against the one action that was overdue?",
        "Who owns the overdue action in the Board 2 report?",
    ):
        answer = wrenfold.ask(question)
        assert _refs(answer) == ["WM05"], answer.answer  # not WM04, whose date only moved
    answer = wrenfold.ask(
        "What comment did the Board 2 report give against the one action that was overdue?"
    )
    assert "awaiting sign-off by the insurer" in answer.answer


def test_frame_words_single_out_the_subject_rows(wrenfold: Assistant) -> None:
    for question in (
        "What were the specific cost areas the Board 2 report said it needed to understand better?",
        "Which particular cost areas does the Board 2 paper say need understanding?",
    ):
        answer = wrenfold.ask(question)
        assert sorted(_refs(answer)) == ["WM01", "WM04"], answer.answer
        assert "does not narrow by" not in answer.answer


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("What is the third action in the Board 2 report?", ["WM03"]),
        ("Who owns the last action in the Board 2 table?", ["WM07"]),
        ("What are the first two actions in the Board 3 paper?", ["WM01", "WM02"]),
        ("Who is responsible for the second action in the Board 3 report?", ["WM02"]),
    ],
)
def test_a_row_by_its_place_in_the_paper(
    wrenfold: Assistant, question: str, expected: list[str]
) -> None:
    answer = wrenfold.ask(question)
    assert sorted(_refs(answer)) == expected, answer.answer
    assert {r.document.title for r in answer.records} == {"Audit actions: progress report"}


def test_an_ordinal_of_time_picks_no_row() -> None:
    from assistant.analysis.ordinal_rows import _ORDINAL_ROW

    assert _ORDINAL_ROW.search("Which is the first action due in the Board 2 report?") is None
    assert _ORDINAL_ROW.search("what was the last action to be completed?") is None


def test_ordinals_after_a_list_count_as_the_reader_saw(wrenfold: Assistant) -> None:
    opened = "Which actions does the Treasurer have in the Board 2 report?"
    first = wrenfold.ask(opened)
    assert sorted(_refs(first)) == ["WM01", "WM04", "WM07"]
    said = _chat(wrenfold, [opened, "who owns teh first of those?"])
    shown_first = _refs(first)[0]
    assert shown_first in said[1]
    said = _chat(
        wrenfold,
        [opened, "the second of those, in the order the report lists them - when was it due?"],
    )
    assert "WM04" in said[1] and "order" not in said[1].split("WM04")[1]


def test_readings_of_the_condition_words() -> None:
    owner = [
        "Which actions don't have anyone named as responsible?",
        "which items have nobody named as accountable for them?",
        "which actions have no one in charge?",
    ]
    assert all((b := blank_column(q)) and b[0] == "owner" for q in owner)
    assert blank_column("Which actions have someone in charge?") is None
    held = {"d1": {"In progress", "Complete"}}
    question = "how many have the status 'In progress' or 'Done'?"
    plain = "how many have the status               or       ?"
    assert labels_unquoted(plain, question, held, ["d1"]).split() == [
        *"how many have the status In progress or".split(),
        "?",
    ]
    assert _PAPER_ORDER.match(", in the order the log lists them")
    assert _PAPER_ORDER.match(" as the report lists them")
    assert not _PAPER_ORDER.match(" - who owns it?")


def test_paper_order_sorts_each_papers_rows_by_their_place() -> None:
    from assistant.list_pick import in_paper_order
    from ingest.model import ActionRecord, DocumentRef

    def row(doc: str, ordinal: int) -> ActionRecord:
        paper = DocumentRef(id=doc, title=doc, filename=f"{doc}.md")
        return ActionRecord(
            id=f"{doc}:{ordinal}",
            document=paper,
            ordinal=ordinal,
            title="t",
            source_text="t",
            source_start=0,
            source_end=1,
        )

    shown = [row("b", 5), row("a", 9), row("b", 2), row("a", 1)]
    records, names = in_paper_order(shown, ["b5", "a9", "b2", "a1"])
    assert names == ["b2", "b5", "a1", "a9"]  # papers as first shown; rows by place
    assert [r.id for r in records] == ["b:2", "b:5", "a:1", "a:9"]

"""A follow-up bound to the row the asker means: a row's paper named so that no other paper
answers to the name (papers of several bodies, or years, under one title), a turn naming
another paper moved to the same issue there, and 'the one after that' stepping through the
list the row was picked from."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from assistant.antecedents import Previous, join_names
from assistant.conversation import Chat, Turn
from assistant.neighbour_row import neighbour_row
from assistant.paper_names import distinct_names
from assistant.referring import swap_subject
from assistant.service import Assistant
from ingest.model import DocumentInfo
from tests.assistant.conftest import assistant_over

PURE = "002_93be34f48625d430-txt"
# three harbour boards' papers of data/papers/dev12: one title, one year, the same refs
HARBOUR_DIR = Path(__file__).resolve().parents[2] / "data" / "papers" / "dev12"
HARBOUR_PAPERS = ("m01_harbour_html.html", "m03_harbour_pdf.pdf", "m04_harbour_docx.docx")


@pytest.fixture(scope="module")
def harbour(real_services: object, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Assistant]:
    yield from assistant_over(
        [HARBOUR_DIR / name for name in HARBOUR_PAPERS], real_services, tmp_path_factory, "harbour"
    )


def _paper(key: str, title: str, body: str | None, year: int | None) -> DocumentInfo:
    return DocumentInfo(
        id=key, filename=f"{key}.pdf", format="pdf", sha256=key, title=title,
        organisation=body, year=year,
    )  # fmt: skip


def test_a_paper_is_named_by_what_tells_it_apart() -> None:
    names = distinct_names(
        [
            _paper("a", "Action tracker", "Wendle Council", 2023),
            _paper("b", "Action tracker", "Wendle Council", 2024),
            _paper("c", "Progress report", "Ashby Board", 2024),
            _paper("d", "Progress report", "Calder Board", 2024),
            _paper("e", "Annual statement", "Calder Board", None),
            _paper("f", "Audit log", None, 2024),
            _paper("g", "Audit log", None, 2024),
        ]
    )
    assert names["a"] == "2023 Action tracker" and names["b"] == "2024 Action tracker"
    assert names["c"] == "Ashby Board Progress report"
    assert names["d"] == "Calder Board Progress report"
    assert names["e"] == "Annual statement"  # no other paper has its title
    assert names["f"] == names["g"] == "Audit log"  # nothing tells them apart: the title


def test_rows_of_one_paper_are_named_with_that_papers_name() -> None:
    class Doc:
        id, title = "p", "Progress report"

    class Row:
        document = Doc()

    rows = [Row(), Row()]
    names = ["HB02 in the Ashby Board Progress report", "HB07 in the Ashby Board Progress report"]
    joined = join_names(rows, names)  # type: ignore[arg-type]
    assert joined == "HB02 and HB07 in the Ashby Board Progress report"


def test_a_paper_swapped_in_keeps_one_preposition() -> None:
    last = "what does item 2 in the MPS Governance Report's update say"
    assert swap_subject(last, "in the 2007/08 plan") == (
        "what does item 2 in the 2007/08 plan's update say"
    )
    assert swap_subject("who owns R3 in the PURE plan", "the 2002 report") == (
        "who owns R3 in the 2002 report"
    )
    assert swap_subject("who owns the risk action", "in the 2002 report") == (
        "who owns the risk action in the 2002 report"
    )


def test_the_one_after_a_row_picked_from_a_list_is_the_next_shown(assistant: Assistant) -> None:
    rows = {r.ref: r for r in assistant.register.of_document(PURE)}
    shown = [rows[ref] for ref in ("R3", "R4", "R8", "R9")]
    picked = Previous("Who owns R4?", [rows["R4"]], ["R4"], pool=shown, pool_names=[])
    for question, ref in (
        ("and the one after that?", "R8"),
        ("the next one - who owns it?", "R8"),
        ("and the previous one?", "R3"),
    ):
        found = neighbour_row(question, picked, assistant.register)
        assert found is not None and [r.ref for r in found[1].records] == [ref], question
    # asked of the row by itself, the paper's own order: R4 then R5
    alone = Previous("Who owns R4?", [rows["R4"]], ["R4"])
    found = neighbour_row("and the one after that?", alone, assistant.register)
    assert found is not None and [r.ref for r in found[1].records] == ["R5"]
    # past the end of the list shown: the paper's next row
    last = Previous("Who owns R9?", [rows["R9"]], ["R9"], pool=shown)
    found = neighbour_row("and the next one?", last, assistant.register)
    assert found is not None and [r.ref for r in found[1].records] == ["R10"]


def _talk(assistant: Assistant, *questions: str) -> list[tuple[str, list[str]]]:
    """Each turn's standalone question with the records its answer gave ('doc id:ref')."""
    chat, messages, turns = Chat(assistant), [], []
    for question in questions:
        messages.append(Turn(role="user", content=question))
        result = chat.respond(messages)
        turns.append(
            (result.standalone, [f"{r.document.id}:{r.ref}" for r in result.answer.records])
        )
        messages.append(Turn(role="assistant", content=result.answer.answer))
    return turns


def _papers(rows: list[str]) -> set[str]:
    return {row.rsplit(":", 1)[0] for row in rows}


def _board(assistant: Assistant, number: int) -> str:
    return next(
        d.id
        for d in assistant.documents()
        if d.organisation == f"Saltcombe Haven Harbour Board {number}"
    )


def test_a_ref_every_paper_has_stays_in_the_paper_of_the_conversation(harbour: Assistant) -> None:
    board3 = _board(harbour, 3)
    for opening in (
        "Who owns HB03 in the Saltcombe Haven Harbour Board 3 paper?",
        "What is the status of HB03 for Saltcombe Haven Harbour Board 3?",
        "What does the Saltcombe Haven Harbour Board 3 paper say about the dredging contract?",
    ):
        for then in ("when is it due?", "is HB05 done?", "and who owns HB08?"):
            (_, first), (asked, rows) = _talk(harbour, opening, then)
            assert _papers(first) <= {board3}, (opening, first)  # (a passage answer: none)
            assert rows and _papers(rows) == {board3}, (opening, then, asked, rows)


def test_a_pick_from_a_list_stays_in_its_paper(harbour: Assistant) -> None:
    board4 = _board(harbour, 4)
    turns = _talk(
        harbour,
        "Which actions in the Saltcombe Haven Harbour Board 4 paper are complete?",
        "the second one - who owns it?",
        "and the first?",
    )
    for asked, rows in turns:
        assert rows and _papers(rows) == {board4}, (asked, rows)
    shown = turns[0][1]
    assert turns[1][1] == shown[1:2] and turns[2][1] == shown[:1], turns


def test_another_paper_named_moves_to_the_same_issue_there(harbour: Assistant) -> None:
    board1 = _board(harbour, 1)
    for then in (
        "and in the Board 1 paper?",
        "what about the Saltcombe Haven Harbour Board 1 one?",
    ):
        (_, _), (_, _), (asked, rows) = _talk(
            harbour,
            "What is the status of the dredging contract action for Saltcombe Haven Harbour Board 4?",
            "who is responsible?",
            then,
        )
        assert _papers(rows) == {board1} and rows[0].endswith(":HB03"), (then, asked, rows)
        answer = harbour.ask(asked)
        assert "dredging" in answer.answer.lower(), asked

"""A ref scoped by a heading of its paper, and a turn that keeps its ref and moves the scope to
another paper (assistant.analysis.headings, assistant.scope_move)."""

from __future__ import annotations

from collections.abc import Iterator
from types import SimpleNamespace
from typing import Any, cast

import pytest

from assistant.analysis import QueryAnalysis
from assistant.analysis.headings import heading_scope
from assistant.antecedents import Previous
from assistant.register import Register
from assistant.scope_move import in_conversation_paper, same_ref_elsewhere
from assistant.service import Assistant
from ingest.model import ActionRecord, DocumentRef
from tests.assistant.conftest import assistant_over
from tests.assistant.test_follow_ups import converse
from tests.assistant.test_followup_row_binding import HARBOUR_DIR, HARBOUR_PAPERS


@pytest.fixture(scope="module")
def boards(real_services: object, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Assistant]:
    """Three harbour boards' papers of data/papers/dev12: one title, one year, the same refs."""
    yield from assistant_over(
        [HARBOUR_DIR / name for name in HARBOUR_PAPERS], real_services, tmp_path_factory, "boards"
    )


AUDIT = "Use of Resources: Auditor's Recommendations"
INSPECTION = "Fire Safety Inspection 2019 (Recommendations)"


def _row(ref: str, section: str, paper: str = "p1", text: str = "", **fields: Any) -> ActionRecord:
    document = DocumentRef(
        id=paper, title=f"Estates Plan {paper}", filename=f"{paper}.txt", date="2019-06-30"
    )
    data: dict[str, Any] = {
        "id": f"{paper}:{ref}",
        "document": document,
        "section": section,
        "ref": ref,
        "ordinal": 1,
        "title": text or "Review the estates strategy",
        "source_text": text or "Review the estates strategy",
        "source_start": 0,
        "source_end": 27,
        "report_date": "2019-06-30",
        "year": 2019,
    }
    data.update(fields)
    return ActionRecord(**data)


PLAIN = _row("R2", AUDIT, text="Publish the annual letter on the web site")
SERIES = _row("FSI R2", INSPECTION, text="Test the alarms every week")


class _Register:
    """The calls the mechanisms make of a register."""

    def __init__(self, rows: list[ActionRecord]) -> None:
        self.rows = rows

    def all(self) -> list[ActionRecord]:
        return self.rows

    def with_refs(self, refs: list[str]) -> list[ActionRecord]:
        return [r for r in self.rows if (r.ref or "").lower() in refs]

    def of_document(self, document_id: str) -> list[ActionRecord]:
        return [r for r in self.rows if r.document.id == document_id]

    def memo(self, key: str, make: object) -> dict[str, str]:
        return {}  # no catalog: a paper is named by its title


def _register(*rows: ActionRecord) -> Register:
    return cast(Register, _Register(list(rows)))


@pytest.mark.parametrize(
    "question",
    [
        "what's R2 in the fire safety inspection?",
        "and R2 in the 2019 fire safety list?",
        "who owns R2 under the safety heading?",
    ],
)
def test_a_heading_named_by_its_own_words_scopes_the_ref(question: str) -> None:
    assert heading_scope(question, [PLAIN, SERIES]) == [SERIES]


@pytest.mark.parametrize(
    "question",
    [
        "and R2 in the auditor's list?",
        "what about R2 of the use of resources recommendations?",
        "R2 on resources, who has it?",
    ],
)
def test_the_other_heading_is_named_as_well(question: str) -> None:
    assert heading_scope(question, [PLAIN, SERIES]) == [PLAIN]


def test_no_heading_named_or_words_the_other_row_writes_leave_the_ref_alone() -> None:
    assert heading_scope("who owns R2?", [PLAIN, SERIES]) is None
    # the paper's own title and a year name the paper, not a list
    assert heading_scope("R2 in the 2019 estates plan?", [PLAIN, SERIES]) is None
    # 'alarms' is the series row's own word: it may describe it, not name a heading
    writes = _row("R2", AUDIT, text="Test the fire safety alarms")
    assert heading_scope("R2 on fire safety?", [writes, SERIES]) is None
    # one heading only: nothing to choose
    assert heading_scope("R2 in the fire safety inspection?", [SERIES]) is None
    # rows of two papers: the papers' names choose, not a heading of one of them
    other = _row("R2", AUDIT, paper="p2")
    assert heading_scope("R2 in the fire safety inspection?", [other, SERIES]) is None


def test_a_heading_turn_is_not_read_in_the_series_the_conversation_was_in() -> None:
    register = _register(PLAIN, SERIES, _row("FSI R3", INSPECTION))
    turn = Previous("Who owns FSI R3?", [register.all()[2]], ["FSI R3"])
    assert in_conversation_paper("and R2 in the auditor's list?", turn, register) is None
    # no heading named: the bare ref is the series' own, as before
    assert in_conversation_paper("and R2?", turn, register) == "and FSI R2?"


BOARD_2 = _row("HB03", "Actions", paper="b2")
BOARD_6 = _row("HB03", "Actions", paper="b6", text="Retender the dredging contract")


def _analyse(question: str) -> QueryAnalysis:
    """Papers named as 'Board N's report', and a comparison by its verb (the analysis's part,
    stood in for)."""
    named = [f"b{n}" for n in "123456789" if f"board {n}" in question.lower()]
    intent = "compare" if "compare" in question.lower() else "lookup"
    return cast(QueryAnalysis, SimpleNamespace(documents=named, intent=intent))


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        (
            "What about the same ref in Board 6's report, where is it at there?",
            "What about HB03 in Board 6's report, where is it at there?",
        ),
        ("And in Board 6's paper, who has that one?", "And in Board 6's paper, who has HB03?"),
        ("is it complete at board 6?", "is HB03 complete at board 6?"),
        ("what does Board 6 give as that same action's deadline there?", None),
        ("and at board 6, when was the paper itself out?", None),
        ("Board 6 has the same item - how does its status there compare?", None),
    ],
)
def test_a_pointer_in_a_turn_naming_another_paper_is_the_row_in_focus(
    question: str, asked: str | None
) -> None:
    register = _register(BOARD_2, BOARD_6)
    turn = Previous("Who owns HB03 in Board 2's report?", [BOARD_2], ["HB03"])
    if asked is None:  # no pointer, or the paper named as no scope: left to the other rules
        assert same_ref_elsewhere(question, turn, register, _analyse) is None
    else:
        assert same_ref_elsewhere(question, turn, register, _analyse) == asked


def test_a_row_with_no_ref_is_followed_by_its_title_into_the_paper_named() -> None:
    fifth = _row("", "Actions", paper="b5", text="The scheme of delegation was not reviewed")
    sixth = _row("", "Actions", paper="b6", text="The scheme of delegation was not reviewed")
    other = _row("", "Actions", paper="b6", text="Lone working has no procedure")
    register = _register(fifth, sixth, other)
    turn = Previous("Who owns it in Board 5's report?", [fifth], ["“The scheme …”"])
    moved = same_ref_elsewhere(
        "what about in board 6's report - who owns it there?", turn, register, _analyse
    )
    assert moved == (
        "Who owns “The scheme of delegation was not reviewed” in the Estates Plan b6 there?"
    )
    # a paper with no row of that title: asked as written
    lone = Previous("Who owns it?", [other], ["“Lone …”"])
    assert same_ref_elsewhere("and at board 5, who has it?", lone, register, _analyse) is None


def test_a_paper_without_the_ref_or_the_same_paper_moves_nothing() -> None:
    register = _register(BOARD_2, BOARD_6)
    turn = Previous("Who owns HB03 in Board 2's report?", [BOARD_2], ["HB03"])
    assert (
        same_ref_elsewhere("and in Board 3's report, who has it?", turn, register, _analyse) is None
    )
    assert (
        same_ref_elsewhere("and in Board 2's report, is it done?", turn, register, _analyse) is None
    )
    # 'that report' is the paper itself
    assert same_ref_elsewhere("who wrote that report at board 6?", turn, register, _analyse) is None
    # two rows in focus: no one row to carry
    two = Previous("Which are open?", [BOARD_2, _row("HB04", "Actions", paper="b2")], [])
    assert same_ref_elsewhere("and at board 6, who has that one?", two, register, _analyse) is None


@pytest.mark.slow
def test_a_list_named_by_its_heading_moves_the_ref_within_the_paper(assistant: Assistant) -> None:
    series, plain, owner = converse(
        assistant,
        "who is supposed to deliver HMIC R3 on benchmarking information?",
        "and R3 in the Audit Commission list?",
        "who owns that one",
    )
    assert [r.ref for r in series.answer.records] == ["HMIC R3"]
    assert [r.ref for r in plain.answer.records] == ["R3"]
    assert (
        plain.answer.records[0].section
        == "Audit Commission Police Use of Resources Recommendations"
    )
    assert "Director of Strategy" in owner.answer.answer


@pytest.mark.slow
@pytest.mark.parametrize(
    "question",
    [
        "what's R2 in the 2008 HMIC inspection then?",
        "who leads on R2 of the HMIC inspection?",
        "R2 under the HMIC resource leverage heading - what is it?",
    ],
)
def test_a_bare_ref_in_a_heading_named_is_the_row_under_it(
    assistant: Assistant, question: str
) -> None:
    answer = assistant.ask(question)
    assert [r.ref for r in answer.records] == ["HMIC R2"]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("question", "held"),
    [
        ("when was that one originally due?", "December 2008"),
        ("who is responsible for that one?", "item 3"),
    ],
)
def test_a_subject_asked_with_a_time_adverb_is_the_row_quoted_about_it(
    assistant: Assistant, question: str, held: str
) -> None:
    _, asked = converse(
        assistant, "was partnership governance already an issue in the 2007/08 statement?", question
    )
    assert held in f"{asked.standalone} {asked.answer.answer}"
    assert [r.ref for r in asked.answer.records][:1] == ["3"]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("question", "paper"),
    [
        ("And in Board 1's paper, who has that one?", "m01_harbour_html-html"),
        (
            "What about the same ref in Board 3's report, where is it at there?",
            "m03_harbour_pdf-pdf",
        ),
        ("is it complete at board 1?", "m01_harbour_html-html"),
    ],
)
def test_the_row_in_focus_is_followed_into_the_paper_a_turn_names(
    boards: Assistant, question: str, paper: str
) -> None:
    *_, moved = converse(
        boards,
        "Harbour Board 4: how is HB07 (members' declarations of interest) getting on?",
        "when was it meant to be done before the date got moved?",
        "whats the name of the chief exec who signed it off?",
        question,
    )
    assert "HB07" in moved.standalone
    assert [(r.ref, r.document.id) for r in moved.answer.records] == [("HB07", paper)]


@pytest.mark.slow
@pytest.mark.parametrize(
    "question",
    [
        "Mooring chains: is harbour board 1 or harbour board 4 further along?",
        "is harbour board 4 or harbour board 1 further along on the mooring chains?",
        "Are the mooring chain inspections further along at harbour board 1 or harbour board 4?",
    ],
)
def test_two_sides_that_are_two_papers_compare_the_one_row_in_each(
    boards: Assistant, question: str
) -> None:
    answer = boards.ask(question)
    assert {(r.ref, r.document.id[:3]) for r in answer.records[:2]} == {
        ("HB01", "m01"),
        ("HB01", "m04"),
    }

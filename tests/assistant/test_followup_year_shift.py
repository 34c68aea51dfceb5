"""A follow-up that moves the year ('and a year later?', 'what did last year's tracker say?')
is asked of the same body's paper of that year, of the row the conversation was about there;
and 'the other one' after a turn that quoted passages picks from the list before it; a post
whose words name a category too ('owned by Head of Visitor Operations') is read as the owner."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any, cast

import pytest

from assistant.antecedents import Previous
from assistant.conversation import Chat, Turn
from assistant.followups import rewrite_by_rules
from assistant.register import Register
from assistant.service import Assistant
from assistant.year_shift import shift_year, shifted
from ingest.model import ActionRecord, DocumentInfo
from tests.assistant.fake_catalog import PapersCatalog
from tests.assistant.test_followup_focus import record

BODY = "Marsh Lane Trust"


def paper(doc_id: str, year: int, organisation: str = BODY) -> DocumentInfo:
    return DocumentInfo(
        id=doc_id,
        filename=f"{doc_id}.txt",
        format="txt",
        sha256="0",
        title=f"Audit tracker {doc_id}",
        organisation=organisation,
        year=year,
    )


PAPERS = [paper("m21", 2021), paper("m22", 2022), paper("m23", 2023), paper("o22", 2022, "Other")]


def row(ref: str, doc: DocumentInfo) -> ActionRecord:
    return record(ref, id=f"{doc.id}:{ref}", document=doc.ref(), year=doc.year)


def about(rows: list[ActionRecord], asked: str = "Who owns MT-3 in the 2022 tracker") -> Previous:
    return Previous(asked, rows, [r.ref or "" for r in rows], route="register")


def test_the_year_is_counted_from_the_paper_the_turn_rested_on() -> None:
    before = about([row("MT-3", PAPERS[1])])
    for question, text, doc_id in (
        ("and a year later?", "and in 2023?", "m23"),
        ("What about the year before?", "What about in 2021?", "m21"),
        ("and the year after that?", "and in 2023?", "m23"),
        ("what did last year's tracker say about it?", "what did the 2021 tracker say", "m21"),
        ("And in the following year's report, is it done?", "And in the 2023 report", "m23"),
    ):
        shift = shift_year(question, before, PAPERS)
        assert shift is not None and shift.document.id == doc_id, question
        assert shift.question.startswith(text), shift.question


def test_no_year_is_moved_without_one_paper_that_way() -> None:
    before = about([row("MT-3", PAPERS[2])], "Who owns MT-3")
    assert shift_year("and a year later?", before, PAPERS) is None  # no later paper
    assert shift_year("and the year before, in 2020?", before, PAPERS) is None  # a year named
    assert shift_year("who owns it?", before, PAPERS) is None
    assert shift_year("and when is the next review?", before, PAPERS) is None  # one to come
    carried = about([row("MT-3", PAPERS[1])])  # rows related to the earlier paper: no shift
    assert shift_year("which were brought forward from the previous plan?", carried, PAPERS) is None
    tied = [*PAPERS, paper("m21b", 2021)]
    assert shift_year("and the year before?", about([row("MT-3", PAPERS[1])]), tied) is None
    bodies = about([row("MT-3", PAPERS[1]), row("OT-1", PAPERS[3])])
    assert shift_year("and a year later?", bodies, PAPERS) is None


def test_a_year_the_last_question_named_counts_when_its_rows_are_of_another_paper() -> None:
    # the turn found the 2023 paper's row when the user asked of 2021: 'a year later' is 2022
    before = about([row("MT-3", PAPERS[2])], "What was the status of MT-3 in the 2021 tracker")
    shift = shift_year("and a year later?", before, PAPERS)
    assert shift is not None and shift.document.id == "m22"


class _Register:
    """The two lookups :func:`shifted` makes of the register, over a few rows."""

    def __init__(self, rows: list[ActionRecord]) -> None:
        self.rows = rows

    def with_refs(self, refs: list[str]) -> list[ActionRecord]:
        return [r for r in self.rows if (r.ref or "").lower() in refs]

    def memo(self, key: str, build: Any) -> Any:
        return build()

    @property
    def catalog(self) -> Any:  # the papers, for how a follow-up names each (paper_names)
        return PapersCatalog(PAPERS)

    def threads(self) -> Any:
        class _None:
            def thread_of(self, _: str) -> None:
                return None

        return _None()


def test_the_row_in_focus_is_moved_to_the_paper_of_that_year() -> None:
    old, new = row("MT-3", PAPERS[1]), row("MT-3", PAPERS[2])
    register = cast(Register, _Register([old, new, row("MT-4", PAPERS[2])]))
    moved = shifted("And a year later, how far had it got?", about([old]), PAPERS, register)
    assert moved is not None
    question, previous = moved
    assert question == "How far had it got?"  # the frame left out: the paper is a filter
    assert previous is not None and [r.id for r in previous.records] == ["m23:MT-3"]
    moved = shifted(
        "What did last year's tracker say its status was?", about([old]), PAPERS, register
    )
    assert moved is not None and moved[0] == "What did the 2021 tracker say its status was?"
    inner = shifted(
        "What did next year's tracker say its status was?", about([old]), PAPERS, register
    )
    assert inner is not None and inner[0] == "What did the 2023 tracker say MT-3's status was?"


def test_the_other_one_after_passages_picks_from_the_list_before_them() -> None:
    ea4, ea7 = record("EA-4"), record("EA-7")
    picked = Previous(
        "Has EA-4 moved", [ea4], ["EA-4"], pool=[ea4, ea7], pool_names=["EA-4", "EA-7"]
    )
    quoted = Previous(
        "How much was recovered", [record("EA-9")], ["EA-9"], quoted=True, before=picked
    )
    history = [Turn(role="user", content="…"), Turn(role="assistant", content="…")]
    asked = rewrite_by_rules("And is the other one done?", history, quoted)
    assert asked is not None and "EA-7" in asked and "EA-9" not in asked, asked


GARDENS = Path(__file__).resolve().parents[2] / "data" / "papers" / "dev3"
GARDENS_PAPERS = ("u01_pellingford_gardens_ia_2023.docx", "u02_pellingford_gardens_ia_2024.pdf")


@pytest.fixture(scope="module")
def gardens(real_services: object, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Chat]:
    """A chat over one body's papers of two years, in which the same refs recur."""
    from assistant.container import Services
    from assistant.settings import load_settings

    index = tmp_path_factory.mktemp("gardens-index")
    settings = load_settings(index_dir=index)
    settings.ingest.pdf_in_subprocess = False
    services = Services(settings, embedder=real_services.embedder)  # type: ignore[attr-defined]
    result = services.indexer.ingest_paths([GARDENS / name for name in GARDENS_PAPERS])
    assert not result.skipped, result.skipped
    yield Chat(Assistant(services))
    services.catalog.close()
    shutil.rmtree(index, ignore_errors=True)


def _talk(chat: Chat, questions: list[str]) -> list[set[str]]:
    """The papers each turn's answer rested on."""
    turns: list[Turn] = []
    papers = []
    for question in questions:
        turns.append(Turn(role="user", content=question))
        answer = chat.respond(turns).answer
        papers.append({r.document.id for r in answer.records})
        turns.append(Turn(role="assistant", content=answer.answer))
    return papers


def test_a_year_on_or_back_is_asked_of_that_years_paper(gardens: Chat) -> None:
    old, new = "u01_pellingford_gardens_ia_2023-docx", "u02_pellingford_gardens_ia_2024-pdf"
    on = _talk(
        gardens, ["Who owns PBG-23-02 in the 2022/23 tracker?", "And a year later, is it done?"]
    )
    assert on[1] == {new}, on
    back = _talk(
        gardens,
        ["What is the status of PBG-23-11 in the March 2024 follow-up?", "And the year before?"],
    )
    assert back[1] == {old}, back


def test_a_post_holding_a_category_name_is_read_as_the_owner(gardens: Chat) -> None:
    # 'Visitor operations' is also a category of the gardens' rows: inside the post it is no
    # category (the follow-up 'what else do they own?' is asked in these words)
    asked = "Which actions other than PBG-23-09 are owned by Head of Visitor Operations?"
    analysed = gardens.assistant.analyse(asked)
    assert analysed.owner == "Head of Visitor Operations" and analysed.category is None
    answer = gardens.assistant.ask(asked)
    assert answer.records and {r.owner for r in answer.records} == {"Head of Visitor Operations"}

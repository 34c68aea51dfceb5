"""Follow-ups that keep their rows and refs read against the refs held (made-up records, no
index, except the one bundled second hop): 'when is it due?' after a list of one paper's rows
asks of those rows, not of the paper; 'a matching one in the other list?' of one paper finds
the row sharing its rarer words; 'REC 12(a)' is the held 'REC 12a', 'tier-1' no ref."""

from __future__ import annotations

import pytest

from assistant.analysis.names import NameIndex
from assistant.analysis.ref_forms import read_as_held
from assistant.analysis.targets import _dated_papers
from assistant.analysis.value_asks import what_in_state
from assistant.antecedents import Previous
from assistant.conversation import Chat, Turn
from assistant.followups import rewrite_by_rules
from assistant.other_paper_row import paper_named
from assistant.paper_names import distinct_names
from assistant.rows_of_it import asks_row_column
from assistant.scope_move import same_row
from assistant.service import Assistant
from assistant.similar_row import worded_match
from ingest.model import DocumentInfo
from tests.assistant.test_followup_focus import HISTORY
from tests.assistant.test_followup_owner_back import record

LISTED = Previous(
    "Which actions in the Waste Contract Tracker have not been started?",
    [record("WC-4", "Clerk"), record("WC-9", "Finance Officer")],
    ["WC-4", "WC-9"],
    route="register",
)


@pytest.mark.parametrize(
    "question",
    [
        "when was it supposed to be done by?",
        "and who is responsible for it?",
        "what's its deadline?",
        "when is it meant to be finished?",
    ],
)
def test_a_column_asked_of_it_after_a_list_asks_of_the_rows_shown(question: str) -> None:
    asked = rewrite_by_rules(question, HISTORY, LISTED) or ""
    assert "WC-4" in asked and "WC-9" in asked
    assert "Waste Contract Tracker" not in asked.replace("in the Waste Contract Tracker", "")


@pytest.mark.parametrize("question", ["who wrote it?", "when was it published?"])
def test_a_fact_of_a_paper_asked_of_it_stays_the_papers(question: str) -> None:
    asked = rewrite_by_rules(question, HISTORY, LISTED) or ""
    assert "WC-4" not in asked and "Waste Contract Tracker" in asked


def test_what_asks_a_row_column() -> None:
    assert asks_row_column("when is it due?") and asks_row_column("who's chasing it?")
    assert not asks_row_column("who wrote it?") and not asks_row_column("what date is it?")


def _row(ref: str, section: str, title: str, progress: str) -> object:
    return record(ref, "Clerk", section=section, title=title, progress=progress)


def test_the_row_of_another_list_sharing_the_rarer_words_is_the_match() -> None:
    focus = _row("A1", "Inspection", "Benefits tracking", "A tracking tool is trialled in Q4.")
    rows = [
        _row("R1", "Audit", "Budget setting", "The budget is agreed by the board."),
        _row("R2", "Audit", "Record benefits", "A benefits tracking tool is trialled in Q4."),
        _row("R3", "Audit", "Board reports", "Reports go to the board each quarter."),
    ]
    assert worded_match(focus, rows, [focus, *rows]) is rows[1]  # type: ignore[arg-type]


def test_no_row_clearly_leads_no_match() -> None:
    focus = _row("A1", "Inspection", "Budget board", "The budget goes to the board.")
    rows = [
        _row("R1", "Audit", "Budget board", "The budget goes to the board yearly."),
        _row("R2", "Audit", "Board budget", "The budget goes to the board monthly."),
    ]
    assert worded_match(focus, rows, [focus, *rows]) is None  # type: ignore[arg-type]


def test_a_matching_row_of_another_list_of_the_same_paper(assistant: Assistant) -> None:
    chat = Chat(assistant)
    first = "What is R25 in the PURE plan about?"
    shown = chat.respond([Turn(role="user", content=first)]).answer.answer
    turns = [Turn(role="user", content=first), Turn(role="assistant", content=shown)]
    follow = "is there a corresponding item in the HMIC areas for improvement?"
    result = chat.respond([*turns, Turn(role="user", content=follow)])
    assert "Benefits tracking" in result.standalone, result.standalone


HELD = {r.lower(): r for r in ("REC 12a", "REC 12b", "ICT-SEC-11b", "IA-05", "12", "R7")}


@pytest.mark.parametrize(
    ("question", "read", "ref"),
    [
        ("Who owns REC 12(a)?", ["12"], "REC 12a"),
        ("who owns rec 12 (b)?", ["12"], "REC 12b"),
        ("When is REC 12a due?", ["REC 12A"], "REC 12a"),
        ("who owns ICT-SEC-11(b)?", ["ICT-SEC-11"], "ICT-SEC-11b"),
        ("what is 12b about?", [], "REC 12b"),
    ],
)
def test_a_sub_ref_is_the_held_row(question: str, read: list[str], ref: str) -> None:
    assert read_as_held(question, read, HELD) == [ref]


@pytest.mark.parametrize(
    ("question", "read", "kept"),
    [
        ("who co-ordinates the tier-1 exercise?", ["TIER-1"], []),
        ("which post-2020 actions are open?", ["POST-2020"], []),
        ("is ia-07 done?", ["IA-07"], ["IA-07"]),  # the held refs' shape: a ref not held
        ("who owns QX-07?", ["QX-07"], ["QX-07"]),  # written as a code
        ("what about R7 (ii)?", ["R7"], ["R7"]),  # a parent held, no sub-row: the parent
    ],
)
def test_a_hyphenated_word_is_a_ref_only_in_the_held_shape(
    question: str, read: list[str], kept: list[str]
) -> None:
    assert read_as_held(question, read, HELD) == kept


@pytest.mark.parametrize(
    ("question", "of_rows"),
    [
        ("what's still outstanding for item 3 in the 2017 report?", False),
        ("what's still outstanding there for item 3?", False),
        ("what is still open against recommendation R5?", False),
        ("what's still outstanding on the log?", True),
    ],
)
def test_a_state_asked_of_one_named_row_is_no_list(question: str, of_rows: bool) -> None:
    assert what_in_state(question, {"outstanding", "open"}) is of_rows


def _log(day: str) -> DocumentInfo:
    return DocumentInfo(
        id=f"log-{day}",
        filename=f"log-{day}.pdf",
        format="pdf",
        sha256=day,
        title="Audit action log",
        organisation="Ridgeway Transport",
        date=day,
        year=int(day[:4]),
    )


LOGS = [_log("2025-05-14"), _log("2025-09-10"), _log("2025-11-12"), _log("2026-02-04")]


def test_papers_of_one_body_and_year_are_named_by_their_month() -> None:
    names = distinct_names(LOGS)
    assert names["log-2025-09-10"] == "September 2025 Audit action log"
    assert names["log-2026-02-04"] == "2026 Audit action log"  # the only one of its year
    assert len(set(names.values())) == len(LOGS)


@pytest.mark.parametrize(
    ("question", "paper"),
    [
        ("Which actions in the Feb 2026 log were not yet complete?", "log-2026-02-04"),
        ("In the Sept 2025 log, what was noted against item 1?", "log-2025-09-10"),
        ("Which items were complete at the November 2025 meeting?", "log-2025-11-12"),
        ("who owns item 6 in the September 2025 paper?", "log-2025-09-10"),
    ],
)
def test_a_paper_named_by_its_month_and_its_own_noun(question: str, paper: str) -> None:
    index = NameIndex.from_records(LOGS, [])
    assert [d for _, _, d in _dated_papers(question, index)] == [paper]


@pytest.mark.parametrize(
    ("part", "paper"),
    [
        ("is it finished by the latest report?", "log-2026-02-04"),
        ("what status did it have at the first meeting?", "log-2025-05-14"),
        ("and in the earliest log?", "log-2025-05-14"),
    ],
)
def test_the_latest_or_first_paper_is_the_bodys_not_the_next(part: str, paper: str) -> None:
    found = paper_named(part, LOGS[2], LOGS)
    assert found is not None and found.id == paper


def test_the_next_paper_is_one_step() -> None:
    found = paper_named("and in the next log?", LOGS[1], LOGS)
    assert found is not None and found.id == "log-2025-11-12"


@pytest.mark.parametrize(
    "question",
    ["same item in the February 2026 log - still complete?", "and same action at Board 3?"],
)
def test_same_opening_the_turn_points_at_the_row_in_focus(question: str) -> None:
    assert same_row(question)

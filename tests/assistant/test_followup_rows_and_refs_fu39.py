"""Follow-ups that keep their rows and refs read against the refs held (made-up records, no
index, except the one bundled second hop): 'when is it due?' after a list of one paper's rows
asks of those rows, not of the paper; 'a matching one in the other list?' of one paper finds
the row sharing its rarer words; 'REC 12(a)' is the held 'REC 12a', 'tier-1' no ref."""

from __future__ import annotations

import pytest

from assistant.analysis.ref_forms import read_as_held
from assistant.analysis.value_asks import what_in_state
from assistant.antecedents import Previous
from assistant.conversation import Chat, Turn
from assistant.followups import rewrite_by_rules
from assistant.rows_of_it import asks_row_column
from assistant.service import Assistant
from assistant.similar_row import worded_match
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

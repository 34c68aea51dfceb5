"""Follow-ups that keep the row, the paper or the question of the turns before (made-up
records and papers, no index): 'the red one - when was it due?' picks by a row's cells after
the topic is put back in its question; an ordinal after a turn that showed no row picks from
the rows before it; '<noun phrase> there?' asks that attribute of the focus; papers of one date
follow the number closing their title, and 'the report before that' names the one before."""

from __future__ import annotations

import pytest

from assistant.analysis.carried import earlier_paper, later_paper
from assistant.analysis.series_order import series_body, series_number
from assistant.antecedents import Previous
from assistant.followup_forms import DEMONSTRATIVE
from assistant.followups import rewrite_by_rules
from assistant.list_pick import picked
from assistant.other_paper_row import paper_named, without_paper
from assistant.scope_move import same_row
from assistant.there_asked import attribute_there
from ingest.model import DocumentInfo
from tests.assistant.test_followup_focus import HISTORY
from tests.assistant.test_followup_owner_back import record

ROWS = [
    record("K-1", "Clerk", title="Litter bins are overflowing", status_text="Amber"),
    record("K-2", "Finance Officer", title="Bank statements unsigned", status_text="Red"),
    record("K-3", "Clerk", title="Allotment rents unpaid", status_text="Blue"),
]
LISTED = Previous("Which actions are open?", ROWS, ["K-1", "K-2", "K-3"], route="register")


@pytest.mark.parametrize(
    ("question", "row"),
    [
        ("the red one - when was it originally due?", "K-2"),
        ("the amber one: who owns it?", "K-1"),
        ("and the blue one — what did the update say about it?", "K-3"),
    ],
)
def test_a_row_named_by_a_cell_value_before_its_question_is_that_row(
    question: str, row: str
) -> None:
    asked = rewrite_by_rules(question, HISTORY, LISTED)
    assert asked is not None and row in asked
    assert "one" not in asked.split()  # 'the red one' is gone, not left for the passages


def test_no_row_holds_the_value_no_row_is_put_in() -> None:
    asked = rewrite_by_rules("the green one - when was it due?", HISTORY, LISTED) or ""
    assert not any(r in asked for r in ("K-1", "K-2", "K-3"))


# a turn answered from a passage (no row) between the list and the ordinal
PASSAGE = Previous("What does Blue mean in that report?", [], [], quoted=True, before=LISTED)


@pytest.mark.parametrize(
    ("question", "row"),
    [
        ("who led the first of those?", "K-1"),
        ("and the third one?", "K-3"),
        ("what about the second of them?", "K-2"),
    ],
)
def test_an_ordinal_after_a_turn_that_showed_no_row_picks_from_the_rows_before(
    question: str, row: str
) -> None:
    found = picked(question, PASSAGE)
    assert found is not None and [r.ref for r in found[2]] == [row]


def test_an_ordinal_after_a_turn_that_showed_rows_picks_from_those() -> None:
    shown = Previous("Which are late?", ROWS[1:], ["K-2", "K-3"], before=LISTED)
    found = picked("and the first one?", shown)
    assert found is not None and [r.ref for r in found[2]] == ["K-2"]


FOCUSED = Previous(
    "What does the 2017 report say about partnerships?",
    [ROWS[0]],
    ["K-1"],
    quoted=True,
    focus="partnerships in the 2017 report",
)


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        (
            "and the remaining risk there?",
            "what is the remaining risk for partnerships in the 2017 report?",
        ),
        ("any lead there?", "what is any lead for partnerships in the 2017 report?"),
        (
            "ok, the latest figures there?",
            "what are the latest figures for partnerships in the 2017 report?",
        ),
    ],
)
def test_a_noun_phrase_there_asks_that_attribute_of_the_focus(question: str, asked: str) -> None:
    assert attribute_there(question, FOCUSED) == asked


def test_a_row_in_focus_is_named_when_no_passage_was_quoted() -> None:
    one = Previous("Who owns K-2?", [ROWS[1]], ["K-2"])
    assert attribute_there("and the residual risk there?", one) == (
        "what is the residual risk for K-2?"
    )


@pytest.mark.parametrize(
    "question",
    ["is the lead there?", "and the lead there is who?", "what about there?", "who is there?"],
)
def test_a_clause_or_a_bare_there_is_not_an_attribute(question: str) -> None:
    assert attribute_there(question, FOCUSED) is None


def _paper(pid: str, title: str, body: str, when: str | None = "2025-11-04") -> DocumentInfo:
    return DocumentInfo(
        id=pid,
        filename=f"{pid}.pdf",
        format="pdf",
        sha256=pid,
        title=title,
        organisation=body,
        date=when,
        year=int(when[:4]) if when else None,
    )


NUMBERED = [
    _paper(f"r{n}", f"Audit actions: progress report {n}", "Oakridge Leisure Trust")
    for n in (3, 1, 2)
]
BOARDS = [
    _paper(f"b{n}", "Audit actions: progress report", f"Millbrook Harbour Board {n}")
    for n in (1, 2, 3)
]
PLAN = _paper("p", "District Audit Report on Policing and Performance Plan 2001/2", "MPA")


def test_a_closing_number_is_the_papers_place_in_its_series() -> None:
    assert [series_number(p) for p in NUMBERED] == [3, 1, 2]
    assert series_number(BOARDS[2]) == 3  # the body's name closes with it
    assert series_number(PLAN) == 0  # '2001/2' closes a period, not a series
    assert {series_body(p) for p in BOARDS} == {"millbrook harbour board"}


def test_papers_of_one_date_follow_their_numbers() -> None:
    one, two, three = NUMBERED[1], NUMBERED[2], NUMBERED[0]
    assert later_paper(two, NUMBERED, None) == three
    assert earlier_paper(two, NUMBERED, None) == one
    assert later_paper(three, NUMBERED, None) is None
    assert later_paper(BOARDS[0], BOARDS, None) == BOARDS[1]  # one body, numbered boards


def test_a_paper_placed_after_its_noun_is_the_one_before_or_after() -> None:
    two = NUMBERED[2]
    assert (
        paper_named("what status did the report before that give it?", two, NUMBERED)
        == (NUMBERED[1])
    )
    assert paper_named("and the one after - who owns it?", two, NUMBERED) == NUMBERED[0]
    assert paper_named("who owned it in the following report?", two, NUMBERED) == NUMBERED[0]
    assert "before" not in without_paper("what did the report before that say about it?")
    # 'before' of a date or a deadline is no paper
    assert paper_named("was the report done before the deadline?", two, NUMBERED) is None


def test_a_paper_by_its_noun_and_number_is_left_out_of_the_subject() -> None:
    assert "report" not in without_paper("and in report 6, who has it?")
    assert "2001" in without_paper("what did the plan 2001/2 say?")  # a period, not a number


def test_the_same_ref_points_back_and_a_particle_is_no_noun() -> None:
    assert same_row("and what's the status of the same ref in the Board 5 report?")
    assert same_row("what does that same one say there?")
    assert not same_row("what is the same as last year?")
    assert [m.group(2) for m in DEMONSTRATIVE.finditer("who signed that off then")] == []
    assert [m.group(2) for m in DEMONSTRATIVE.finditer("when is that action due")] == ["action"]

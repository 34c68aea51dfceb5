"""rl34: years asked of one by one, and two-step questions across papers."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest

from assistant.analysis import NameIndex, analyse
from assistant.analysis.extremes import at_extreme, due_extreme
from assistant.analysis.numbered_bodies import numbered_bodies, papers_numbered
from assistant.analysis.parts import question_parts
from assistant.analysis.periods import all_years, year_window
from assistant.analysis.quoted_cells import cell_values, quoted_rows
from assistant.answers.support.excerpts import between_chosen
from assistant.hop_back import hop_pointing_back
from ingest.model import ActionRecord, DocumentInfo, DocumentRef


@pytest.mark.parametrize(
    "question",
    [
        "Where did the boiler replacement stand in 2021, and in 2022?",
        "Give the position on the fleet telematics finding for 2019 and for 2020.",
        "What was reported about the payroll audit in 2018 and then in 2019?",
    ],
)
def test_years_joined_by_and_are_each_asked_not_one_window(question: str) -> None:
    since, until, text = year_window(question, all_years(question), "lookup")
    assert (since, until) == (None, None)  # each year's paper is asked of, no one-year window
    assert text is not None and " and " in text


def test_a_lone_year_stays_a_window() -> None:
    question = "Where did the boiler replacement stand in 2021?"
    assert year_window(question, all_years(question), "lookup")[:2] == (2021, 2021)


def test_a_span_between_years_is_unchanged() -> None:
    question = "How did the boiler replacement change between 2021 and 2022?"
    assert year_window(question, all_years(question), "compare")[:2] == (2021, 2022)


def _doc(ident: str, organisation: str) -> DocumentInfo:
    return DocumentInfo(
        id=ident,
        filename=f"{ident}.pdf",
        format="pdf",
        sha256=ident,
        title="Audit actions",
        organisation=organisation,
    )


_NUMBERED = [_doc(f"d{n}", f"Brackwater Drainage Board {n}") for n in range(1, 8)] + [
    _doc("other", "Fellside College")
]


@pytest.mark.parametrize(
    ("question", "papers"),
    [
        ("What status did Boards 2, 5 and 7 each give the pump audit?", ["d2", "d5", "d7"]),
        ("Who owns the fleet action in statements 1 and 4?", ["d1", "d4"]),
        ("For Drainage 3, 6 & 2, when is the culvert survey due?", ["d3", "d6", "d2"]),
    ],
)
def test_a_run_of_numbers_names_each_numbered_bodys_paper(question: str, papers: list[str]) -> None:
    assert papers_numbered(question, _NUMBERED)[0] == papers


@pytest.mark.parametrize(
    "question",
    [
        "What status did Board 2 give the pump audit?",  # one body: named as before
        "What did Boards 2 and 9 say?",  # no ninth board: no guess
        "How many actions were there in 2023 and 2024?",  # years, not bodies
    ],
)
def test_no_numbered_run(question: str) -> None:
    assert papers_numbered(question, _NUMBERED) == ([], "")


def test_bodies_numbered_only_when_two_or_more_share_the_name() -> None:
    assert numbered_bodies([_doc("a", "Fellside College 2"), _doc("b", "Moor Trust")]) == {}
    assert set(numbered_bodies(_NUMBERED)["brackwater drainage board"]) == set(range(1, 8))


def _row(doc: str, ref: str | None, due: str, status: str = "Ongoing") -> ActionRecord:
    return ActionRecord(
        id=f"{doc}:{ref}",
        document=DocumentRef(id=doc, title="Audit actions", filename=f"{doc}.pdf"),
        ref=ref,
        ordinal=1,
        title="row",
        due_text=due,
        status_text=status,
        source_text="row",
        source_start=0,
        source_end=3,
    )


_ROWS = [
    _row("p1", "A1", "Scheme agreed by the spring board"),
    _row("p1", "A2", "Ongoing"),
    _row("p2", "B7", "Pilot in all depots by Q3"),
    _row("p2", "B8", "Ongoing"),
    _row("p2", None, "Report to the autumn meeting"),
]


@pytest.mark.parametrize(
    ("question", "rows"),
    [
        ("Which rec has the timescale 'scheme agreed by the spring board'?", [("p1", "A1")]),
        ('Who leads the action due "Pilot in all depots by Q3", and why?', [("p2", "B7")]),
        ("The one with the deadline ‘Pilot in all depots by Q3’: its owner?", [("p2", "B7")]),
    ],
)
def test_a_quoted_cell_value_names_its_row(question: str, rows: list[tuple[str, str]]) -> None:
    assert quoted_rows(question, cell_values(_ROWS))[0] == rows


@pytest.mark.parametrize(
    "question",
    [
        "Which actions are 'Ongoing'?",  # a value most rows hold names none
        "What did the plan say about 'pilot schemes'?",  # words of a cell, not the whole cell
        "Who reports 'to the autumn meeting'?",  # a row without a ref is not named so
    ],
)
def test_no_row_named_by_quotation(question: str) -> None:
    assert quoted_rows(question, cell_values(_ROWS))[0] == []


def test_one_number_after_the_shortened_name_names_that_body() -> None:
    papers, _ = papers_numbered("Brackwater 4: who owns the pump audit?", _NUMBERED, 1)
    assert papers == ["d4"]
    assert papers_numbered("Who owns it in the Drainage Board 6's return?", _NUMBERED, 1)[0] == [
        "d6"
    ]
    assert papers_numbered("Brackwater Drainage 4: who owns it?", _NUMBERED, 1)[1] == (
        "Brackwater Drainage 4"
    )  # every word of the name read, none left as a topic word


def _dated(ref: str, due: str, was: str | None = None) -> ActionRecord:
    row = _row("p1", ref, due)
    return row.model_copy(
        update={
            "due_date": due,
            "revised_from_date": was,
        }
    )


def test_the_earliest_original_date_reads_the_deadline_first_set() -> None:
    rows = [
        _dated("A", "2025-03-31", "2024-06-30"),  # first set for June 2024, moved
        _dated("B", "2024-12-31"),
        _dated("C", "2025-06-30", "2025-01-31"),
    ]
    found = due_extreme("Which action has the earliest original date?")
    assert found is not None
    assert [r.ref for r in at_extreme(rows, *found)] == ["A"]
    assert [r.ref for r in at_extreme(rows, "earliest")] == ["B"]  # the deadline as it stands
    latest = due_extreme("the one with the latest revised date")
    assert latest is not None and [r.ref for r in at_extreme(rows, *latest)] == ["C"]


def _resolve_to(ref: str) -> Callable[[str], str]:
    return lambda part: re.sub(r"\b(?:it|that(?: one)?|this)(?=\?)", ref, part)


@pytest.mark.parametrize(
    ("asked", "expected"),
    [
        (
            "Whoever leads on it - what other actions in the plan are theirs?",
            "Whoever leads on KX-4 - what other actions in the plan are theirs?",
        ),
        (
            "whoever owns that one, what else do they hold?",
            "whoever owns KX-4, what else do they hold?",
        ),
        (
            "Whoever is responsible for it: which of their other actions are complete?",
            "Whoever is responsible for KX-4: which of their other actions are complete?",
        ),
    ],
)
def test_a_first_step_pointing_back_is_resolved_in_place(asked: str, expected: str) -> None:
    assert hop_pointing_back(asked, _resolve_to("KX-4")) == expected


def test_a_first_step_with_its_own_row_is_left_alone() -> None:
    asked = "Whoever owns KX-9, what else do they hold?"
    assert hop_pointing_back(asked, _resolve_to("KX-4")) is None


def test_a_quoted_row_stays_whole_in_the_first_step() -> None:
    asked = "Whoever owns “Renewing the fleet - phase two” - which other areas are theirs?"
    assert question_parts(asked)[0] == "Who owns “Renewing the fleet - phase two”?"


def test_the_sentence_between_two_chosen_ones_is_shown_too() -> None:
    cell = (
        "Work continues on the fleet tracking scheme. Drivers were briefed at every depot. "
        "The scheme will go live after the radio upgrade in May. Costs are within budget."
    )
    row = _row("p1", "F2", "May").model_copy(
        update={"progress": cell, "columns": {"Progress": cell}, "source_text": cell}
    )
    first = cell.index("Work")
    third = cell.index("The scheme")
    chosen = [
        ("Work continues on the fleet tracking scheme.", first),
        ("The scheme will go live after the radio upgrade in May.", third),
    ]
    assert [t for t, _ in between_chosen(row, chosen)] == ["Drivers were briefed at every depot."]
    assert between_chosen(row, chosen[:1]) == []  # one chosen sentence: nothing between


def test_a_list_quoting_a_status_value_asks_for_rows_not_the_one_holding_it() -> None:
    docs = [
        DocumentInfo(
            id=d,
            filename=f"{d}.md",
            format="md",
            sha256=d,
            title=f"Plan {d}",
            organisation="Wexcombe Council",
        )
        for d in ("p1", "p2")
    ]
    rows = [*_ROWS, _row("p2", "B9", "Done", status="Met: partially")]
    index = NameIndex.from_records(docs, rows)
    # a lookup naming the row by its cell's value is that row, as a ref would be
    assert analyse("Who owns the action with the status 'Met: partially'?", index).refs == ["B9"]
    # a list counting that value in asks for the rows in a state, not for that one row
    listed = analyse("Which actions are complete, counting 'Met: partially' too?", index)
    assert listed.refs == []

"""A status a question names is linked to the labels the paper holds: a label the paper writes
itself ('Not achieved', 'Overdue') selects its own rows; a state said to persist ('still
open') is the complement of done even where a paper writes 'Open'; 'what is the log showing
as closed' asks for rows. The bodies and rows are invented."""

from __future__ import annotations

import pytest

from assistant.analysis import NameIndex, analyse
from tests.assistant.analysis.invented_log import stated_index

_DOCS = {  # key -> (organisation, title)
    "mill": ("Brackenford Mill Trust", "Audit Actions Follow-up"),
    "ferry": ("Olverton Ferry Board", "Recommendations Log"),
}
_ROWS = {  # key -> (ref, title, status as written, normalised)
    "mill": [("BM-1", "Sluice inspections", "Achieved", "complete"),
             ("BM-2", "Visitor counts", "Partly achieved", "partial"),
             ("BM-3", "Gift aid claims", "Not achieved", "not_started"),
             ("BM-4", "Roof survey", "Under way", "ongoing")],
    "ferry": [("OF-1", "Ticket machine audit", "Open", "ongoing"),
              ("OF-2", "Crew rota checks", "Not started", "not_started"),
              ("OF-3", "Fuel reconciliation", "Overdue", "ongoing"),
              ("OF-4", "Slipway repairs", "Closed", "complete")],
}  # fmt: skip


def _index() -> NameIndex:
    return stated_index(_DOCS, _ROWS, "2024-10-01")


@pytest.mark.parametrize(
    "question",
    [
        "Which of the mill trust's actions are not achieved?",
        "how many Brackenford actions were not achieved",
    ],
)
def test_a_denial_the_paper_writes_is_its_own_label(question: str) -> None:
    q = analyse(question, _index())
    assert q.status_says == ["Not achieved"], question
    assert q.statuses == []


def test_a_denial_the_paper_does_not_write_is_the_complement() -> None:
    q = analyse("Which Olverton ferry recommendations are not closed?", _index())
    assert q.status_says == []
    assert set(q.statuses) == {"partial", "ongoing", "not_started"}


@pytest.mark.parametrize(
    "question",
    [
        "Which Olverton ferry recommendations are still open?",
        "which of the ferry board's recommendations remain open",
    ],
)
def test_a_state_said_to_persist_is_the_complement_of_done(question: str) -> None:
    q = analyse(question, _index())
    assert q.status_says == [], question
    assert set(q.statuses) == {"partial", "ongoing", "not_started"}, question


def test_a_label_named_as_a_label_is_still_the_label() -> None:
    q = analyse("Which Olverton ferry recommendations are marked open?", _index())
    assert q.status_says == ["Open"]


def test_overdue_marked_is_the_paper_s_own_label_where_the_paper_named_writes_it() -> None:
    q = analyse("Which Olverton ferry recommendations are marked overdue?", _index())
    assert q.status_says == ["Overdue"]
    assert not q.slipped


def test_overdue_where_the_paper_named_writes_it_is_its_label() -> None:
    q = analyse("Which Olverton ferry recommendations are overdue?", _index())
    assert q.status_says == ["Overdue"]
    assert not q.slipped


@pytest.mark.parametrize(
    "question",
    [
        "Which Olverton ferry recommendations were overdue at the meeting?",
        "Which Olverton ferry recommendations were overdue as at 30 June 2024?",
    ],
)
def test_overdue_at_a_date_is_read_against_the_deadlines(question: str) -> None:
    # the state at a point in time: rows past their deadline and not done, the label among them
    q = analyse(question, _index())
    assert q.status_says == [], question
    assert q.slipped, question


def test_overdue_across_papers_is_read_against_each_paper_s_date() -> None:
    q = analyse("Which recommendations are overdue?", _index())
    assert q.status_says == []
    assert q.slipped


@pytest.mark.parametrize(
    ("question", "statuses"),
    [
        ("What's the ferry board's log showing as closed?", {"complete"}),
        ("What does the Olverton log record as complete?", {"complete"}),
        (
            "At the mill trust, what has not yet been completed?",
            {"partial", "ongoing", "not_started"},
        ),
    ],
)
def test_what_a_paper_shows_in_a_state_lists_its_rows(question: str, statuses: set[str]) -> None:
    q = analyse(question, _index())
    assert q.intent == "list", question
    assert set(q.statuses) == statuses or q.status_says, question


def test_what_a_paper_shows_as_a_figure_stays_a_lookup() -> None:
    q = analyse("What's the ferry board's log showing as the total cost?", _index())
    assert q.intent != "list"


def test_what_is_in_a_label_the_paper_writes_lists_the_rows_carrying_it() -> None:
    q = analyse("What is overdue on the Olverton ferry log?", _index())
    assert q.intent == "list"
    assert q.status_says == ["Overdue"]

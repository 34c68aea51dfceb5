"""Two states joined by 'or' where a side is a general status word that some paper also writes
as its own label ('complete or ongoing' where one paper holds 'Ongoing'): the side reads as the
state, as it does alone, so every row in that state counts (a row whose status is a sentence
holds no label); a label asked as a label ('marked Complete or Ongoing') stays a label. A degree
joined to another state ('in progress or partly met') grades only its own side. Bodies and rows
are invented."""

from __future__ import annotations

import pytest

from assistant.analysis import NameIndex, analyse
from tests.assistant.analysis.invented_log import stated_index

_DOCS = {  # key -> (organisation, title)
    "ferry": ("Orlick Ferry Board", "Audit Actions Register"),
    "choir": ("Pellow Choir Trust", "Review Progress Summary"),
    "mill": ("Stanning Mill Museum", "Governance Statement Update"),
    "weir": ("Trelowen Weir Authority", "Inspection Actions Tracker"),
}
_ROWS: dict[str, list[tuple[str, ...]]] = {  # doc -> (ref, title, status as written, normalised)
    "ferry": [("F1", "Ticket audit", "Ongoing", "ongoing"),
              ("F2", "Slipway survey", "Complete", "complete"),
              ("F3", "Crew training", "Not started", "not_started")],
    "choir": [("C1", "Score library", "Recommendation met: partially", "partial"),
              ("C2", "Tour budget", "Recommendation met: moderately", "partial"),
              ("C3", "Gift aid", "Recommendation met: completely", "complete")],
    "mill": [("M1", "Roof fund",
              "Work continues with the trustees to agree the roof fund this year", "ongoing"),
             ("M2", "Visitor survey", "The survey was finished and reported in May", "complete")],
    "weir": [("T1", "Sluice gates", "Blue", "complete"), ("T2", "Fish pass", "Green", "ongoing"),
             ("T3", "Flood plan", "Amber", "ongoing"), ("T4", "Bank repairs", "Red", "not_started")],
}  # fmt: skip


def _index() -> NameIndex:
    return stated_index(_DOCS, _ROWS, "2024-10-01")


@pytest.mark.parametrize(
    ("question", "states"),
    [
        ("How many actions across the papers are complete or ongoing?", ["complete", "ongoing"]),
        ("Which actions are ongoing or complete?", ["ongoing", "complete"]),
        ("Count the recommendations that are complete or not started.",
         ["complete", "not_started"]),
        ("List every action that is either not started or ongoing", ["not_started", "ongoing"]),
    ],
)  # fmt: skip
def test_a_status_word_joined_reads_as_the_state(question: str, states: list[str]) -> None:
    q = analyse(question, _index())
    assert sorted(q.statuses) == sorted(states)
    assert not q.status_says  # not only the rows labelled 'Ongoing' / 'Complete'


def test_a_label_asked_as_a_label_stays_the_label() -> None:
    q = analyse("Which actions are marked Complete or Ongoing?", _index())
    assert sorted(q.status_says) == ["Complete", "Ongoing"]
    assert not q.statuses


@pytest.mark.parametrize(
    "question",
    [
        "How many actions are ongoing or partially met?",
        "Which recommendations are in progress or only partly met?",
        "List the actions either under way or met partially",
    ],
)
def test_a_degree_joined_to_a_state_keeps_both_states(question: str) -> None:
    q = analyse(question, _index())
    assert sorted(q.statuses) == ["ongoing", "partial"]
    assert q.degree == "partially"


@pytest.mark.parametrize(
    "question",
    [
        "Which actions are under way but not yet achieved, leaving out the ones not started?",
        "How many actions have got going but are not yet finished, excluding any not begun?",
        "List the actions in hand but not yet delivered, apart from the ones not started.",
        "How many actions are still open, other than those not started?",
    ],
)
def test_a_state_left_out_is_taken_from_the_state_asked(question: str) -> None:
    q = analyse(question, _index())
    # the museum writes its statuses as sentences: the rows are taken by state, not by label
    assert sorted(q.statuses) == ["ongoing", "partial"]
    assert not q.status_says
    assert not q.terms_not and not {"leaving", "excluding", "apart"} & set(q.terms)


def test_a_state_left_out_of_the_open_states() -> None:
    q = analyse("Which actions are not complete, leaving out the ones in progress?", _index())
    assert sorted(q.statuses) == ["not_started", "partial"]


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("Which Orlick ferry actions are still open but not marked Not started?", ["Ongoing"]),
        ("List the Orlick ferry actions not yet complete, apart from those marked Not started.",
         ["Ongoing"]),
        ("How many Orlick ferry actions are outstanding, excluding anything marked Ongoing?",
         ["Not started"]),
    ],
)  # fmt: skip
def test_values_no_row_in_the_asked_states_holds_are_dropped(
    question: str, said: list[str]
) -> None:
    # the ferry's 'Complete' is among its other values, but no row holding it is open: it is no
    # part of what is listed, nor of what the answer says it counted
    assert analyse(question, _index()).status_says == said


@pytest.mark.parametrize(
    ("question", "degree"),
    [
        ("Which Pellow choir recommendations were not met completely but only moderately?",
         "moderately"),
        ("Which of the choir trust's recommendations were not fully met, only 'partially'?",
         "partially"),
        ("How many Pellow recommendations were only 'moderately' met?", "moderately"),
    ],
)  # fmt: skip
def test_the_degree_asked_beside_a_denied_full_degree(question: str, degree: str) -> None:
    q = analyse(question, _index())
    assert q.degree == degree
    assert not {"completely", "fully"} & set(q.terms)


@pytest.mark.parametrize(
    "question",
    [
        "How many Pellow recommendations were either only partly met or not met at all?",
        "Which Pellow recommendations were either not met at all or only partially met?",
    ],
)
def test_a_degree_below_every_degree_held_adds_no_rows_to_its_join(question: str) -> None:
    # no row of the choir trust is below every degree it grades: the rows met partially
    q = analyse(question, _index())
    assert q.degree == "partially"
    assert q.statuses == ["partial"]
    assert "either" not in q.terms


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("Which Trelowen weir actions are neither red nor complete?", ["Amber", "Green"]),
        ("How many of the weir authority's actions are neither finished nor rated amber?",
         ["Green", "Red"]),
    ],
)  # fmt: skip
def test_neither_a_colour_nor_a_state(question: str, said: list[str]) -> None:
    # the state is read as the colours whose rows are in it ('complete': Blue), and the rows
    # asked are those of the paper's other colours
    q = analyse(question, _index())
    assert sorted(q.status_says) == said
    assert not q.terms_not

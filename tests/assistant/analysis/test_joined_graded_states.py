"""States joined by 'or' where a side is graded or denied in the asker's own words ('either
only partly finished or not begun at all', 'met just partly or merely moderately'): both sides
are read, and a degree word names a held value by its root ('partly complete' is the paper's
'Partially complete', not its 'Complete'). Bodies and rows are invented."""

from __future__ import annotations

import pytest

from assistant.analysis import NameIndex, analyse
from assistant.analysis.held_status import held_status_named
from tests.assistant.analysis.invented_log import stated_index

_DOCS = {  # key -> (organisation, title)
    "harbour": ("Quillan Harbour Board", "Audit Actions Register"),
    "museum": ("Tobermead Museum Trust", "Review Progress Summary"),
    "locks": ("Wendle Navigation Company", "Audit Recommendations Monitoring"),
}
_ROWS: dict[str, list[tuple[str, ...]]] = {  # doc -> (ref, title, status as written, normalised)
    "harbour": [("QH-1", "Crane inspections", "Partially complete", "partial"),
                ("QH-2", "Berth invoicing", "Not started", "not_started"),
                ("QH-3", "Pilot rota", "Complete", "complete"),
                ("QH-4", "Fuel stock counts", "In progress", "ongoing")],
    "museum": [("M1", "Loans register", "Recommendation met: partially", "partial"),
               ("M2", "Object audit", "Recommendation met: moderately", "partial"),
               ("M3", "Insurance values", "Recommendation met: completely", "complete"),
               ("M4", "Visitor counts", "Recommendation met: significantly", "partial")],
    "locks": [("W1", "Gate repairs", "Blue", "complete"), ("W2", "Toll income", "Green", "ongoing"),
              ("W3", "Dredging plan", "Amber", "ongoing"), ("W4", "Towpath lighting", "Red",
              "not_started")],
}  # fmt: skip


def _index() -> NameIndex:
    return stated_index(_DOCS, _ROWS, "2024-10-01")


@pytest.mark.parametrize(
    "question",
    [
        "How many Quillan harbour actions are either only partly finished or haven't been started?",
        "Which harbour board actions are partly complete, or not started?",
        "List the Quillan Harbour actions that are only partially done or were never started",
    ],
)  # fmt: skip
def test_both_joined_states_are_read(question: str) -> None:
    q = analyse(question, _index())
    assert sorted(q.status_says) == ["Not started", "Partially complete"], (question, q)


def test_a_degree_word_names_the_graded_value_not_the_bare_one() -> None:
    found = held_status_named("which are partly complete?", _index().status_values, ["harbour"])
    assert found is not None and found.values == ["Partially complete"]
    found = held_status_named("which are complete?", _index().status_values, ["harbour"])
    assert found is not None and found.values == ["Complete"]


@pytest.mark.parametrize(
    ("question", "degrees"),
    [
        ("Which Tobermead museum recommendations were met either only partially or only "
         "moderately?", {"partially", "moderately"}),
        ("How many museum trust recommendations were met just partly or merely significantly?",
         {"partially", "significantly"}),
    ],
)  # fmt: skip
def test_limited_degree_words_joined_by_or(question: str, degrees: set[str]) -> None:
    q = analyse(question, _index())
    assert q.degree is not None and set(q.degree.split(" or ")) == degrees, (question, q)


@pytest.mark.parametrize(
    "question",
    [
        "How many Wendle navigation recommendations are still open but not rated red?",
        "Which Wendle Navigation recommendations are outstanding but not marked Red?",
    ],
)
def test_an_open_state_and_a_value_set_aside_both_hold(question: str) -> None:
    q = analyse(question, _index())
    assert set(q.statuses) == {"partial", "ongoing", "not_started"}, (question, q)
    assert "Red" not in q.status_says and {"Green", "Amber"} <= set(q.status_says), (question, q)
    assert "rated" not in q.terms_not and "marked" not in q.terms_not, (question, q)


@pytest.mark.parametrize(
    "question",
    [
        "How many Wendle navigation recommendations are not rated red?",
        "Which Wendle Navigation recommendations aren't red?",
    ],
)
def test_a_colour_denied_alone_keeps_every_other_value(question: str) -> None:
    q = analyse(question, _index())
    assert q.statuses == [] and sorted(q.status_says) == ["Amber", "Blue", "Green"], q


def test_a_colour_joined_with_another_is_still_both() -> None:
    q = analyse("Which Wendle recommendations are red or amber?", _index())
    assert sorted(q.status_says) == ["Amber", "Red"], q


@pytest.mark.parametrize(
    "question",
    [
        "Is anything outstanding on the Quillan Harbour register?",
        "Anything still open for Quillan Harbour?",
        "Is there anything not yet done at Quillan Harbour?",
    ],
)
def test_anything_in_a_state_asks_for_the_rows(question: str) -> None:
    q = analyse(question, _index())
    assert q.intent == "list", (question, q)
    assert set(q.statuses) == {"partial", "ongoing", "not_started"}, (question, q)


@pytest.mark.parametrize(
    ("question", "priority"),
    [
        ("Which Quillan harbour actions are medium or low priority?", "Medium or Low"),
        ("How many harbour board actions are either high or medium priority?", "High or Medium"),
        ("List the high- and medium-priority Quillan Harbour actions", "High or Medium"),
        ("Which Quillan Harbour actions were rated high or low?", "High or Low"),
        ("Which Quillan Harbour actions are high priority?", "High"),
    ],
)  # fmt: skip
def test_joined_ratings_ask_for_rows_of_either(question: str, priority: str) -> None:
    q = analyse(question, _index())
    assert q.priority == priority, (question, q)
    assert not {"high", "medium", "low"} & set(q.terms), (question, q)


@pytest.mark.parametrize(
    "question",
    [
        "Which Quillan harbour workstreams are in progress?",
        "Which Quillan Harbour projects are still marked partially complete?",
    ],
)
def test_which_noun_in_a_held_state_asks_for_the_rows(question: str) -> None:
    q = analyse(question, _index())
    assert q.intent == "list" and q.status_says, (question, q)


def test_which_noun_of_no_held_state_is_no_list() -> None:
    q = analyse("Which Quillan harbour committees are responsible for berths?", _index())
    assert q.intent != "list", q


def test_a_value_denied_with_a_degree_of_fullness_is_set_aside() -> None:
    from tests.assistant.analysis.test_body_names import _index as bodies

    q = analyse("How many Hetherby actions are not fully met?", bodies())
    assert "Met" not in q.status_says and "Partly met" in q.status_says, q

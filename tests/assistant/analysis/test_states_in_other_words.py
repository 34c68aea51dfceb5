"""States asked in other words (no status column's own), two states joined ('or', 'neither …
nor'), the overdue rows set aside, and a one-word quotation as a text filter: pure readers over
invented values, no index."""

from __future__ import annotations

from assistant.analysis.held_status import held_left
from assistant.analysis.joined_states import joined_states
from assistant.analysis.negated_states import exclusion_spans
from assistant.analysis.patterns import DONE, STATUS_WORDS
from assistant.analysis.reading import _PHRASE_END, CLAUSE_END, excluded_spans, quoted_words
from assistant.analysis.rows_asked import asks_rows
from assistant.analysis.state_phrases import date_moved, state_in_other_words
from assistant.answers.support.either_state import overdue_left_out, state_beside_overdue

TABLE = [*STATUS_WORDS, (DONE, ["complete"])]
# two invented papers: one grading by its own words, one by RAG-like labels
HELD = {
    "p1": {"Actioned", "Partly actioned", "Not actioned", "Not yet due"},
    "p2": {"Done", "Under way", "Stalled", "Not begun", "Late"},
}


def test_not_acted_on_is_the_papers_own_denied_value() -> None:
    read = state_in_other_words(
        "which points has the board still to be taken forward", HELD, ["p1"]
    )
    assert read is not None and read.says == ["Not actioned"] and not read.statuses
    read = state_in_other_words("any items never been tackled?", HELD, ["p2"])
    assert read is not None and read.says == ["Not begun"]


def test_not_acted_on_without_such_a_value_is_not_started() -> None:
    read = state_in_other_words("what hasn't yet been picked up", {"p": {"Red", "Green"}}, [])
    assert read is not None and read.statuses == ["not_started"] and not read.says


def test_short_of_the_top_and_nearly_there() -> None:
    short = state_in_other_words("items that fell short of full delivery", HELD, ["p1"])
    assert short is not None and set(short.says) == {"Partly actioned", "Not actioned"}
    nearly = state_in_other_words("which were nearly finished", HELD, ["p1"])
    assert nearly is not None and nearly.says == ["Partly actioned"]


def test_finished_idioms_and_their_negation() -> None:
    done = state_in_other_words("how many got signed off", HELD, [])
    assert done is not None and done.statuses == ["complete"]
    undone = state_in_other_words("which have not yet been wrapped up", HELD, [])
    assert undone is not None and undone.statuses == ["partial", "ongoing", "not_started"]
    assert state_in_other_words("which are owned by the clerk", HELD, []) is None


def test_a_moved_date_in_idioms() -> None:
    assert date_moved("which items got pushed out?")
    assert date_moved("the points that had to shift their deadline")
    assert date_moved("whose target date was moved")
    assert date_moved("which points are due in May") is None


def test_either_is_the_union_of_held_values() -> None:
    joined = joined_states("items either done or not begun", TABLE, HELD, ["p2"])
    assert joined is not None and set(joined.says) == {"Done", "Not begun"}


def test_neither_is_the_complement_of_both() -> None:
    joined = joined_states("points neither done nor under way", TABLE, HELD, ["p2"])
    assert joined is not None and set(joined.says) == {"Stalled", "Not begun", "Late"}
    unheld = joined_states("rows neither completed nor in progress", TABLE, {}, [])
    assert unheld is not None and set(unheld.statuses) == {"partial", "not_started"}


def test_a_join_with_a_computed_state_is_left_to_overdue() -> None:
    assert joined_states("items late or not begun", TABLE, HELD, ["p2"]) is None
    assert state_beside_overdue("items late or not started") == ["not_started"]


def test_overdue_set_aside() -> None:
    assert overdue_left_out("Leaving out the overdue ones, what is open?")
    assert overdue_left_out("which are not overdue")
    assert not overdue_left_out("which are not complete and overdue")
    assert not overdue_left_out("which are overdue")


def test_held_values_left_out() -> None:
    assert held_left(["Late"], HELD, ["p2"]) == ["Done", "Not begun", "Stalled", "Under way"]
    assert held_left(["Late"], {"p": {"Late", ""}}, ["p"]) == []  # prose: no value filter


def test_one_exclusion_reader_two_object_ends() -> None:
    question = "other than those that are closed, which remain?"
    assert exclusion_spans(question)[0][1:] == (11, 32)  # keeps its relative clause
    assert excluded_spans(question) == [(11, 17)]  # one phrase: 'those'
    assert CLAUSE_END is not _PHRASE_END


def test_a_quoted_word() -> None:
    assert quoted_words("list the board's items saying 'drainage'") == {"drainage"}
    assert quoted_words("the board's items") == set()


def test_a_bare_noun_phrase_in_a_state_asks_rows() -> None:
    assert asks_rows("The drainage board: items that are neither finished nor in progress?")
    assert asks_rows("points which are still open in the tracker")
    assert not asks_rows("What did the board say about actions that are overdue?")

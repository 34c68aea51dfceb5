"""A list of rows in a state asked in forms no wh-word opens: a wish with the rows as its object
('I need the X actions that are …'), a bare noun phrase ('the X items still under way'), a state
the papers alone hold after 'that are'; a state bounded by 'by <date>'; progress made but the end
not reached; an imperative asking one field of one row. Invented wordings and values."""

from __future__ import annotations

from assistant.analysis import NameIndex, analyse
from assistant.analysis.intent import intent_of
from assistant.analysis.periods import due_window
from assistant.analysis.request_frame import plain_request
from assistant.analysis.rows_asked import asks_rows
from assistant.analysis.state_phrases import state_in_other_words

HELD = {"p1": {"Actioned", "Partly actioned", "Not actioned"}, "p2": {"Purple", "Stalled"}}


def test_a_wish_with_the_rows_as_object_is_a_request_to_show_them() -> None:
    assert plain_request("I need the harbour items that are stalled.") == (
        "show the harbour items that are stalled."
    )
    assert plain_request("we're looking for all the open points").startswith("show all")
    assert plain_request("I'm interested in every late action?") == "show every late action?"
    # a wish to do something else, or with no determiner, is left as it is
    assert plain_request("I need to know who owns R5") == "who owns R5"
    assert plain_request("I need a new plan") == "I need a new plan"


def test_a_bare_noun_phrase_of_rows_in_a_state_asks_for_them() -> None:
    assert asks_rows("The harbour points still not started, please.", {"point"})
    assert asks_rows("all the estates items currently overdue")
    # the state as only the papers write it, whatever the rows are called
    assert asks_rows("Lighthouse board: pledges that are purple?", set(), {"Purple"})
    assert asks_rows("the lighthouse pledges stalled", set(), {"Stalled"})
    # a clause, not a noun phrase; a value no paper holds
    assert not asks_rows("Does the plan address actions still open", set(), {"Purple"})
    assert not asks_rows("Lighthouse board: pledges that are orange?", set(), {"Purple"})


def test_an_imperative_asking_one_field_is_a_lookup() -> None:
    assert plain_request("show me the owner of R5") == "what is the owner of R5"
    assert intent_of(plain_request("give the deadline for the boiler survey")) == "lookup"
    assert intent_of(plain_request("show me the owners of the open actions")) == "list"
    assert intent_of(plain_request("show the overdue actions")) == "list"


def test_a_state_bounded_by_a_date_bounds_the_deadline() -> None:
    assert due_window("which were complete by the end of March 2021")[1] == "2021-03-31"
    assert due_window("items implemented by June 2019?")[1] == "2019-06-30"
    assert due_window("which ones were finished by 2020")[1] == "2020-12-31"
    # a date not bounding a state is no deadline
    assert due_window("what did the 2020 report say about the boilers") == (None, None, None)


def test_progress_made_short_of_the_end_is_the_part_way_values() -> None:
    read = state_in_other_words("which made some headway but aren't finished", HELD, ["p1"])
    assert read is not None and read.whole and read.says == ["Partly actioned"]
    read = state_in_other_words("items got started yet still to be completed", HELD, ["p2"])
    assert read is not None and read.statuses == ["partial", "ongoing"] and not read.says
    for words in ("only got part of the way", "half-done", "partway there"):
        read = state_in_other_words(f"which recommendations are {words}?", HELD, ["p1"])
        assert read is not None and read.says == ["Partly actioned"], words


def test_the_whole_contrast_replaces_its_denial_alone(name_index: NameIndex) -> None:
    question = "Which of the 2002 recommendations saw some progress but were not fully met?"
    read = analyse(question, name_index)
    assert read.intent == "list" and "complete" not in read.statuses
    assert read.statuses or read.status_says or read.degree


def test_please_and_a_comma_before_any_opener() -> None:
    assert plain_request("Please, would you mind listing the late items?") == (
        "list the late items?"
    )
    assert plain_request("please, I need the open points").startswith("show the open")
    assert plain_request("Kindly, could you let me see the register").startswith("show the")


def test_a_state_bound_leaves_the_year_to_name_the_paper(name_index: NameIndex) -> None:
    read = analyse(
        "How many recommendations in the 2002 progress summary were not fully met by June 2002?",
        name_index,
    )
    assert read.intent == "count" and read.documents
    assert read.since is None and read.until is None  # the year named the paper, no window

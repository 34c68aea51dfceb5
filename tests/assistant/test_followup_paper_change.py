"""A follow-up that moves to another paper and keeps the topic ('and in the 2019 fleet
report?' after 'when is that due?'): the record of the old paper is put back into the user's
own words for it, asked in the new paper; and a turn that abstained on a value of a record it
found passes that record on to the next follow-up."""

from __future__ import annotations

from assistant.antecedents import Previous
from assistant.paper_change import asked_in_paper, bare_paper, own_topic
from assistant.service import Assistant
from tests.assistant.test_follow_ups import converse
from tests.assistant.test_followup_focus import record

EA4 = record("EA-4", title="Renew the depot boilers")
FIRST = Previous("What does the 2019 estates plan say about depot heating", [EA4], ["EA-4"])
FIRST.focus = "depot heating in the 2019 estates plan"
SECOND = Previous(
    "When is EA-4 in the 2019 estates plan due", [EA4], ["EA-4 in the 2019 estates plan"]
)
SECOND.focus = "that due in the 2019 estates plan"  # the user pointed back: no topic of theirs
SECOND.before = FIRST


def test_a_bare_paper_is_read_from_the_follow_up() -> None:
    for question, paper in (
        ("and in the 2020 fleet report?", "the 2020 fleet report"),
        ("What about the stores audit?", "the stores audit"),
        ("and according to the audit letter?", "the audit letter"),
        ("ok, the depot review?", "the depot review"),
    ):
        assert bare_paper(question) == paper, question
    assert bare_paper("and in the fleet report, who owns X?") is None
    assert bare_paper("and the lift action?") is None  # a record, not a paper


def test_the_topic_is_the_users_own_words_of_an_earlier_turn() -> None:
    assert own_topic(SECOND) == "depot heating"


def test_the_record_of_the_old_paper_is_asked_by_its_topic_in_the_new_paper() -> None:
    assert asked_in_paper("the 2020 fleet report", SECOND) == (
        "When is depot heating in the 2020 fleet report due?"
    )
    assert asked_in_paper("the fleet", SECOND) is None  # no paper named
    assert asked_in_paper("the 2020 fleet report", FIRST) is None  # named no record by name


def test_the_topic_moves_to_the_other_bundled_paper(assistant: Assistant) -> None:
    for first, then, moved, ref in (
        (
            "what did the 2007/08 governance plan say about partnership working?",
            "when is that due now?",
            "and in the 2017 Met governance report?",
            "8",
        ),
        (
            "What does the PURE plan say about risk management?",
            "who owns it?",
            "what about the 2007/08 governance plan?",
            "4",
        ),
    ):
        results = converse(assistant, first, then, moved)
        last = results[-1]
        assert "in the 20" in last.standalone and "item" not in last.standalone, last.standalone
        assert [r.ref for r in last.answer.records] == [ref], last.answer.answer[:300]


def test_a_record_found_without_the_value_asked_is_what_it_points_at(
    assistant: Assistant,
) -> None:
    # turn 3 abstains on the deadline of the record it found (item 8): 'it' is that record
    *_, lead = converse(
        assistant,
        "what did the 2007/08 governance plan say about partnership working?",
        "when is that due now?",
        "and in the 2017 Met governance report?",
        "who leads it there?",
    )
    assert [r.ref for r in lead.answer.records] == ["8"], lead.standalone
    assert "working lead" in lead.answer.answer

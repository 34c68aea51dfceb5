"""A pick out of the list just shown ('which one is about X?', 'which is overdue?', 'the one due
in May?', 'the one owned by Y') narrows that list, not the whole record; a later pick or an
ordinal after it reads against the same list."""

from __future__ import annotations

import re

from assistant.antecedents import Previous
from assistant.conversation import Chat, Turn
from assistant.followups import rewrite_by_rules
from assistant.service import Assistant
from tests.assistant.test_followup_focus import record

HISTORY = [Turn(role="user", content="…"), Turn(role="assistant", content="…")]
EA4, EA7, EA9 = (
    record("EA-4", title="Renew the depot boilers"),
    record("EA-7", title="Publish the fleet strategy"),
    record("EA-9", title="Review stores security"),
)
LISTED = Previous(
    "Which estates actions are high priority",
    [EA4, EA7, EA9],
    ["EA-4", "EA-7", "EA-9"],
    route="register",
)


def test_a_pick_by_what_the_row_is_narrows_the_list_shown() -> None:
    for question, condition in (
        ("which one is about the fleet?", "is about the fleet"),
        ("and which was overdue?", "was overdue"),
        ("which recommendation covers stores security?", "covers stores security"),
        ("what about the one due in May 2020?", "due in May 2020"),
        ("and the one owned by the Estates Board?", "owned by the Estates Board"),
    ):
        asked = rewrite_by_rules(question, HISTORY, LISTED)
        assert asked is not None and asked.startswith("Which estates actions are high priority")
        assert condition in asked, asked


def test_a_pick_is_not_read_after_passages() -> None:
    quoted = Previous("What does the plan say about boilers", [EA4, EA7], ["EA-4", "EA-7"])
    quoted.quoted = True
    asked = rewrite_by_rules("which one is about the fleet?", HISTORY, quoted)
    assert asked is None or "high priority" not in asked


def test_a_second_pick_is_made_from_the_list_not_from_the_first_pick() -> None:
    first = Previous(
        "Which estates actions are high priority and is about the fleet",
        [EA7],
        ["EA-7"],
        route="register",
        pool=[EA4, EA7, EA9],
        pool_names=["EA-4", "EA-7", "EA-9"],
        before=LISTED,
    )
    asked = rewrite_by_rules("what about the one on stores security?", HISTORY, first)
    assert asked == "Which estates actions are high priority and are on stores security?"
    two = Previous(
        "…", [EA4, EA7], ["EA-4", "EA-7"], pool=[EA4, EA7, EA9], pool_names=["EA-4", "EA-7", "EA-9"]
    )
    assert rewrite_by_rules("and the third one?", HISTORY, two) == "What is EA-9 about?"


def test_picks_from_lists_of_the_bundled_papers(assistant: Assistant) -> None:
    chat = Chat(assistant)
    for first, pick, ref in (
        (
            "Which high priority recommendations does the PURE plan have?",
            "which one is about reserves?",
            "R13",
        ),
        (
            "list the 2015/16 AGS improvement areas",
            "which one concerns freedom of information requests?",
            "3",
        ),
        (
            "Which recommendations in the 2002 district audit were met significantly?",
            "and the one due in Dec 2002?",
            "R6",
        ),
    ):
        shown = chat.respond([Turn(role="user", content=first)]).answer
        turns = [Turn(role="user", content=first), Turn(role="assistant", content=shown.answer)]
        answer = chat.respond([*turns, Turn(role="user", content=pick)]).answer
        assert answer.records and answer.records[0].ref == ref, (pick, answer.answer[:300])
        listed = {r.id for r in shown.records}
        assert {r.id for r in answer.records} < listed


def test_first_or_last_saying_when_picks_nothing() -> None:
    for question in (
        "when did the estates board last meet?",
        "when was the risk register last reviewed?",
        "what was first agreed with the contractor?",
    ):
        asked = rewrite_by_rules(question, HISTORY, LISTED)
        assert asked is None or "EA-9" not in asked, asked
    for question, ref in (("who owns the last one?", "EA-9"), ("and the first?", "EA-4")):
        asked = rewrite_by_rules(question, HISTORY, LISTED)
        assert asked is not None and ref in asked, asked


def test_first_or_last_ending_its_clause_says_an_order_not_a_pick() -> None:
    for question in (
        "which of them falls due first?",
        "which was finished last - the boilers or the fleet strategy?",
        "of those, which got signed off first?",
    ):
        asked = rewrite_by_rules(question, HISTORY, LISTED)
        said = "first" if "first" in question else "last"
        assert asked is None or re.search(rf"\b{said}\b", asked), asked  # the order is kept
    for question, ref in (("and the last?", "EA-9"), ("what about the first one?", "EA-4")):
        asked = rewrite_by_rules(question, HISTORY, LISTED)
        assert asked is not None and ref in asked, asked

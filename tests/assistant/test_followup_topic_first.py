"""A follow-up that names its topic first and then asks a whole question of it, after a dash
or a colon ('and the fleet area in the 2019 report - who leads that?', 'what about the estates
plan: who owns X there?', 'the boiler one - when is it due?'): the question is asked of the
topic, not of what the turn before was about, and the topic is not glued to the last question."""

from __future__ import annotations

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
ONE = Previous("Who owns EA-4", [EA4], ["EA-4"], route="refs")


def test_the_question_after_the_dash_is_asked_of_the_topic() -> None:
    for question, expected in (
        (
            "and the fleet area in the 2019 estates report - who leads that?",
            "Who leads the fleet area in the 2019 estates report?",
        ),
        (
            "what about the 2019 estates report - who is responsible for security there?",
            "Who is responsible for security in the 2019 estates report?",
        ),
        (
            "and the estates plan: anything on depot boilers there?",
            "Anything on depot boilers in the estates plan?",
        ),
        ("and stores security - when's the deadline?", "When's the deadline for stores security?"),
        (
            "ok, the catering contract action – what is its current position?",
            "What is the catering contract action's current position?",
        ),
        (
            "what about the audit letter - who wrote it?",
            "Who wrote the audit letter?",
        ),
    ):
        assert rewrite_by_rules(question, HISTORY, ONE) == expected, question


def test_a_paper_named_as_the_scope_first_scopes_a_whole_question() -> None:
    # 'and in <paper>, <question>': the paper is where the new question is asked, not a topic
    # put in the place of the last question's subject
    for question, expected in (
        (
            "And in the 2019 estates report, who led the boiler renewal item?",
            "Who led the boiler renewal item in the 2019 estates report?",
        ),
        (
            "and in the fleet plan, anything on vehicle tracking?",
            "Anything on vehicle tracking in the fleet plan?",
        ),
        (
            "And according to the 2020 audit letter: which areas have no lead?",
            "Which areas have no lead in the 2020 audit letter?",
        ),
        (
            "what about under the stores review - what's due in May?",
            "What's due in May in the stores review?",
        ),
    ):
        assert rewrite_by_rules(question, HISTORY, ONE) == expected, question
    # a period, not a paper, after 'and in' is still the period of the last question
    assert rewrite_by_rules("and in 2019, who led it?", HISTORY, ONE) != "Who led it in 2019?"


def test_a_topic_that_is_a_row_of_the_list_shown_is_that_row() -> None:
    for question, expected in (
        ("the fleet one - when is that due?", "When is EA-7 due?"),
        ("what about the boiler one: who owns it?", "Who owns EA-4?"),
        ("and the second one - what's the budget?", "What's the budget for EA-7?"),
    ):
        assert rewrite_by_rules(question, HISTORY, LISTED) == expected, question


def test_a_whole_question_with_a_subject_of_its_own_stands_alone() -> None:
    asked = rewrite_by_rules(
        "what about premises - how many reviews relate to property costs?", HISTORY, ONE
    )
    assert asked == "How many reviews relate to property costs?"
    # a question that opens with its scope, with no dash, is not of this form
    assert rewrite_by_rules("In the estates plan, who owns EA-9?", HISTORY, ONE) is None


def test_topic_first_follow_ups_over_the_bundled_papers(assistant: Assistant) -> None:
    chat = Chat(assistant)
    for first, follow_up, ref in (
        (
            "who leads on SMART performance measures in the district audit summary?",
            "and the partnerships area in the march 2017 met report - who leads that?",
            "8",
        ),
        (
            "what does the 2007/08 governance plan say about HR policies?",
            "what about the PURE plan - who owns the hospitality declarations there?",
            "R21",
        ),
        (
            "who owns financial training for members in the 2008 plan?",
            "And in the 2002 district audit plan, who led the staff appraisal item?",
            "R6",
        ),
        (
            "who leads R3 in the 2002 district audit summary?",
            "and in the 2007/08 governance plan, who owns the HR policies action?",
            "2",
        ),
    ):
        turns = [Turn(role="user", content=first), Turn(role="assistant", content="…")]
        answer = chat.respond([*turns, Turn(role="user", content=follow_up)]).answer
        assert answer.records and answer.records[0].ref == ref, (follow_up, answer.answer[:300])


def test_a_stranded_preposition_stays_with_the_question_when_the_subject_changes() -> None:
    # 'who is X by?' + 'and the Y one?': 'by' frames the question, it is no part of X
    for last, follow, expected in (
        ("Who is the 2019 estates report by", "and the fleet plan?", "Who is the fleet plan by?"),
        (
            "Which board was the depot review presented to",
            "what about the stores audit?",
            "Which board was the stores audit presented to?",
        ),
        (
            "Who was the fleet letter sent from",
            "and the stores report?",
            "Who was the stores report sent from?",
        ),
    ):
        previous = Previous(last, [], [], route="passages")
        history = [Turn(role="user", content=last), Turn(role="assistant", content="…")]
        assert rewrite_by_rules(follow, history, previous) == expected, follow

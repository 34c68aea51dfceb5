"""'It' after an answer about a row of one paper stays that row, named with its paper: a ref
other papers also have ('R13') is not handed on bare, a word of another paper's title in the
follow-up ('HMIC recommendations', 'MOPAC's plan') does not move the conversation there, and
'which unit handles X?' asked for one thing, so 'it' is the first row it found."""

from __future__ import annotations

from assistant.antecedents import Previous, asked_for_one
from assistant.conversation import Chat, Turn
from assistant.followups import rewrite_by_rules
from assistant.service import Assistant
from tests.assistant.test_followup_rules import record

HISTORY = [Turn(role="user", content="…"), Turn(role="assistant", content="- **EA-4** …")]


def test_a_singular_noun_with_a_verb_agreeing_asks_for_one() -> None:
    for question in (
        "Which unit handles the estates audits?",
        "what body is responsible for the fleet?",
        "which director owns the boiler work",
        "and what team has taken over stores security?",
    ):
        assert asked_for_one(question), question
    for question in (
        "which units handle the estates audits?",
        "Which actions relate to the fleet?",
        "what progress has been made?",
        "what does the plan say about boilers?",
    ):
        assert not asked_for_one(question), question


def test_it_is_the_row_named_with_its_paper() -> None:
    two = Previous(
        "Which unit handles estates audits in the 2019 plan?",
        [record("EA-4"), record("EA-7")],
        ["EA-4 in the 2019 Estates Plan", "EA-7 in the 2019 Estates Plan"],
        route="register",
    )
    for question in ("since when has it audited the depots?", "where was it moved to?"):
        asked = rewrite_by_rules(question, HISTORY, two)
        assert asked is not None and "EA-4 in the 2019 Estates Plan" in asked, asked
    # the same row, pointed at through the ref the answer showed in bold
    bare = Previous("What is EA-4?", [record("EA-4")], ["EA-4 in the 2019 Estates Plan"])
    bare.quoted = True
    asked = rewrite_by_rules("who runs it?", HISTORY, bare)
    assert asked is not None and "EA-4 in the 2019 Estates Plan" in asked, asked


def test_a_body_word_of_another_paper_does_not_move_the_conversation(
    assistant: Assistant,
) -> None:
    chat = Chat(assistant)
    for first, follow_up in (
        (
            "Which unit handles prioritising and monitoring action plans in the 2002 summary?",
            "since when has it monitored HMIC recommendations?",
        ),
        (
            "who is responsible for R13 in the 2002 district audit summary?",
            "what has it done with HMIC reports?",
        ),
    ):
        turns = [Turn(role="user", content=first), Turn(role="assistant", content="…")]
        _, standalone, _, _ = chat.standalone([*turns, Turn(role="user", content=follow_up)])
        assert "R13 in the Action Plan Progress Summary" in standalone, standalone

"""'Any others?', 'which other one is?', 'did any others slip?' after a turn about some rows of one
paper ask for that paper's other rows in the state the last question asked about (or the one the
follow-up names); 'how many in all?' / 'that makes how many?' counts them, the first ones
included."""

from __future__ import annotations

from assistant.analysis import NameIndex, analyse
from assistant.antecedents import Previous
from assistant.conversation import Chat, Turn
from assistant.followups import rewrite_by_rules
from assistant.service import Assistant
from tests.assistant.test_follow_ups import converse
from tests.assistant.test_followup_focus import record

EMPTY = NameIndex.from_records([], [])
HISTORY = [Turn(role="user", content="…"), Turn(role="assistant", content="…")]
PLAN = "the Estates Audit Plan"


def about_one(question: str) -> Previous:
    return Previous(question, [record("EA-4")], ["EA-4"], asked=analyse(question, EMPTY))


def test_others_ask_for_the_same_state_in_the_same_paper() -> None:
    for first, follow, state in (
        ("Is EA-4 complete?", "any others?", "are complete"),
        ("Was EA-4 completed?", "which other one is?", "are complete"),
        ("Has EA-4 slipped?", "are there any others?", "slipped"),
        ("Was EA-4 met significantly?", "and any others", "were met significantly"),
        ("Is EA-4 high priority?", "any others in that plan?", "are high priority"),
    ):
        asked = rewrite_by_rules(follow, HISTORY, about_one(first))
        assert asked == f"Which actions in {PLAN} {state}, other than EA-4?", (follow, asked)


def test_others_with_a_state_of_their_own_ask_for_that_state() -> None:
    asked = rewrite_by_rules("did any others slip?", HISTORY, about_one("Is EA-4 complete?"))
    assert asked == f"Which actions in {PLAN} slip, other than EA-4?"


def test_in_all_counts_the_state_the_conversation_is_about() -> None:
    others = Previous(
        f"Which actions in {PLAN} are complete, other than EA-4",
        [record("EA-7"), record("EA-9")],
        ["EA-7", "EA-9"],
        asked=analyse(f"Which actions in {PLAN} are complete, other than EA-4?", EMPTY),
    )
    for follow in ("how many in all?", "so that makes how many?", "how many is that altogether?"):
        assert (
            rewrite_by_rules(follow, HISTORY, others) == f"How many actions in {PLAN} are complete?"
        )


def test_others_need_a_state_to_ask_about() -> None:
    asked = rewrite_by_rules("any others?", HISTORY, about_one("What is EA-4 about?"))
    assert asked is None or "other than" not in asked


def test_others_and_in_all_over_the_bundled_papers(assistant: Assistant) -> None:
    chat = Chat(assistant)
    turns = [Turn(role="user", content="Is R4 in the district audit summary complete?")]
    for follow, check in (("any others?", "other than R4"), ("how many in all?", "How many")):
        turns.append(Turn(role="assistant", content=chat.respond(turns).answer.answer))
        turns.append(Turn(role="user", content=follow))
        result = chat.respond(turns)
        assert check in result.standalone and result.answer.route == "register", result.standalone
    assert "**6**" in result.answer.answer


def test_rows_of_the_plan_are_the_rows_of_the_paper_in_focus() -> None:
    passages = Previous("What does the fleet plan say about vans", [], [], route="passages")
    passages.quoted = True
    passages.documents = ["Fleet Review"]
    for question, expected in (
        (
            "how many of the plan's actions are complete?",
            "how many actions in the Fleet Review are complete?",
        ),
        ("which items in the report slipped?", "which items in the Fleet Review slipped?"),
        (
            "Which of the paper's recommendations are high priority",
            "Which recommendations in the Fleet Review are high priority",
        ),
    ):
        assert rewrite_by_rules(question, HISTORY, passages) == expected
    one = about_one("Who owns EA-4?")
    assert rewrite_by_rules(
        "how many recommendations in the summary are complete?", HISTORY, one
    ) == (f"how many recommendations in {PLAN} are complete?")
    assert rewrite_by_rules("When is the report due?", HISTORY, one) != (
        f"When is {PLAN} due?"
    )  # 'the report' an action asks for stays the action's


def test_the_same_asked_of_another_paper() -> None:
    last = Previous("What did the fleet review say about electric vans", [], [], route="passages")
    last.quoted = True
    for question, paper in (
        ("and by the 2019 estates audit plan?", "the 2019 estates audit plan"),
        ("and according to the stores report?", "the stores report"),
        ("what about from the depot review?", "the depot review"),
    ):
        asked = rewrite_by_rules(question, HISTORY, last)
        assert asked == f"What did {paper} say about electric vans?", asked
    dated = Previous(
        "Which actions are due by December 2019", [record("EA-4"), record("EA-7")], ["EA-4", "EA-7"]
    )
    assert "say about" not in (rewrite_by_rules("and by March 2020?", HISTORY, dated) or "")


def test_a_bare_column_question_asks_of_the_one_record() -> None:
    row = record(
        "EA-4",
        columns={
            "Area": "Fleet",
            "Current position": "Vans bought",
            "Residual risks and remaining activity": "Chargers to fit",
        },
    )
    one = Previous("What is EA-4 about", [row], ["EA-4"])
    for question, expected in (
        ("what is the residual risk?", "what is the residual risk for EA-4?"),
        ("what remains to be done?", "what remains to be done for EA-4?"),
        ("what's still left there?", "what's still left for EA-4?"),
        ("what is the current position?", "what is the current position for EA-4?"),
    ):
        assert rewrite_by_rules(question, HISTORY, one) == expected
    assert rewrite_by_rules("what is the budget for fleet vans?", HISTORY, one) is None


def test_how_many_after_a_list_counts_the_list_with_its_filters() -> None:
    for listed, counted in (
        (
            "Which recommendations are owned by the Head of Estates?",
            "How many recommendations are owned by the Head of Estates?",
        ),
        ("List the 2019 actions that slipped", "How many 2019 actions that slipped?"),
        (
            "show me all the high priority findings in the Estates Audit Plan",
            "How many high priority findings in the Estates Audit Plan?",
        ),
    ):
        shown = Previous(listed, [record("EA-4"), record("EA-7")], ["EA-4", "EA-7"])
        for follow in (
            "how many is that?",
            "so how many's that",  # the verb contracted
            "How many are there",
            "and how many of them?",
            "what's the total?",
        ):
            assert rewrite_by_rules(follow, HISTORY, shown) == counted, (listed, follow)
    one = Previous("Who owns EA-4?", [record("EA-4")], ["EA-4"])
    assert rewrite_by_rules("how many is that?", HISTORY, one) != "How many owns EA-4?"
    # a list of one row is still a list: its count is asked with its filters
    single = Previous(
        "Which actions other than EA-4 are owned by the Head of Estates",
        [record("EA-7")],
        ["EA-7"],
        route="register",
    )
    assert rewrite_by_rules("how many is that?", HISTORY, single) == (
        "How many actions other than EA-4 are owned by the Head of Estates?"
    )


def test_how_many_after_what_else_an_owner_holds_counts_those_rows(
    assistant: Assistant,
) -> None:
    # 'what else do they lead?' lists the owner's other rows: the count is of those rows, not
    # of the record the conversation started from, and a bare ref stays of its own paper
    for first, what_else, count in (
        ("Who leads R10 in the district audit action plan?", "what else do they lead?", "**5**"),
        ("Who owns R11 in the PURE plan?", "what else do they own?", "**1**"),
        ("who owns R4 in the PURE plan?", "which other actions do they own?", "**12**"),
    ):
        *_, counted = converse(assistant, first, what_else, "how many is that?")
        assert counted.standalone.startswith("How many actions other than R"), counted.standalone
        assert "HMIC" not in counted.standalone
        assert counted.answer.answer.startswith(count), counted.answer.answer[:200]


def test_how_many_after_a_list_in_chat(assistant: Assistant) -> None:
    chat = Chat(assistant)
    question = "Which PURE recommendations are owned by the Treasurer?"
    listed = chat.respond([Turn(role="user", content=question)])
    assert len(listed.answer.records) == 2
    history = [
        Turn(role="user", content=question),
        Turn(role="assistant", content=listed.answer.answer),
        Turn(role="user", content="How many is that?"),
    ]
    counted = chat.respond(history)
    assert counted.answer.answer.startswith("**2** recommendations owned by the Treasurer")
    assert [r.id for r in counted.answer.records] == [r.id for r in listed.answer.records]


def test_how_many_after_rows_of_a_noun_phrase_keeps_the_phrase_whole() -> None:
    # 'among' is for rows named one by one by ref; after 'which of <body>'s <rows> …' the count
    # is asked with the same noun phrase, which the register reads as it read the list
    for listed in (
        "Which of the Trust's audit actions are overdue",
        "Which of Fenbury's internal audit findings are still open",
        "which of the harbour board's 2023 recommendations slipped",
    ):
        shown = Previous(listed, [record("EA-4"), record("EA-7")], ["EA-4", "EA-7"])
        counted = rewrite_by_rules("how many is that?", HISTORY, shown)
        assert counted is not None and "among" not in counted, (listed, counted)
        assert counted.lower().startswith("how many of "), (listed, counted)
    for listed, refs in (
        ("Which of EA-4 and EA-7 are complete", "EA-4 and EA-7"),
        ("which of CHT-PAY-01, CHT-PAY-02 and CHT-MAR-01 slipped", "CHT-PAY-01, CHT-PAY-02"),
    ):
        shown = Previous(listed, [record("EA-4"), record("EA-7")], ["EA-4", "EA-7"])
        counted = rewrite_by_rules("how many is that?", HISTORY, shown)
        assert counted is not None and f"among {refs}" in counted, (listed, counted)

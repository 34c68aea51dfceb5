"""Follow-up rules on made-up records (no index): 'that body' is the owner of the last answer's
record, 'the report' of an action that asks for a report is that action's, 'the two' and
'both' are the last answer's records, 'is that before Y?' sets the last record against Y."""

from __future__ import annotations

from assistant.antecedents import Previous
from assistant.followups import Turn, rewrite_by_rules
from tests.assistant.test_followup_rules import record

HISTORY = [Turn(role="user", content="Who owns EA-4?"), Turn(role="assistant", content="…")]
ONE = Previous(
    "Who owns EA-4?",
    [
        record(
            "EA-4",
            owner="Estates Board",
            title="Publish an annual report on estates compliance",
            due_text="31/12/2019",
        )
    ],
    ["EA-4"],
)
TWO = Previous("Which actions slipped?", [record("EA-4"), record("EA-7")], ["EA-4", "EA-7"])


def test_an_agent_noun_points_at_the_owner() -> None:
    asked = rewrite_by_rules("What else does that body own?", HISTORY, ONE)
    # the owner's other rows, in the paper of the conversation (assistant/owner_back.py)
    assert asked == (
        "Which other actions in the Estates Audit Plan are owned by Estates Board, other than EA-4?"
    )


def test_the_report_of_an_action_asking_for_one_is_the_action_s() -> None:
    asked = rewrite_by_rules("When is the report due?", HISTORY, ONE)
    assert asked == "When is EA-4's report due?"


def test_the_two_and_both_are_the_last_answer_s_records() -> None:
    assert rewrite_by_rules("Are both complete?", HISTORY, TWO) == "Are EA-4 and EA-7 complete?"
    assert rewrite_by_rules("Who owns the two?", HISTORY, TWO) == "Who owns EA-4 and EA-7?"


def test_is_that_before_builds_a_two_sided_question() -> None:
    assert rewrite_by_rules("Is that before March 2020?", HISTORY, ONE) == (
        "Is EA-4 due before March 2020?"
    )
    assert rewrite_by_rules("Was it after EA-9?", HISTORY, ONE) == (
        "Which came first, EA-4 or EA-9?"
    )


def test_the_two_x_ones_are_the_last_answer_s_records_with_that_word() -> None:
    three = Previous(
        "Which?", [record("EA-4"), record("HM 1"), record("HM 2")], ["EA-4", "HM 1", "HM 2"]
    )
    assert rewrite_by_rules("When are the two HM ones due?", HISTORY, three) == (
        "When are HM 1 and HM 2 due?"
    )


def test_a_share_of_that_after_passages_is_a_share_of_the_user_s_subject() -> None:
    quoted = Previous(
        "What does the fleet plan say about the vehicle register?",
        [record("FL-2", title="Fleet records")],
        ["FL-2"],
        quoted=True,
        focus="the vehicle register in the fleet plan",
    )
    assert rewrite_by_rules("and how much of that covers leased vans?", HISTORY, quoted) == (
        "How much of the vehicle register in the fleet plan covers leased vans?"
    )
    assert rewrite_by_rules("what share of them were checked?", HISTORY, quoted) == (
        "What share of the vehicle register in the fleet plan were checked?"
    )
    # after a list of records, 'how many of those' narrows the list
    assert "FL" not in (rewrite_by_rules("how many of those slipped?", HISTORY, TWO) or "")
    assert "slipped" in (rewrite_by_rules("how many of those slipped?", HISTORY, TWO) or "")


def test_the_report_after_an_answer_about_one_paper_is_that_paper() -> None:
    dated = Previous(
        "When did the Fleet Panel consider the fleet review?",
        [],
        [],
        documents=["Fleet Review 2019"],
        route="document",
    )
    assert rewrite_by_rules("who wrote the report?", HISTORY, dated) == (
        "who wrote the Fleet Review 2019?"
    )


def test_a_body_named_after_a_paper_noun_is_no_paper() -> None:
    from assistant.antecedents import PAPER_NP

    assert PAPER_NP.search("When did the Audit Panel meet?") is None
    found = PAPER_NP.search("When did the Audit Panel consider the fleet report?")
    assert found is not None and found.group(0) == "the fleet report"  # not across 'the'
    found = PAPER_NP.search("Who wrote the Audit Panel's fleet report?")
    assert found is not None and found.group(0).endswith("fleet report")


LISTED = Previous(
    "Which estates recommendations are complete?",
    [
        record("EA-1", title="Boiler servicing contract"),
        record("EA-2", title="Lift maintenance schedule"),
        record("EA-3", title="Fire door inspections"),
    ],
    ["EA-1", "EA-2", "EA-3"],
)


def test_the_one_about_x_then_a_question_asks_it_of_that_record() -> None:
    assert rewrite_by_rules("and the one about lifts - when was it due?", HISTORY, LISTED) == (
        "When was EA-2 due?"
    )
    assert rewrite_by_rules("the one on fire doors: who owns it?", HISTORY, LISTED) == (
        "Who owns EA-3?"
    )
    assert rewrite_by_rules(
        "and the one about boilers, what timescale was set?", HISTORY, LISTED
    ) == ("What timescale was set for EA-1?")
    # not among those shown: the kind of record described, in the paper they came from
    asked = rewrite_by_rules("the one about roofs - who owns it?", HISTORY, LISTED)
    assert asked == "Who owns the action about roofs in the Estates Audit Plan?"


def test_which_of_those_after_an_overview_lists_that_paper_s_rows() -> None:
    overview = Previous(
        "What areas does the estates audit plan cover?",
        LISTED.records,
        LISTED.names,
        documents=["Estates Audit Plan"],
        route="document",
    )
    assert rewrite_by_rules("which of those lacks a lead?", HISTORY, overview) == (
        "Which areas in the Estates Audit Plan lacks a lead?"
    )
    # after a count, 'which of them' asks for the rows
    counted = Previous("How many estates actions are late?", LISTED.records, LISTED.names)
    assert rewrite_by_rules("which of them are owned by the board?", HISTORY, counted) == (
        "Which estates actions are late and are owned by the board?"
    )


def test_the_rows_of_a_long_list_are_named_by_their_paper() -> None:
    many = [record(f"EA-{n}") for n in range(1, 13)]
    listed = Previous("How many estates actions are there?", many, [r.ref for r in many[:8]])
    assert rewrite_by_rules("any cost implications for the actions?", HISTORY, listed) == (
        "any cost implications for the actions in the Estates Audit Plan?"
    )

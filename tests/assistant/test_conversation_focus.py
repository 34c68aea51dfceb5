"""The conversation's focus and the forms around it, on made-up records (no index): the user's
own subject phrase and its paper; what 'it' binds to after passages; 'how much of it'; a
narrowed list kept one question; an owner word the user gave kept; a fronted
noun phrase read as two hops; a part that only asks for the answer's form."""

from __future__ import annotations

from typing import Any

from assistant.analysis import asks_form_only, question_parts
from assistant.antecedents import Previous, asked_for_one, focus_of, one_referent
from assistant.first_part import first_part
from assistant.followup_forms import looks_like_follow_up
from assistant.followups import Turn, rewrite_by_rules
from assistant.referring import swap_subject
from ingest.model import ActionRecord, DocumentRef

ESTATES = DocumentRef(id="d1", title="Estates Audit Plan", filename="d1.txt", date="2019-06-30")
FLEET = DocumentRef(id="d2", title="Fleet Review", filename="d2.txt", date="2020-03-31")
HISTORY = [Turn(role="user", content="…"), Turn(role="assistant", content="…")]


def record(ref: str, document: DocumentRef = ESTATES, **fields: Any) -> ActionRecord:
    data: dict[str, Any] = {
        "id": f"{document.id}:{ref}",
        "document": document,
        "section": "Plan",
        "ref": ref,
        "ordinal": 1,
        "title": f"Action {ref}",
        "source_text": f"Action {ref}",
        "source_end": 9,
        "source_start": 0,
        "report_date": document.date,
        "year": 2019,
    }
    data.update(fields)
    return ActionRecord(**data)


def test_the_focus_is_the_users_subject_with_its_paper() -> None:
    assert focus_of("What does the estates audit plan say about boiler safety?") == (
        "boiler safety in the estates audit plan"
    )
    assert focus_of("What is the latest on lift repairs in the fleet review?") == (
        "lift repairs in the fleet review"
    )
    assert focus_of("Is depot lighting also covered?", "the Fleet Review") == (
        "depot lighting in the Fleet Review"
    )
    assert focus_of("When is the action on lift repairs due?") == "the action on lift repairs"
    assert focus_of("What does the fleet review say about HR rules?") == (
        "HR rules in the fleet review"
    )
    assert focus_of("When do they expect to finish it?") is None
    assert focus_of("Who wrote the estates plan?") == "the estates plan"


def test_it_after_passages_quoting_another_paper_is_the_focus() -> None:
    stray = record("FR-2", FLEET)
    passages = Previous(
        "What does the estates audit plan say about boiler safety",
        [stray],
        ["FR-2"],
        quoted=True,
        focus="boiler safety in the estates audit plan",
        focus_documents=["d1"],
    )
    assert one_referent(passages) == "boiler safety in the estates audit plan"
    assert rewrite_by_rules("Who owns it?", HISTORY, passages) == (
        "Who owns boiler safety in the estates audit plan?"
    )
    mine = record("EA-3")
    passages.records, passages.names = [mine], ["EA-3"]
    assert one_referent(passages) == "EA-3"  # one record, of the focus paper


def test_a_quoted_record_titled_by_the_focus_words_is_the_referent() -> None:
    boiler = record("EA-5", title="Boiler Safety")
    other = record("FR-1", FLEET, title="Depot lighting")
    passages = Previous(
        "Is boiler safety also covered",
        [other, boiler],
        ["FR-1", "EA-5"],
        quoted=True,
        focus="boiler safety",
    )
    assert one_referent(passages) == "EA-5"


def test_how_much_of_it_points_back() -> None:
    assert looks_like_follow_up("How much of it goes on depot staff?")
    assert looks_like_follow_up("Can I see the plan itself?")
    assert not looks_like_follow_up("How much of the budget goes on depot staff?")
    passages = Previous(
        "What does the fleet review say about training",
        [record("FR-1", FLEET), record("EA-2")],
        ["FR-1", "EA-2"],
        quoted=True,
        focus="training in the fleet review",
    )
    assert rewrite_by_rules("How much of it goes on depot staff?", HISTORY, passages) == (
        "How much of training in the fleet review goes on depot staff?"
    )


def test_it_after_a_question_for_one_record_is_the_first_found() -> None:
    assert asked_for_one("Which action is about boilers")
    assert not asked_for_one("Which actions are about boilers")
    listed = Previous("Which action slipped", [record("EA-4"), record("EA-7")], ["EA-4", "EA-7"])
    assert rewrite_by_rules("When is it due?", HISTORY, listed) == "When is EA-4 due?"


def test_the_x_one_swaps_only_what_the_subject_is_about() -> None:
    assert swap_subject("When is the plan's action on boiler safety due", "the lift one") == (
        "When is the plan's action on lift due"
    )


def test_a_narrowed_list_stays_one_question() -> None:
    listed = Previous("Which estates actions does the Works Board own", [], [])
    narrowed = rewrite_by_rules("Which of those had a June 2019 timescale?", HISTORY, listed)
    assert narrowed is not None and len(question_parts(narrowed)) == 1
    assert "June 2019" in narrowed


def test_an_owner_the_user_names_is_kept() -> None:
    shared = record("EA-6", owner="Head of Fleet & Works Board")
    one = Previous("Who owns EA-6", [shared], ["EA-6"])
    rewritten = rewrite_by_rules("What else does the Works Board own?", HISTORY, one) or ""
    assert "Head of Fleet" not in rewritten


def test_a_question_in_parts_is_read_against_the_turn_before_by_its_first_part() -> None:
    question = "Is lift safety covered too? who leads that one?"
    assert first_part(question) == "Is lift safety covered too"
    assert first_part("Who leads it?") is None


def test_a_fronted_noun_phrase_with_a_relative_clause_is_two_hops() -> None:
    assert question_parts(
        "The board that took over depot checks: which plan does it report to, per the review?"
    ) == [
        "Which board took over depot checks?",
        "Which plan does that board report to, per the review?",
    ]


def test_a_part_asking_only_for_the_form_of_the_answer() -> None:
    assert asks_form_only("Name them.")
    assert asks_form_only("Which ones?")
    assert not asks_form_only("Who leads it?")
    assert not asks_form_only("Name the owner.")

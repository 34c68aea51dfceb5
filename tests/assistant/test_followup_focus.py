"""Follow-up rules on made-up records (no index): 'the other one' and ordinals over the list
a turn picked from, the thing of a kind the last answer named, the entity in focus, a new
subject put in place of the old one, and what a longer question may point back at."""

from __future__ import annotations

from typing import Any

from assistant.antecedents import Previous, asks_only_of_refs, keep_focus, named_in, subject_of
from assistant.followup_forms import looks_like_follow_up
from assistant.followups import Turn, rewrite_by_rules
from ingest.model import ActionRecord, DocumentRef

DOCUMENT = DocumentRef(id="d1", title="Estates Audit Plan", filename="d1.txt", date="2019-06-30")


def record(ref: str, **fields: Any) -> ActionRecord:
    data: dict[str, Any] = {
        "id": f"d1:{ref}",
        "document": DOCUMENT,
        "section": "Plan",
        "ref": ref,
        "ordinal": 1,
        "title": f"Action {ref}",
        "source_text": f"Action {ref}",
        "source_start": 0,
        "source_end": 9,
        "report_date": "2019-06-30",
        "year": 2019,
    }
    data.update(fields)
    return ActionRecord(**data)


EA4, EA7, EA9 = record("EA-4"), record("EA-7"), record("EA-9")
HISTORY = [Turn(role="user", content="…"), Turn(role="assistant", content="…")]


def picked_one() -> Previous:
    """'When is the first one due?' after a list of three: EA-4, picked from the three."""
    return Previous(
        "When is EA-4 due",
        [EA4],
        ["EA-4"],
        pool=[EA4, EA7, EA9],
        pool_names=["EA-4", "EA-7", "EA-9"],
    )


def test_the_other_ones_are_what_the_picked_list_leaves() -> None:
    assert rewrite_by_rules("And the other ones?", HISTORY, picked_one()) == (
        "When is EA-7 and EA-9 due?"
    )
    assert rewrite_by_rules("Who owns the rest?", HISTORY, picked_one()) == (
        "Who owns EA-7 and EA-9?"
    )


def test_an_ordinal_after_a_pick_indexes_the_list_picked_from() -> None:
    assert rewrite_by_rules("And the third?", HISTORY, picked_one()) == "When is EA-9 due?"


def test_an_ordinal_after_a_list_question_asks_about_that_record() -> None:
    listed = Previous("Which actions are late", [EA4, EA7], ["EA-4", "EA-7"])
    assert rewrite_by_rules("What about the second?", HISTORY, listed) == "What is EA-7 about?"


def test_that_programme_is_the_one_the_last_answer_named() -> None:
    text = "**EA-4**: “The Boiler Renewal Programme will address this, with the Works Board.”"
    assert named_in(text, "programme") == "the Boiler Renewal Programme"
    assert named_in(text, "board") == "the Works Board"
    assert named_in("Considered by September's Works Board.", "board") == "the Works Board"
    one = Previous("What is EA-4 about", [EA4], ["EA-4"], text=text)
    assert rewrite_by_rules("Which other actions does that programme cover?", HISTORY, one) == (
        "Which other actions does the Boiler Renewal Programme cover?"
    )


def test_a_longer_question_points_back_only_at_a_clear_antecedent() -> None:
    question = "When is it likely to be finished by the estates team?"
    assert looks_like_follow_up(question)
    assert not looks_like_follow_up("Which reports say that the boiler was replaced?")
    assert not looks_like_follow_up("How many actions are there?")
    one = Previous("Who owns EA-4", [EA4], ["EA-4"])
    assert rewrite_by_rules(question, HISTORY, one) == (
        "When is EA-4 likely to be finished by the estates team?"
    )
    quoted = Previous("What does the plan say about boilers", [EA4, EA7], ["EA-4", "EA-7"], True)
    assert rewrite_by_rules(question, HISTORY, quoted) is None


def test_that_before_a_verb_is_no_possessive() -> None:
    one = Previous("When is EA-4 due", [EA4], ["EA-4"])
    assert rewrite_by_rules("Was that met?", HISTORY, one) == "Was EA-4 met?"


def test_it_after_an_answer_about_a_paper_is_the_paper() -> None:
    paper = Previous(
        "Who wrote the estates plan", [], [], route="document", documents=["Estates Audit Plan"]
    )
    assert rewrite_by_rules("When was it presented?", HISTORY, paper) == (
        "When was the Estates Audit Plan presented?"
    )
    passages = Previous("What does it say on boilers", [], [], documents=["Estates Audit Plan"])
    assert rewrite_by_rules("When was it presented?", HISTORY, passages) != (
        "When was the Estates Audit Plan presented?"
    )


def test_the_review_with_a_column_asked_is_the_action_in_focus() -> None:
    one = Previous("Who owns EA-4", [EA4], ["EA-4"])
    assert rewrite_by_rules("And the review — what date is it due?", HISTORY, one) == (
        "And EA-4 — what date is it due?"
    )
    assert rewrite_by_rules("Who wrote the review?", HISTORY, one) == (
        "Who wrote the Estates Audit Plan?"
    )


def test_a_new_subject_replaces_the_old_one() -> None:
    assert subject_of("Who is responsible for the boiler action?") == "the boiler action"
    one = Previous("When is the boiler action due", [EA4], ["EA-4"])
    assert rewrite_by_rules("And the action on lift maintenance?", HISTORY, one) == (
        "When is the action on lift maintenance due?"
    )
    assert rewrite_by_rules("What about the 2020 plan?", HISTORY, one) == (
        "When is the boiler action due in the 2020 plan?"
    )


def test_another_ref_is_asked_everything_asked_of_the_last_one() -> None:
    first = Previous("Who owns EA-4", [EA4], ["EA-4"])
    second = Previous("When is EA-4 due", [EA4], ["EA-4"], before=first)
    assert rewrite_by_rules("And EA-9?", HISTORY, second) == ("Who owns EA-9, and when is it due?")


def test_a_pronoun_turn_answered_from_passages_keeps_the_record_in_focus() -> None:
    first = Previous("Which action is about boilers", [EA4], ["EA-4"])
    passages = Previous("Is anyone outside helping with it", [EA7, EA9], ["EA-7", "EA-9"], True)
    kept = keep_focus(passages, first, "Is anyone outside helping with it?")
    assert kept.names == ["EA-4"] and not kept.quoted
    assert keep_focus(passages, first, "Is anyone outside helping?") is passages
    assert rewrite_by_rules("What deadline is shown for it?", HISTORY, kept) == (
        "What deadline is shown for EA-4?"
    )


def test_nothing_found_carries_the_subject_not_the_whole_question() -> None:
    failed = Previous("What does the estates plan set aside for boilers", [], [])
    assert rewrite_by_rules("What share of that goes on pumps?", HISTORY, failed) == (
        "What share of the estates plan set aside for boilers goes on pumps?"
    )


def test_a_question_of_bare_refs_says_nothing_of_its_own() -> None:
    assert asks_only_of_refs("Who leads R9?")
    assert asks_only_of_refs("Is R10 complete?")
    assert not asks_only_of_refs("Who owns R3 in the District Auditor report?")
    assert not asks_only_of_refs("Who leads R3 in the 2002 audit?")


def test_before_or_after_sets_the_record_against_the_other() -> None:
    one = Previous("When is EA-4 due", [EA4], ["EA-4"])
    assert rewrite_by_rules("Is that before or after the lift works?", HISTORY, one) == (
        "Which came first, EA-4 or the lift works?"
    )


def test_a_pronoun_turn_keeps_its_row_and_the_rows_it_showed_for_a_pick() -> None:
    one, other = record("A1"), record("A2")
    earlier = Previous("who owns A1?", [one], ["A1"])
    current = Previous("is it a problem elsewhere too?", [one, other], ["A1", "A2"])
    kept = keep_focus(current, earlier, "is it a problem elsewhere too?")
    assert [r.ref for r in kept.records] == ["A1"]  # 'it' is still the row before
    assert kept.pool_names == ["A1", "A2"]  # what the answer showed, for 'the <X> one'

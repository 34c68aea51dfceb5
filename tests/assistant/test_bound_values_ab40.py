"""A value answers only when it is bound to what is asked (issue 14, abstention, session 40).

A sum is of the noun it is written with ('savings of £12.5m' is no budget); a share refers
back to its whole ('less than 9%' of the cuts); a party asked by its role is one the sentence
binds to that role (a firm, not the body's own board; a product named with a product's noun).
And the mirror: a frame word or a quoted title types no value ('what is X missing?' asks no
rating).
"""

from __future__ import annotations

import pytest

from assistant.analysis import answer_type, counted_noun
from assistant.answers.support.asked_attribute import names_organisation, party_asked
from assistant.answers.support.bound_amount import asked_money_noun, own_nouns, sums_of_other_kind
from assistant.service import Assistant


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("What's the assurance framework missing?", None),
        ("what is the scoring matrix lacking?", None),
        ("what are the budget plans targeting?", None),
        ("how much of “Managing the budget gap”'s cuts hit public-facing services?", None),
        # a value's noun heading the phrase still types it
        ("what was the assurance level reported?", "rating"),
        ("what is the risk rating now?", "rating"),
        ("what is the total cost", "amount"),
        ("what was the total 2009-12 budget for “Managing the budget gap”?", "amount"),
    ],
)
def test_a_participle_or_a_quoted_title_types_no_value(question: str, kind: str | None) -> None:
    assert answer_type(question) == kind


@pytest.mark.parametrize(
    ("question", "noun"),
    [
        ("how much of “Managing the budget gap”'s cuts hit public-facing services?", "cuts"),
        ("how much of the board's budget was spent?", "budget"),
        ("how many of “Fleet review”'s actions are overdue?", "actions"),
        ("How many of the council's recommendations are done?", "recommendations"),
        ("How many of giving senior managers training in the last year?", ""),
    ],
)
def test_a_possessor_or_a_gerund_is_no_counted_noun(question: str, noun: str) -> None:
    assert counted_noun(question) == noun


def test_a_sum_is_of_the_noun_it_is_written_with() -> None:
    budget = "what was the total 2009-12 budget?"
    assert asked_money_noun(budget) == "budget"
    savings = "The 2009-12 budget includes new net savings of £12.5m from income generation."
    assert own_nouns(savings) == ["save"]
    assert sums_of_other_kind(budget, savings)
    assert not sums_of_other_kind("what were the total savings?", savings)
    assert not sums_of_other_kind(budget, "The unit has a budget of £3m a year.")
    assert not sums_of_other_kind(budget, "£2m has been set aside for the unit.")  # unbound
    assert not sums_of_other_kind("how much did it cost?", savings)  # no kind named


@pytest.mark.parametrize(
    ("question", "role"),
    [
        # 'which system' is left to the unnamed-kind refusal, which reads the row's own words
        ("which HR system are the records going into?", None),
        ("what software is the tool built on?", "software"),
        ("which document management product did they scan the records into?", "product"),
        ("what system is in place to monitor declarations?", None),  # a description
    ],
)
def test_a_product_is_asked_by_its_noun(question: str, role: str | None) -> None:
    assert party_asked(question) == role


def test_a_party_is_bound_to_its_role() -> None:
    approved = "projects that are approved by Investment Board and the Audit Committee."
    assert not names_organisation(approved, set(), set(), "supplier")
    assert names_organisation("The tool was built by Corran Data.", set(), set(), "supplier")
    systems = "an interface between the MPS Oracle and SAP systems."
    assert names_organisation(systems, {"mps"}, set(), "system")
    # a name no product noun binds is no product ('improving VFM by …')
    assert not names_organisation("improving VFM by recording benefits", set(), set(), "system")


def test_a_sum_of_another_kind_and_a_share_of_the_whole(assistant: Assistant) -> None:
    total = assistant.ask("what was the total budget for 2009-12?")
    assert total.abstained and "12.5m" not in total.answer
    share = assistant.ask("how much of the budget reductions relate to public-facing services?")
    assert not share.abstained and "9%" in share.answer
    missing = assistant.ask("what's the assurance framework lacking?")
    assert not missing.abstained and "formal action plan" in missing.answer


def test_a_product_or_firm_the_record_does_not_name(assistant: Assistant) -> None:
    for question in (
        "which contractor developed the benefits tracking tool?",
        "what software is the benefits tracking tool built on?",
        "which platform will host the business benefits tracking tool?",
    ):
        answer = assistant.ask(question)
        assert answer.abstained and answer.abstention == "value_not_given", question
    named = assistant.ask(
        "Which two IT systems lack an interface, per HMIC's areas for improvement?"
    )
    assert not named.abstained and "SAP" in named.answer


def test_a_product_the_record_does_not_name_on_another_body(bodies_assistant: Assistant) -> None:
    unnamed = bodies_assistant.ask("which software holds the leavers records at the fire service?")
    assert unnamed.abstained and unnamed.abstention == "value_not_given"

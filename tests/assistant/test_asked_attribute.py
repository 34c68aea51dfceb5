"""A value is the answer only when it is of the attribute asked; an organisation asked for by
its role only when the record names one; the words that frame a question (a superlative, the
kind of value) never refuse it."""

from __future__ import annotations

import pytest

from assistant.answers.support.asked_attribute import party_asked
from assistant.answers.support.frame import frame_words
from assistant.service import Assistant


def test_a_superlative_and_the_kind_of_value_frame_the_question() -> None:
    assert {"biggest", "sum"} <= frame_words("What's the biggest sum the trust has written off?")
    assert "largest" in frame_words("which figure is the largest for overtime?")
    assert "suggest" not in frame_words("what did the auditors suggest about fuel cards?")


@pytest.mark.parametrize(
    ("question", "role"),
    [
        ("Which contractor was appointed to resurface the car park?", "contractor"),
        ("Which supplier won the catering tender?", "supplier"),
        ("What firm carried out the valuation?", "firm"),
        ("Who was the consultant?", "consultant"),
        ("Which agency runs the helpline for tenants?", "agency"),
        ("which contractor maintains the trails?", "contractor"),
        ("Who was the contractor responsible for the roof?", "contractor"),
        # the role noun modifies the noun asked for: a value, not an organisation
        ("What is the contractor rate for winter gritting?", None),
        ("what was the supplier payment limit in 2023?", None),
        ("What is the company car allowance?", None),
    ],
)
def test_an_organisation_is_asked_only_when_its_role_heads_the_phrase(
    question: str, role: str | None
) -> None:
    assert party_asked(question) == role


def test_a_supplier_the_record_does_not_name_is_not_answered(
    bodies_assistant: Assistant,
) -> None:
    answer = bodies_assistant.ask(
        "Which supplier is building the fire service's leavers interface?"
    )
    assert answer.abstained and answer.abstention == "value_not_given"


def test_a_contractor_is_not_answered_with_the_owner(bodies_assistant: Assistant) -> None:
    answer = bodies_assistant.ask("which contractor maintains the trails for the park authority?")
    assert answer.abstained and answer.abstention == "value_not_given"
    assert "Head of Land Management" not in answer.answer


def test_a_value_of_another_attribute_is_not_the_one_asked(bodies_assistant: Assistant) -> None:
    answer = bodies_assistant.ask("How much was the premium on the contractors' insurance cover?")
    assert answer.abstained and answer.abstention == "value_not_given"


def test_a_framed_count_is_answered(bodies_assistant: Assistant) -> None:
    answer = bodies_assistant.ask(
        "Could you tell me roughly how many stations have had their equipment checked, please?"
    )
    assert not answer.abstained and "14" in answer.answer


@pytest.mark.parametrize(
    ("question", "role"),
    [
        # a head noun before 'of' is asked: the role noun only modifies what follows it
        ("What share of supplier invoices were paid within 30 days?", None),
        ("What proportion of the consultant reports were delivered late?", None),
        # picking one of the parties still asks for one
        ("Which of the contractors resurfaced the car park?", "contractor"),
        ("Which of the suppliers won the catering tender?", "supplier"),
    ],
)
def test_a_head_noun_before_of_is_what_is_asked(question: str, role: str | None) -> None:
    assert party_asked(question) == role

"""The kind of value a question asks for, and the shape a sentence must hold to give it."""

from __future__ import annotations

import pytest

from assistant.analysis import ANSWER_SHAPES, answer_type


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("How much did the shared service save?", "amount"),
        ("What was the vacancy rate at the end of the year?", "percentage"),
        ("What overall grade did the inspectorate give the force?", "rating"),
        ("How was the estates review rated by internal audit?", "rating"),
        ("What is the approval threshold for contract waivers?", "threshold"),
        ("When was the unit formed?", "year"),
        ("Who owns the estates action?", None),
    ],
)
def test_the_kind_of_value_asked_for(question: str, kind: str | None) -> None:
    assert answer_type(question) == kind


@pytest.mark.parametrize(
    ("kind", "gives", "does_not"),
    [
        ("rating", "The review was rated good overall.", "The review was completed in June."),
        ("rating", "Internal audit gave limited assurance.", "Internal audit reported in May."),
        ("rating", "It scored 3 out of 4.", "It was scored by the panel."),
        ("threshold", "Waivers above £50,000 need approval.", "Waivers need approval."),
        ("percentage", "Vacancies fell to 4.5%.", "Vacancies fell."),
    ],
)
def test_a_sentence_gives_the_kind_only_with_a_value(kind: str, gives: str, does_not: str) -> None:
    assert ANSWER_SHAPES[kind].search(gives)
    assert not ANSWER_SHAPES[kind].search(does_not)

"""A wh-phrase asks for its head, the last noun of its noun phrase: 'what are the rate
arrears …?' asks an amount (arrears), not a rate; a participle or an adverb after the noun
ends the phrase instead ('the rate agreed', 'the rate now')."""

from __future__ import annotations

import pytest

from assistant.analysis import answer_type
from assistant.answers.support.column_noun import column_asked


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("What are the business rate arrears at this quarter?", "amount"),
        ("What is the debt written off last year?", "amount"),
        ("What is the sickness rate now?", "percentage"),
        ("What was the depot's overall rating before this review?", "rating"),
        ("What was the interest rate agreed with the lender?", "percentage"),
        ("What is the staff turnover rate for the depot?", "percentage"),
        ("What was the date set for the member workshop?", "year"),
        ("What is the savings rate on the reserve account?", "percentage"),
        ("What are the council's pension fund deficit figures?", None),
    ],
)
def test_the_head_of_the_asked_phrase_types_the_answer(question: str, kind: str | None) -> None:
    assert answer_type(question) == kind


@pytest.mark.parametrize(
    ("question", "field"),
    [
        ("Which timescales were agreed for the depot fuel checks?", "due"),
        ("What target dates does the plan give the cyber training item?", "due"),
        ("What completion date applies to the boiler works?", "due"),
        ("What funding gap remains on the depot works?", None),
        ("Who agreed the deadline extension?", None),
    ],
)
def test_a_column_named_by_its_noun(question: str, field: str | None) -> None:
    assert column_asked(question) == field

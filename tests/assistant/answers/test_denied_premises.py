"""A thing a question takes to exist that the record says is missing (issue 14, exam5 FP-3
shape 4): 'who is the new lead for X?' when the paper says X is 'without a working lead' is
answered with the paper's denial, not an abstention or an empty owner line."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant.answers.model import Answer
from assistant.answers.support.claims import denied_phrase


def test_a_negation_denies_the_head_noun_of_its_phrase() -> None:
    said = "This area continues to exist without a working lead."
    assert denied_phrase("Who is the new lead?", said) == "without a working lead"
    coordinated = "there remains no clear governance or formal plan to support it."
    assert denied_phrase("What is in the formal plan?", coordinated) == (
        "no clear governance or formal plan"
    )
    # a modifier is not what is denied, and a verb is not its noun
    assert denied_phrase("Who owns the Met budget?", "There is no clear Met lead.") is None
    assert denied_phrase("How will partnerships be governed?", coordinated) is None


@pytest.mark.parametrize(
    "question",
    [
        "Who is the newly appointed lead for Strategic Partnerships?",
        "Who was appointed as the working lead for Strategic Partnerships in 2016?",
        "Which Met officer now leads the strategic partnerships area?",
    ],
)
def test_a_role_holder_the_record_says_is_missing_is_denied(
    ask: Callable[[str], Answer], question: str
) -> None:
    answer = ask(question)
    assert not answer.abstained and "premise-corrected" in answer.notes
    assert "there is none" in answer.answer
    assert "without a working lead" in answer.answer or "no clear Met lead" in answer.answer

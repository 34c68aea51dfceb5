"""Who a question says wrote or presented a paper, checked against the paper's own author
lines (issue 14, exam5 FP-2); the claimed author is no owner filter, and the rest of the
question is still answered (FP-4)."""

from __future__ import annotations

from collections.abc import Callable

from assistant.answers.model import Answer
from assistant.answers.support.claims import author_contradicted, claimed_author


def test_the_claimed_author_is_read_from_the_premise() -> None:
    assert claimed_author("the Chief Executive personally present the plan") == (
        "the Chief Executive"
    )
    assert claimed_author("The report was presented by the Director of Resources") == (
        "the Director of Resources"
    )
    lines = ["Report by: The Chief Financial Officer, MOPAC"]
    assert author_contradicted("the Chief Executive", lines)
    assert not author_contradicted("the Chief Financial Officer", lines)


def test_a_wrong_presenter_is_corrected_from_the_author_lines(
    ask: Callable[[str], Answer],
) -> None:
    answer = ask(
        "Why did the Chief Executive personally present the MOPAC Governance Improvement Plan "
        "to the December 2017 Audit Panel?"
    )
    assert "premise-corrected" in answer.notes and not answer.abstained
    assert "Chief Financial Officer" in answer.answer and "Siobhan Peters" in answer.answer


def test_the_rest_of_the_question_is_answered_after_the_correction(
    ask: Callable[[str], Answer],
) -> None:
    answer = ask(
        "The MPS Governance Report was presented by the Director of Resources — what did it say "
        "about strategic partnerships?"
    )
    assert "premise-corrected" in answer.notes
    assert "Director of Strategy and Insight" in answer.answer
    assert len(answer.citations) > 2  # the author lines, then passages on the question's subject


def test_the_true_author_is_not_corrected(ask: Callable[[str], Answer]) -> None:
    answer = ask(
        "Why did the Chief Financial Officer present the MOPAC Governance Improvement Plan?"
    )
    assert "premise-corrected" not in answer.notes

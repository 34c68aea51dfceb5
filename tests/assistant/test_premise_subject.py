"""A premise stated before the question is checked against the row its noun phrase names
(issue class 7, answered although it should be corrected): 'the progress summary shows the
*staff appraisal recommendation* fully met. When was that confirmed?' is checked against the
appraisal row, not the row the asking verb happens to match; a premise the row holds is not
corrected. Real model over the bundled record; invented wordings."""

from __future__ import annotations

from collections.abc import Callable

from assistant.answers.model import Answer
from assistant.answers.support.premise_subject import premise_phrase


def test_the_phrase_a_state_is_said_of() -> None:
    shown = "The report shows the travel claims action fully done. Who signed it?"
    assert premise_phrase(shown, "fully done") == "travel claims action"
    linked = "Item 4 of the audit plan was completely met - who led it?"
    assert premise_phrase(linked, "completely met") == "item 4 of the audit plan"
    marked = "Is the fleet review marked as closed?"
    assert premise_phrase(marked, "closed") == "fleet review"
    assert premise_phrase("Closed already?", "closed") is None  # nothing before the state
    assert premise_phrase("Why was that missed?", "missed") is None  # a pronoun names no row


def test_a_stated_premise_the_named_row_contradicts_is_corrected(
    ask: Callable[..., Answer],
) -> None:
    answer = ask(
        "The progress summary shows the staff appraisal recommendation fully met. "
        "When was that confirmed?"
    )
    first = answer.answer.split("\n")[0]
    assert not answer.abstained
    assert first.startswith("**No")
    assert "R6" in first and "significantly" in first


def test_a_stated_premise_the_named_row_holds_is_not_corrected(
    ask: Callable[..., Answer],
) -> None:
    answer = ask(
        "The progress summary shows the HMIC work recommendation fully met. "
        "When was that confirmed?"
    )
    assert not answer.abstained
    assert not answer.answer.startswith("**No")

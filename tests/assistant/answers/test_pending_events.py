"""'When was X approved?' where the record says X is still to be approved: the answer is the
record's own words, cited, not 'the passages give no date' (issue 14, exam7 PR2)."""

from __future__ import annotations

from collections.abc import Callable

from assistant.answers.model import Answer
from assistant.answers.support.claims import pending_phrase


def test_a_pending_form_of_the_asked_verb_is_found() -> None:
    text = "The fleet strategy is awaiting sign-off by the board."
    assert pending_phrase("When was the fleet strategy signed off?", text) == "awaiting sign-off"
    # one event however written: 'approved' is the assent 'sign-off' is still pending
    assert pending_phrase("Has the fleet strategy been approved?", text) == "awaiting sign-off"
    said = "The depot plan has not yet been published."
    assert pending_phrase("When was the depot plan published?", said) == "not yet been published"
    said_later = "The depot plan is still being finalised; it has not yet been formally adopted."
    assert pending_phrase("When was the depot plan finalised?", said_later) == (
        "still being finalised"
    )
    assert pending_phrase("Was the depot plan approved?", said_later) == (
        "not yet been formally adopted"
    )
    # another verb, or a question about what is to come, finds nothing
    assert pending_phrase("When was the depot plan costed?", said) is None
    assert pending_phrase("What will the depot plan publish?", said) is None


def test_when_was_it_approved_is_answered_that_it_was_not_yet(
    ask: Callable[[str], Answer],
) -> None:
    answer = ask("When was the Transforming Training outline business case signed off?")
    assert not answer.abstained and "premise-corrected" in answer.notes
    assert "not yet been approved" in answer.answer and "2017" in answer.answer


def test_the_subject_may_be_named_by_its_record(ask: Callable[[str], Answer]) -> None:
    # the sentence says 'standards … awaiting approval'; 'commercial' is its area's title
    answer = ask("When were the commercial standards approved?")
    assert not answer.abstained and "awaiting approval" in answer.answer


def test_has_it_been_approved_is_answered_no(ask: Callable[[str], Answer]) -> None:
    answer = ask("Has the IM Futures business case been signed off yet?")
    assert answer.answer.startswith("**No — the record says")


def test_an_event_nothing_says_is_pending_still_abstains(ask: Callable[[str], Answer]) -> None:
    answer = ask("When was the Transformation Directorate set up?")
    assert answer.abstained

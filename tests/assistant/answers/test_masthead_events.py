"""A paper's opening words are its own (its masthead) unless a sentence of its prose dates
another event ('… which the board adopted on 12 June 2021'): a question asking that event's
date is answered from the passage, not with the paper's date."""

from __future__ import annotations

from assistant.answers.support.mastheads import without_dated_events

_OPENING = (
    "# Depot Review - Progress Tracker\n**Meeting:** 3 March 2022\n\n"
    "In May 2021 the review panel made six recommendations, which the board adopted on "
    "12 June 2021. This paper reports progress.\n"
    "This report was presented on 3 March 2022 to the Audit Panel of the depot trust.\n"
)


def test_a_sentence_dating_another_event_is_no_masthead() -> None:
    kept = without_dated_events(_OPENING, "2022-03-03")
    assert "adopted" not in kept and "six recommendations" not in kept
    assert "Depot Review" in kept and "Meeting" in kept and "reports progress" in kept
    assert "presented on 3 March 2022 to the Audit Panel" in kept  # the paper's own date


def test_an_undated_paper_keeps_no_dated_sentence() -> None:
    assert "adopted" not in without_dated_events(_OPENING, None)

"""Figures a question takes for granted are checked against the passages about its subject."""

from __future__ import annotations

from assistant.answers.support.premises import figure_contradicted, figures


def test_figures_are_read_with_their_kind_and_value() -> None:
    found = figures("It saved £1.2 million; 13 recommendations were made in 2008; 40% are done.")
    assert [(f.kind, f.value) for f in found] == [
        ("amount", 1_200_000.0),
        ("count of recommend", 13.0),
        ("percent", 40.0),
    ]


def test_years_dates_and_refs_are_not_figures() -> None:
    assert figures("Due 31 March 2009, see item 3 and 2008 actions.") == []


def test_a_figure_the_passages_contradict_is_found() -> None:
    found = figure_contradicted(
        "Why were all 12 recommendations of the inspection accepted?",
        ["The panel met in May.", "The inspection made 13 recommendations."],
    )
    assert found is not None
    asked, given, index = found
    assert (asked.text, given.text, index) == ("12 recommendations", "13 recommendations", 1)


def test_a_figure_borne_out_or_not_spoken_of_is_left_alone() -> None:
    assert figure_contradicted("Why did the £5m saving fall short?", ["£5m was the aim."]) is None
    assert figure_contradicted("Why did the £5m saving fall short?", ["12 posts were cut."]) is None
    # quoted text is not a claim
    assert figure_contradicted('Who wrote "12 steps to reform"?', ["It has 9 steps."]) is None

"""Figures a question takes for granted are checked against the passages about its subject."""

from __future__ import annotations

from assistant.answers.support.figures import figure_contradicted, figures, in_digits
from assistant.service import Assistant


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


# -- exam5 FP-3 shape 1: a wrong size of a named paper's set of rows, in digits or in words ------
def test_a_number_written_in_words_is_a_figure() -> None:
    assert in_digits("twenty-one recommendations and twelve actions") == (
        "21 recommendations and 12 actions"
    )
    assert [f.value for f in figures("the report made twelve recommendations")] == [12.0]


def test_a_wrong_size_of_a_papers_set_is_corrected_with_the_open_rows(
    assistant: Assistant,
) -> None:
    answer = assistant.ask(
        "The District Audit report made twenty recommendations on the Policing and Performance "
        "Plan; which of them are still open?"
    )
    assert not answer.abstained and "premise-corrected" in answer.notes
    assert "has 13 recommendations, not 20" in answer.answer and "R1:" in answer.answer


def test_a_corrected_figure_names_the_row_that_states_it(assistant: Assistant) -> None:
    # exam8 PR6: after the correction, the rest of the question ('which row …') is answered
    answer = assistant.ask(
        "The governance action plan counted 75 corporate health indicators - which row names them?"
    )
    assert "it gives 60" in answer.answer
    assert "It is in **item 1.1** of *Action Plan — Governance Issue 2007/08*" in answer.answer

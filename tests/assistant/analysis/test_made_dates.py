"""A date attached to a verb of making ('the actions agreed in 2023') dates the paper that made
the rows, not their deadlines (assistant.analysis.made_dates); over invented papers."""

from __future__ import annotations

from dataclasses import dataclass

from assistant.analysis.made_dates import made_span, made_window, papers_made


@dataclass
class _Paper:
    id: str
    year: int | None


_PAPERS = [_Paper("tracker-2022", 2022), _Paper("tracker-2023", 2023), _Paper("log", None)]


def test_a_verb_of_making_before_the_window_dates_the_making() -> None:
    assert made_window("Which findings did the inspectors put forward in 2022?", "in 2022")
    assert made_window("what did the committee sign off during 2023 please", "during 2023")
    # a few words may stand between the verb and the window
    assert made_window("The points raised for the depot review in 2023?", "in 2023")


def test_a_deadline_or_no_verb_of_making_leaves_the_window_alone() -> None:
    assert not made_window("Which points are to be completed in 2023?", "in 2023")
    assert not made_window("Which points were agreed to be finished in 2023?", "in 2023")
    assert not made_window("Which points slipped in 2023?", "in 2023")
    assert not made_window("Which points were agreed?", None)


def test_a_window_following_a_paper_is_that_paper_s_year() -> None:
    question = "list what was found after the 2022 site inspection"
    assert made_span(question, "after the 2022", 2023, None) == (2022, 2022)
    # 'after 2022' with no paper after it stays the window it is
    assert made_span("what was found after 2022 at the depot", "after 2022", 2023, None) == (
        2023,
        None,
    )


def test_the_papers_of_the_window_among_those_named() -> None:
    assert papers_made(2023, 2023, [], _PAPERS) == ["tracker-2023"]
    assert papers_made(2022, None, ["tracker-2022", "log"], _PAPERS) == ["tracker-2022"]
    assert papers_made(2019, 2019, [], _PAPERS) == []

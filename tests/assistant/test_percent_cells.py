"""The asked cell typed by its column (assistant.analysis.cell_kinds, composers.row_percent): a
row's percentage cell answers how far it has gone, first; one row's percentage in two papers is
given side by side; and a contrast sets the values it names aside in counts over a status
column (assistant.analysis.asked_values). Over papers of data/papers/dev13 (a leisure trust's
trackers: '% complete', 'Progress %' columns; 'Met / Partly met / Not met' assessments) and
data/papers/dev8 (a 'Met?' column with 'Met: partially' and 'Not yet due')."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from assistant.analysis import answer_type
from assistant.analysis.cell_kinds import asks_how_far, percent_cell, percent_range, percent_words
from assistant.analysis.intent import intent_of
from assistant.analysis.negated_states import without_contrasts
from assistant.answers.support.figures import figures
from assistant.service import Assistant
from tests.assistant.conftest import assistant_over
from tests.assistant.test_follow_ups import converse

PAPERS = Path(__file__).resolve().parents[2] / "data" / "papers"
LEISURE = (
    "q01_leisure_pdf.pdf",
    "q03_leisure_docx.docx",
    "q04_leisure_xlsx.xlsx",
    "q05_leisure_html.html",
)
LEISURE_HTML = ("q06_leisure_html.html",)
OFS = PAPERS / "dev8" / "x07_eastwold_university_ofs_conditions.html"


@pytest.fixture(scope="module")
def leisure(real_services: object, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Assistant]:
    """Five of the leisure trust's progress reports (1, 3, 4, 5 and 6) and the OfS paper."""
    papers = [PAPERS / "dev13" / name for name in (*LEISURE, *LEISURE_HTML)] + [OFS]
    yield from assistant_over(papers, real_services, tmp_path_factory, "percent")


# -- the reading, without an index ---------------------------------------------------------------


def test_a_cell_is_a_percentage_by_its_header_or_its_shape() -> None:
    assert percent_cell("% complete", "60") is not None
    assert percent_cell("% complete", "60").value == "60%"  # type: ignore[union-attr]
    assert percent_cell("Progress %", "75%").value == "75%"  # type: ignore[union-attr]
    assert percent_cell("Completion", "40 per cent") is not None  # the cell says so itself
    assert percent_cell("Owner", "60") is None  # a number under no per cent header
    assert percent_cell("% done", "n/a") is None
    assert percent_cell("% complete", "250") is None  # no share of a whole


@pytest.mark.parametrize(
    "question",
    [
        "what % done",
        "How complete is R3?",
        "how far along is the scheme of delegation review?",
        "How far has the fire risk work got?",
        "how much of it has been done?",
        "what percentage complete is it?",
    ],
)
def test_how_far_a_row_has_gone_is_asked(question: str) -> None:
    assert asks_how_far(question)


@pytest.mark.parametrize("question", ["who owns it?", "how far is the depot from town?"])
def test_other_questions_ask_no_percentage(question: str) -> None:
    assert not asks_how_far(question)


def test_a_per_cent_sign_of_no_figure_asks_a_percentage() -> None:
    assert answer_type("what % done") == "percentage"
    assert answer_type("How does the % done for X in report 2 compare with report 3?") == (
        "percentage"
    )
    assert answer_type("what was 45% of the budget spent on?") != "percentage"
    assert "done" in percent_words("what % done")
    assert "complete" in percent_words("what is the percentage complete?")


def test_a_contrast_is_blanked_in_place() -> None:
    question = "How many were assessed as Met (not Partly met or Not met)?"
    blanked = without_contrasts(question)
    assert len(blanked) == len(question)
    assert "Met" in blanked and "Partly" not in blanked


def test_a_wh_word_after_a_papers_number_is_no_count() -> None:
    assert not [f for f in figures("in report 2 which actions are Blue?") if f.kind != "percent"]


# -- answers over the papers ---------------------------------------------------------------------


def _first(text: str) -> str:
    return text.strip().split("\n")[0]


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("What % done is R3 in report 4?", "**55%**"),
        ("How complete is the fire risk assessments action in report 6?", "**60%**"),
        ("how far has the scheme of delegation review got in report 3?", "**75%**"),
        ("what's the percentage complete on the purchase card review in report 4?", "**30%**"),
    ],
)
def test_the_percentage_cell_is_the_first_line(
    leisure: Assistant, question: str, value: str
) -> None:
    answer = leisure.ask(question)
    assert not answer.abstained
    assert value in _first(answer.answer)
    assert answer.citations  # the cell is cited


def test_the_rest_of_the_row_gives_the_assessment_beside_it(leisure: Assistant) -> None:
    answer = leisure.ask(
        "What assessment and progress % does report 6 give the fire risk assessments action?"
    )
    assert "**60%**" in _first(answer.answer)
    assert "Partly met" in answer.answer


def test_a_follow_up_asks_the_percentage_of_the_row_in_focus(leisure: Assistant) -> None:
    last = converse(leisure, "What is R3 in report 4?", "what % done")[-1]
    assert "**55%**" in _first(last.answer.answer)


def test_one_rows_percentage_is_compared_across_two_papers(leisure: Assistant) -> None:
    answer = leisure.ask(
        "How does the % done for the scheme of delegation review in report 3 compare with report 6?"
    )
    assert "**75%**" in answer.answer and "**20%**" in answer.answer
    assert "55 percentage points lower" in answer.answer


def test_a_paper_with_no_percentage_column_gives_none(leisure: Assistant) -> None:
    answer = leisure.ask("What % done is the safeguarding training records action in report 5?")
    assert "percentage column" not in answer.answer


@pytest.mark.parametrize(
    ("question", "count"),
    [
        ("How many actions in report 6 were assessed as Met (not Partly met or Not met)?", "2"),
        ("how many report 6 actions are met, not partly met?", "2"),
        ("In the OfS conditions paper, how many were Met (not Met: partially or Not met)?", "4"),
        ("In the OfS conditions paper, how many actions are Not met (not Not yet due)?", "2"),
    ],
)
def test_a_contrast_sets_its_values_aside(leisure: Assistant, question: str, count: str) -> None:
    answer = leisure.ask(question)
    assert _first(answer.answer).startswith(f"**{count}**")


@pytest.mark.parametrize(
    "question",
    [
        "in report 6 what actions are Met?",
        "In the 2019 plan, what actions are overdue?",
        "in the tracker which recommendations are rated Red?",
    ],
)
def test_a_scope_fronted_before_a_wh_phrase_of_rows_asks_a_list(question: str) -> None:
    assert intent_of(question) == "list"


def test_a_fronted_scope_keeps_a_lookup_a_lookup() -> None:
    assert intent_of("in report 6 what is the deadline for R3?") == "lookup"


def test_a_column_value_named_after_a_fronted_paper_filters_the_rows(leisure: Assistant) -> None:
    answer = leisure.ask("in report 6 what actions are Met?")
    assert _first(answer.answer).startswith("**2 actions")


@pytest.mark.parametrize(
    ("question", "bounds"),
    [
        ("which are at 100%?", (100.0, 100.0)),
        ("how many are at least 60% complete?", (60.0, 100.0)),
        ("which are over 50% done?", (50.001, 100.0)),
        ("which actions are below 50%?", (0.0, 49.999)),
        ("how many are 40% or less?", (0.0, 40.0)),
    ],
)
def test_a_bound_on_a_percentage_is_read(question: str, bounds: tuple[float, float]) -> None:
    found = percent_range(question)
    assert found is not None and found[0] == bounds


@pytest.mark.parametrize(
    ("question", "count"),
    [
        ("how many actions in report 4 are at 100%?", "2"),
        ("how many report 3 actions are over 50% complete?", "6"),
        ("In report 4, how many actions are below 50% done?", "4"),
        ("how many actions in report 6 are at least 60% complete?", "4"),
    ],
)
def test_rows_are_counted_by_their_percentage_cell(
    leisure: Assistant, question: str, count: str
) -> None:
    answer = leisure.ask(question)
    assert _first(answer.answer).startswith(f"**{count}**")

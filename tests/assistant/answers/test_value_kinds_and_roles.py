"""What a question asks for, linked to what the record holds (issue 14 held-out failure
classes D-H): a value of a kind (a score moved from and to, a headcount, a person's name) only
from a sentence that holds one; 'how many' of a prose noun from the prose, of a field state from
the register; the owner column only for responsibility; revised dates as a register filter."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assistant.analysis import ANSWER_SHAPES, QueryAnalysis, answer_type, asks_responsibility
from assistant.answers.model import Answer
from assistant.answers.router import choose_route


# -- D: a value of a kind ------------------------------------------------------------------------
def test_a_year_is_no_score_and_a_change_needs_two_values(ask: Callable[[str], Answer]) -> None:
    assert not ANSWER_SHAPES["rating"].search("The audit score improved in 2019.")
    assert ANSWER_SHAPES["rating"].search("The audit score rose from 2 to 3.")
    answer = ask("What score did the risk management arrangements move from and to?")
    assert answer.abstained


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("Who chaired the March meeting?", "holder"),
        ("Who are the members of the Standards Committee?", "person"),
        ("Who is the Treasurer?", "person"),
        ("What is the headcount of the vetting unit?", "headcount"),
        ("Who is responsible for R18?", None),
        ("Who will manage the DRM programme?", None),
    ],
)
def test_person_and_headcount_kinds(question: str, kind: str | None) -> None:
    assert answer_type(question) == kind


# -- F: a person or a body's members, not the owner column --------------------------------------
@pytest.mark.parametrize(
    "question",
    [
        "Who chaired the Standards Committee?",
        "Who are the members of the Standards Committee?",
        "Who is the Treasurer?",
    ],
)
def test_a_person_the_record_does_not_name_is_not_answered_from_the_owner_column(
    ask: Callable[[str], Answer], question: str
) -> None:
    answer = ask(question)
    assert answer.abstained and "owned by" not in answer.answer


def test_a_name_with_a_title_or_a_post_in_brackets_is_a_person() -> None:
    assert ANSWER_SHAPES["person"].search("The meeting was chaired by Jane Smith.")
    assert ANSWER_SHAPES["person"].search("Present: Cllr Ahmed, Ms Rowe.")
    assert not ANSWER_SHAPES["person"].search("The Director of Finance chaired the group.")


# -- G: another role than responsibility ---------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "responsibility"),
    [
        ("Who is responsible for R18?", True),
        ("Who owns the whistle-blowing action?", True),
        ("Who is the lead for the staff appraisal recommendation?", True),
        ("Who will manage the DRM programme?", False),
        ("Who was appointed to key roles at MOPAC?", False),
        ("Who is the trust working with on the estates review?", False),
    ],
)
def test_only_responsibility_asks_for_the_owner(question: str, responsibility: bool) -> None:
    assert asks_responsibility(question) is responsibility


def test_another_role_is_answered_from_the_actions_sentences(
    ask: Callable[[str], Answer], analyse: Callable[[str], QueryAnalysis]
) -> None:
    question = "Who will manage the DRM programme?"
    assert choose_route(analyse(question)) == "passages"
    answer = ask(question)
    assert not answer.abstained and "owned by" not in answer.answer
    assert "DRM" in answer.answer and answer.citations
    assert choose_route(analyse("Who owns the whistle-blowing action?")) == "field"


# -- E: how many ---------------------------------------------------------------------------------
def test_how_many_of_a_prose_noun_is_answered_from_the_prose(ask: Callable[[str], Answer]) -> None:
    answer = ask("How many activities have been completed?")
    assert answer.route == "passages" and not answer.records
    assert "18 of these" in answer.answer and "45 activities" in answer.answer


def test_how_many_of_a_field_state_counts_records(ask: Callable[[str], Answer]) -> None:
    answer = ask("How many deadlines were revised?")
    assert answer.route == "register" and answer.query.intent == "count"
    assert answer.answer.startswith("**2**")


def test_how_many_of_the_register_rows_still_counts_records(ask: Callable[[str], Answer]) -> None:
    answer = ask("How many recommendations in the District Audit report were completely met?")
    assert answer.route == "register" and answer.answer.startswith("**6**")


# -- H: revised dates of a named paper -----------------------------------------------------------
def test_revised_dates_of_a_named_paper_are_a_register_filter(
    analyse: Callable[[str], QueryAnalysis],
) -> None:
    q = analyse("Which dates were revised in the 2007/08 Annual Governance Statement action plan?")
    assert q.revised and choose_route(q) == "register"

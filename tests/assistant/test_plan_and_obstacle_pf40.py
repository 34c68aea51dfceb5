"""A figure asked of a plan is answered by the plan; what holds work up is the sentence that
states an obstacle (issue 14, fortieth session). Invented wordings: the pure readers first,
then the bundled record and another body's papers."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from assistant.answers.model import Answer
from assistant.answers.support.appendix_access import asks_access, lists_attachment
from assistant.answers.support.frame import stance_words
from assistant.answers.support.obstacle_asked import (
    asks_obstacle,
    obstacle_words,
    states_obstacle,
)
from assistant.answers.support.targets_only import asks_achieved
from assistant.service import Assistant

DEV8 = Path(__file__).resolve().parents[2] / "data" / "papers" / "dev8"


@pytest.fixture(scope="module")
def dev8_assistant(
    real_services: object, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Assistant]:
    """Another body's paper (a district council's, data/papers/dev8), ingested once for this
    module; read-only."""
    from assistant.container import Services
    from assistant.settings import load_settings

    index = tmp_path_factory.mktemp("dev8-index")
    settings = load_settings(index_dir=index)
    services = Services(settings, embedder=real_services.embedder)  # type: ignore[attr-defined]
    result = services.indexer.ingest_paths([DEV8 / "x01_brackenridge_dc_ia_actions.docx"])
    assert not result.skipped, result.skipped
    yield Assistant(services)
    services.catalog.close()
    shutil.rmtree(index, ignore_errors=True)


def test_a_count_asked_of_the_plan_is_no_count_of_what_was_done() -> None:
    for planned in (
        "How many files was the archive team on track to have scanned by the summer?",
        "how many inspections were they meant to have finished by March?",
        "How many claims was the unit supposed to have settled by the year end?",
        "how many homes was the landlord on course to have surveyed by 2026?",
    ):
        assert not asks_achieved(planned), planned
    for achieved in (
        "How many files has the archive team actually scanned?",
        "how many inspections had they finished by then?",
        "how many claims have been settled so far?",
    ):
        assert asks_achieved(achieved), achieved


def test_an_obstacle_is_asked_by_the_frame_and_stated_by_the_grammar() -> None:
    for asked in (
        "what's still holding the depot move up?",
        "What is blocking the new payroll system?",
        "what is the library refurbishment waiting on?",
        "why the hold-up on the fleet contract?",
        "what stands in the way of the archive move?",
    ):
        assert asks_obstacle(asked), asked
    for other in (
        "who is holding the budget for the depot?",
        "what is the depot move about?",
        "when will the payroll system go live?",
    ):
        assert not asks_obstacle(other), other
    assert states_obstacle("The business case is yet to be approved.")
    assert states_obstacle("Awaiting the county's revised template.")
    assert states_obstacle("Work is on hold until the post is filled.")
    assert not states_obstacle("The new system went live in May.")


def test_the_obstacle_frame_is_no_subject_a_sentence_must_hold() -> None:
    question = "what's still holding the depot move up?"
    assert {"holding", "still"} <= obstacle_words(question)
    assert {"holding", "still"} <= stance_words(question)
    assert "depot" not in stance_words(question)
    assert obstacle_words("who is holding the budget for the depot?") == set()


def test_a_goal_answers_a_count_asked_of_the_goal(ask: Callable[..., Answer]) -> None:
    answer = ask(
        "How many records was the Met meant to have reviewed by March 2018 under Operation "
        "Filesafe?"
    )
    assert not answer.abstained
    assert "6 million records" in answer.answer


def test_a_done_count_of_a_row_giving_only_a_goal_abstains(assistant: Assistant) -> None:
    answer = assistant.ask(
        "how many records has item 3 in the 2017 governance report reviewed to date?"
    )
    assert answer.abstained
    assert answer.abstention == "only_planned"
    assert "6 million" in answer.answer  # the goal the record does state is shown


def test_what_holds_work_up_leads_with_the_cell_stating_it(ask: Callable[..., Answer]) -> None:
    for question in (
        "what's still holding the information management work up?",
        "what is the information management work in the 2017 governance report waiting on?",
    ):
        answer = ask(question)
        assert not answer.abstained, question
        first = answer.answer.split("\n")[0]
        assert "yet to be approved" in first, question


def test_an_obstacle_in_another_bodys_note_is_found(bodies_assistant: Assistant) -> None:
    answer = bodies_assistant.ask("what's holding up the backup work at Kestrel Moors?")
    assert not answer.abstained
    assert "Awaiting new backup software" in answer.answer.split("\n")[0]


def test_an_access_ask_is_read_by_its_frame() -> None:
    for asked in (
        "Can I read the risk register itself?",
        "could we have a copy of the depot business case?",
        "where can I find the full tracker?",
        "Is the fleet review published?",
        "is the council's asset plan available to the public?",
    ):
        assert asks_access(asked), asked
    for other in (
        "When was the annual report published?",
        "is the public consultation finished?",
        "what is available to staff?",
        "is the action complete?",
    ):
        assert not asks_access(other), other
    assert lists_attachment("Appendix 1 – Governance Improvement Plan (Restricted)")
    assert lists_attachment("Annex B: Risk register (exempt)")
    assert not lists_attachment("The plan is attached at Appendix 1.")


def test_a_listed_appendix_answers_whether_it_may_be_seen(ask: Callable[..., Answer]) -> None:
    for question in (
        "can I see the actual improvement plan?",
        "could I get a copy of the governance improvement plan MOPAC attached to its report?",
        "is MOPAC's governance improvement plan available to the public?",
    ):
        answer = ask(question)
        assert not answer.abstained, question
        assert "(Restricted)" in answer.answer.split("\n")[0], question


def test_another_bodys_listed_appendix_is_found(dev8_assistant: Assistant) -> None:
    answer = dev8_assistant.ask(
        "can I see the agreed management actions appendix for Brackenridge?"
    )
    assert not answer.abstained
    assert "Appendix B - Agreed management actions" in answer.answer.split("\n")[0]

"""A state placed at each of a body's two papers ('open in the 2023 plan, done by the 2024
follow-up'), or rows listed again or not in the later paper ('dropped from the next report'):
the two papers' rows linked, both states stated (rl32)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from assistant.analysis.model import StateSpec
from assistant.analysis.paired_states import matches, paired_states, read_state
from assistant.service import Assistant
from tests.assistant.conftest import assistant_over


@dataclass(frozen=True)
class Paper:
    id: str
    title: str
    year: int | None
    date: str | None
    organisation: str | None


PAPERS = [
    Paper("a1", "Internal Audit Tracker 2022/23", 2023, "2023-03-01", "Wexcombe Museum Trust"),
    Paper("a2", "Audit Follow-up March 2024", 2024, "2024-03-01", "Wexcombe Museum Trust"),
    Paper("b1", "Risk Register Review", 2023, "2023-06-01", "Dunholm Ferry Board"),
    Paper("b2", "Risk Register Review - Update", 2024, "2024-06-01", "Dunholm Ferry Board"),
]
HELD = {
    "a1": {"In progress", "Not yet begun", "Complete", "Slipping"},
    "a2": {"Open", "Closed", "RAG: Purple"},
}


@pytest.mark.parametrize(
    ("question", "before", "after"),
    [
        (
            "Which Wexcombe Museum actions not started in 2023 were closed by 2024?",
            ["not_started"],
            ["complete"],
        ),
        (
            "Which museum trust items still outstanding in the first tracker are done in the "
            "follow-up?",
            ["partial", "ongoing", "not_started"],
            ["complete"],
        ),
        (
            "List the Wexcombe recommendations that were complete in 2024 but only partly "
            "done in 2023.",
            ["partial"],
            ["complete"],
        ),
    ],
)
def test_each_state_is_placed_at_its_paper(
    question: str, before: list[str], after: list[str]
) -> None:
    paired = paired_states(question, PAPERS, HELD)
    assert paired is not None
    assert (paired.earlier, paired.later) == ("a1", "a2")
    assert paired.before.statuses == before and paired.after.statuses == after


def test_a_label_the_paper_writes_is_read_as_that_label() -> None:
    paired = paired_states(
        "Which Wexcombe actions slipping in the 2023 tracker were open a year later?",
        PAPERS,
        HELD,
    )
    assert paired is not None
    assert paired.before.labels == ["Slipping"]
    assert set(paired.after.statuses) == {"partial", "ongoing", "not_started"}


def test_the_body_is_the_one_the_question_names() -> None:
    paired = paired_states(
        "Which ferry board risks open in 2023 were closed in the 2024 update?", PAPERS, HELD
    )
    assert paired is not None and (paired.earlier, paired.later) == ("b1", "b2")


@pytest.mark.parametrize(
    ("question", "held"),
    [
        ("Which of the 2023 Wexcombe recommendations were left out of the 2024 follow-up?", False),
        ("Which Wexcombe 2023 actions does the 2024 follow-up not mention?", False),
        ("Which 2023 museum trust actions re-emerged in the 2024 follow-up?", True),
        ("Which Wexcombe items from 2023 were still listed in the 2024 report?", True),
    ],
)
def test_listed_again_or_not(question: str, held: bool) -> None:
    paired = paired_states(question, PAPERS, HELD)
    assert paired is not None and paired.after.held is held


@pytest.mark.parametrize(
    "question",
    [
        "Which Wexcombe items in the 2024 follow-up are fresh audit points rather than carried "
        "over from the 2023 tracker?",
        "List the museum trust's 2024 follow-up actions that were not in the 2023 tracker.",
        "Which Wexcombe recommendations in the 2024 report were added since 2023?",
    ],
)
def test_rows_of_the_later_paper_the_earlier_lacks(question: str) -> None:
    paired = paired_states(question, PAPERS, HELD)
    assert paired is not None
    assert paired.subject == "later" and paired.after.held is False


@pytest.mark.parametrize(
    "question",
    [
        "Which Wexcombe actions due in 2023 were closed in 2024?",  # one state only
        "Were the museum's actions closed in 2023 and in 2024?",  # no rows asked
        "Which Wexcombe actions are closed?",  # one paper
    ],
)
def test_no_pair_without_two_placed_states(question: str) -> None:
    assert paired_states(question, PAPERS, HELD) is None


def test_progressed_is_further_along() -> None:
    spec = read_state("had moved forward", set())
    assert spec is not None and spec.progressed
    assert matches(spec, "ongoing", "Amber", "not_started")
    assert not matches(spec, "ongoing", "Amber", "ongoing")
    assert not matches(StateSpec(labels=["Closed"]), "complete", "Done")


# the damp and mould papers of data/papers/dev8: a 2023/24 plan and its follow-up (csv, md)
DEV8 = Path(__file__).resolve().parents[2] / "data" / "papers" / "dev8"


@pytest.fixture(scope="module")
def pair_assistant(
    real_services: object, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Assistant]:
    papers = [
        DEV8 / "x05_saltmarsh_homes_damp_mould_2023.csv",
        DEV8 / "x06_saltmarsh_homes_damp_mould_2024.md",
    ]
    yield from assistant_over(papers, real_services, tmp_path_factory, "paired")


def _refs(answer_text: str) -> set[str]:
    import re

    return set(re.findall(r"\*\*(DM\d\d|RSH\d)\*\*", answer_text))


@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        (
            "Which damp actions left open in the first plan had been done by the follow-up?",
            {"DM03", "DM06", "DM11"},
        ),
        ("Which 2023/24 actions shown as Overdue were Done in the next report?", {"DM06", "DM11"}),
        (
            "Which damp and mould actions from the first plan were dropped from the follow-up?",
            {"DM01", "DM02", "DM04", "DM07", "DM12"},
        ),
        (
            "Which items of the damp follow-up plan were added, not brought over from the "
            "first plan?",
            {"RSH1", "RSH2", "RSH3", "RSH4"},
        ),
    ],
)
def test_rows_linked_across_the_two_papers(
    pair_assistant: Assistant, question: str, wanted: set[str]
) -> None:
    answer = pair_assistant.ask(question)
    assert answer.route == "register", answer.route
    assert _refs(answer.answer) == wanted, answer.answer
    assert len(answer.citations) >= len(wanted)


def test_words_describing_a_paper_are_no_part_of_the_issue() -> None:
    from assistant.answers.composers.traced import _paper_words

    titles = ["Damp, Mould and Condensation Action Plan 2023/24", "Follow-up action plan"]
    said = "was the ventilation late again in the next year's damp and mould plan"
    assert _paper_words(said, titles) >= {"damp", "mould"}
    assert "ventilation" not in _paper_words(said, titles)


def test_one_issue_traced_without_the_paper_words(pair_assistant: Assistant) -> None:
    answer = pair_assistant.ask(
        "Did the mechanical ventilation of the 1960s blocks show up again in the later damp "
        "and mould plan, and when is it due there?"
    )
    assert "DM05" in answer.answer.split("\n\n")[0] or "DM05" in answer.answer[:400]
    assert "DM01" not in answer.answer


def test_owner_found_then_their_other_rows_in_the_paper_named(pair_assistant: Assistant) -> None:
    answer = pair_assistant.ask(
        "Who leads the action on fitting ventilation in the 1960s flats, and what other "
        "actions does that manager lead in the later follow-up plan?"
    )
    second = answer.answer.split("**Which actions other than", 1)[-1]
    assert "Head of Asset Management" in answer.answer
    assert "DM09" in second, answer.answer  # the owner's other row there, not DM05 asked again


def test_the_state_of_the_rows_listed_may_follow_the_papers() -> None:
    paired = paired_states(
        "Which Wexcombe recommendations in the 2024 follow-up are new since the 2023 tracker "
        "and still open?",
        PAPERS,
        HELD,
    )
    assert paired is not None and paired.subject == "later" and paired.after.held is False
    assert set(paired.before.statuses) == {"partial", "ongoing", "not_started"}

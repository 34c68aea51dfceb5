"""Rows related to a body's earlier paper ('carried over from the previous year', 'new this
year'): the rows of the paper in scope that the body's earlier paper also holds (the same ref,
or the same wording where rows have no ref), or does not; a phrase that cannot be resolved (no
earlier paper) neither empties nor shifts the list. Two invented bodies, one with papers of two
years (refs), one of three (no refs), in ``tests/fixtures/carried``."""

from __future__ import annotations

from assistant.analysis.carried import carried_phrase
from assistant.answers.model import Answer
from assistant.conversation import Chat, Turn
from assistant.service import Assistant


def _rows(answer: Answer) -> list[str]:
    return sorted((r.ref or r.title)[:24] for r in answer.records)


def test_the_phrase_is_read_in_several_wordings() -> None:
    for question, kind in (
        ("Which items were carried over from the previous year?", "earlier"),
        ("list the actions brought forward from last year's plan", "earlier"),
        ("how many are left over from the year before", "earlier"),
        ("Which recommendations were already in the 2019 report?", "earlier"),
        ("which actions are new this year?", "new"),
        ("How many were added since the last report?", "new"),
        ("Which ones were not carried forward?", "new"),
    ):
        found = carried_phrase(question)
        assert found is not None and found.kind == kind, question
    for question in (
        "Who carried out the review?",
        "How many staff were trained in the last year?",
        "Which recommendations from the 2019 report are complete?",
    ):
        assert carried_phrase(question) is None, question


def test_rows_carried_by_ref_from_the_earlier_paper(carried_assistant: Assistant) -> None:
    for question in (
        "Which Pellingham recommendations in the 2022 follow-up were rolled forward from the "
        "previous year?",
        "List the Pellingham Borough Council recommendations carried over from last year's report",
    ):
        answer = carried_assistant.ask(question)
        assert _rows(answer) == ["PBC 20/02", "PBC 20/03", "PBC 20/04", "PBC 20/06"], question
    answer = carried_assistant.ask(
        "How many Pellingham recommendations are still open from the earlier report?"
    )
    assert _rows(answer) == ["PBC 20/03", "PBC 20/04"]  # carried, and not complete


def test_rows_carried_by_wording_from_the_paper_just_before(
    carried_assistant: Assistant,
) -> None:
    answer = carried_assistant.ask(
        "How many of Ostwick's 2021 actions are left over from the year before?"
    )
    assert answer.coverage.matched == 2 and all("2021" in r.document.title for r in answer.records)
    answer = carried_assistant.ask(
        "List the Ostwick Water Board actions in the 2021 paper that were already in the 2019 "
        "report"
    )
    assert [r.title[:20] for r in answer.records] == ["Pump station fuel de"]


def test_rows_new_in_the_later_paper(carried_assistant: Assistant) -> None:
    for question in (
        "Which Pellingham recommendations are new in 2022?",
        "how many Pellingham recommendations were added since the previous report?",
    ):
        answer = carried_assistant.ask(question)
        assert _rows(answer) == ["PBC 21/01", "PBC 21/02", "PBC 21/03"], question


def test_an_unresolved_phrase_neither_empties_nor_shifts_the_list(
    carried_assistant: Assistant,
) -> None:
    # the body's first paper has none before it: its rows, not another year's, not none
    answer = carried_assistant.ask(
        "Which of the Pellingham 2021 recommendations were carried over from the previous year?"
    )
    assert len(answer.records) == 6
    assert {r.document.title for r in answer.records} == {
        "Audit Recommendations - Progress Report 2021"
    }


def test_a_follow_up_narrows_the_list_to_the_carried_rows(carried_assistant: Assistant) -> None:
    chat = Chat(carried_assistant)
    turns = [Turn(role="user", content="List the Pellingham 2022 recommendations")]
    first = chat.respond(turns).answer
    assert len(first.records) == 7
    turns += [
        Turn(role="assistant", content=first.answer),
        Turn(role="user", content="Which of those were brought forward from the previous plan?"),
    ]
    second = chat.respond(turns).answer
    assert _rows(second) == ["PBC 20/02", "PBC 20/03", "PBC 20/04", "PBC 20/06"]


def test_a_year_names_the_bodys_paper_by_its_kind(carried_assistant: Assistant) -> None:
    # 'by the 2021 log': a paper named by its year and kind, not a deadline of 2021
    for question, count, title in (
        ("By the 2021 log, how many Ostwick actions were complete?", 1, "2021"),
        ("How many Ostwick actions were complete by the 2020 tracker?", 2, "2020"),
        ("By the 2022 register, how many Pellingham recommendations were complete?", 3, "2022"),
    ):
        answer = carried_assistant.ask(question)
        assert answer.coverage.matched == count, question
        assert {r.document.title[-4:] for r in answer.records} == {title}, question

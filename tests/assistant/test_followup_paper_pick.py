"""A pick out of rows shown from several papers by the paper or body each comes from ('the one
at <body>', 'the <year> one'), and 'and at <other body>?' after such a pick: the last question
of the row from that body. Questions of my own over other bodies' papers (data/papers/dev)."""

from __future__ import annotations

import pytest

from assistant.antecedents import Previous
from assistant.paper_pick import pick_by_paper, pick_form
from assistant.service import Assistant
from tests.assistant.test_follow_ups import converse

pytestmark = pytest.mark.slow

GAS = "Which bodies have a problem with gas safety certificates?"


def _ref_of(result: object, body: str) -> str:
    records = result.answer.records  # type: ignore[attr-defined]
    return next(r.ref for r in records if body in r.document.filename)


def test_the_one_at_a_body_is_that_bodys_row(bodies_assistant: Assistant) -> None:
    listed, owner = converse(bodies_assistant, GAS, "Who owns the one at Fenbury?")
    fenbury = _ref_of(listed, "fenbury")
    assert owner.standalone == f"Who owns {fenbury}?"
    assert [r.ref for r in owner.answer.records] == [fenbury]


def test_and_at_another_body_asks_the_same_of_its_row(bodies_assistant: Assistant) -> None:
    listed, _, other = converse(
        bodies_assistant, GAS, "When is the one at Fenbury due?", "And at Tamar Vale?"
    )
    tamar = _ref_of(listed, "tamar")
    assert other.standalone == f"When is {tamar} due?"
    assert [r.ref for r in other.answer.records] == [tamar]


def test_the_year_one_is_the_row_of_that_years_paper(bodies_assistant: Assistant) -> None:
    listed, status = converse(bodies_assistant, GAS, "Is the 2021 one finished?")
    tamar = _ref_of(listed, "tamar")  # the Tamar Vale paper is of 2021, Fenbury's of 2022
    assert status.standalone == f"Is {tamar} finished?"


def test_a_body_named_with_its_kind_and_a_question_after_it(bodies_assistant: Assistant) -> None:
    listed, status = converse(
        bodies_assistant, GAS, "and the one from the Tamar Vale housing association - is it done?"
    )
    tamar = _ref_of(listed, "tamar")
    assert tamar in status.standalone and "association" not in status.standalone
    assert [r.ref for r in status.answer.records] == [tamar]


def test_the_form_is_read_only_with_a_body_or_year() -> None:
    assert pick_form("who has the one in the Holmebridge tracker?")
    assert pick_form("and what about the 2019 one?")
    assert not pick_form("who has the second one?")
    assert pick_by_paper("who has the one at X?", Previous("q", [], []), lambda _: "") is None


def test_a_body_named_before_one_picks_that_bodys_row(bodies_assistant: Assistant) -> None:
    listed, due = converse(bodies_assistant, GAS, "By when should the Fenbury one be done?")
    fenbury = _ref_of(listed, "fenbury")
    assert due.standalone == f"By when should {fenbury} be done?"
    assert [r.ref for r in due.answer.records] == [fenbury]


def test_a_body_named_after_a_pick_is_read_in_the_list_picked_from(
    bodies_assistant: Assistant,
) -> None:
    listed, _, owner = converse(
        bodies_assistant, GAS, "Who owns the one at Fenbury?", "and who has the Tamar Vale item?"
    )
    tamar = _ref_of(listed, "tamar")
    assert owner.standalone == f"and who has {tamar}?"
    assert [r.ref for r in owner.answer.records] == [tamar]


def test_a_capitalised_name_before_one_is_a_pick_form_a_lower_case_word_is_not() -> None:
    assert pick_form("when is the Ashcombe one due?")
    assert not pick_form("when is the audit one due?")


@pytest.mark.parametrize(
    "asked",
    [
        "in the Fenbury one, which actions are still open?",
        "for the Fenbury one, how many actions are there?",
        "which recommendations does the one at Fenbury have?",
    ],
)
def test_rows_asked_of_the_body_one_are_that_papers_rows(
    bodies_assistant: Assistant, asked: str
) -> None:
    # 'which actions' asks rows of its own: 'the Fenbury one' is the paper, not its listed row
    listed, rows = converse(bodies_assistant, GAS, asked)
    fenbury = _ref_of(listed, "fenbury")
    assert fenbury not in rows.standalone and "paper" in rows.standalone
    papers = {r.document.filename for r in rows.answer.records}
    assert papers and all("fenbury" in name for name in papers)

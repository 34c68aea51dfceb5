"""Premises, unnamed parties, undated rows and comparisons (issue 14, session 31).

- an owner a confirming follow-up asserts of the row pointed at is its claim, not a subject;
- a party the record brings in unnamed ('a consultant has been appointed') is not answered
  with another name, the paper's own body ('the Authority') or an instrument's name;
- a side named by its ref, or as 'the one about …', is dated by its deadline; 'is it due
  before or after X?' compares deadlines;
- two tables compared by their rows counted, the difference said;
- a quantifier over another noun ('all its staff') is no premise about every row;
- a statement put as a question about one subject is no question about the set.

The wordings are invented for these tests.
"""

from __future__ import annotations

from types import SimpleNamespace
from typing import cast

import pytest

from assistant.analysis import QueryAnalysis
from assistant.answers.router import choose_route
from assistant.answers.support.asked_attribute import names_organisation
from assistant.answers.support.sided import names_row
from assistant.answers.support.tallies import larger_table, side_sections
from assistant.conversation import Chat, Turn
from assistant.followup_forms import before_after
from assistant.service import Assistant
from ingest.model import ActionRecord


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("A consultant has been appointed to draft the rules for the Authority.", False),
        ("The Board's Scheme of Delegation was revised in May.", False),
        ("Staff must follow the Data Protection Act Code of Practice at all times.", False),
        ("The contract was awarded to Harlow Surveying Ltd in June.", True),
    ],
)
def test_the_papers_own_body_and_an_instruments_name_name_no_party(text: str, names: bool) -> None:
    assert names_organisation(text, set(), set()) is names


def test_a_party_brought_in_unnamed_is_not_answered(assistant: Assistant) -> None:
    answer = assistant.ask("Which consultancy was engaged to write the Authority's HR policies?")
    assert answer.abstained and answer.abstention == "value_not_given"
    assert "consultancy" in answer.answer


def test_is_it_due_before_or_after_asks_for_two_deadlines() -> None:
    last = "R5 is owned by the Director of Resources."
    due = before_after("Is it due before or after the toolkit one?", None, last)
    assert due == "Which is due first, R5 or the toolkit one?"
    event = before_after("Was it before or after the toolkit launch?", None, last)
    assert event == "Which came first, R5 or the toolkit launch?"


def test_a_side_named_by_its_ref_or_as_the_one_about_is_an_action() -> None:
    q = QueryAnalysis(
        question="Which came first, R7 in the plan or the launch?", intent="compare", refs=["R7"]
    )
    assert names_row("R7 in the plan", q)
    assert names_row("the one about staff appraisal", q)
    assert not names_row("the launch", q)
    assert not names_row("R70 in the plan", q)


def test_a_row_named_by_ref_is_dated_by_its_deadline(assistant: Assistant) -> None:
    answer = assistant.ask(
        "Which came first, R2 in the PURE/SRL plan or the one about the asset base?"
    )
    assert not answer.abstained
    assert "December 08" in answer.answer and "the date of" not in answer.answer


def _rows(*sections: str) -> list[ActionRecord]:
    return [cast(ActionRecord, SimpleNamespace(section=s)) for s in sections]


def test_two_tables_are_compared_by_their_rows_counted() -> None:
    tables = ["Internal Audit Findings 2023", "External Auditor Recommendations"]
    rows = _rows(*([tables[0]] * 4 + [tables[1]] * 9))
    found = side_sections(["the internal audit findings", "the external ones"], tables, rows)
    assert found is not None and found[1] == tables
    counts = [(t, [r for r in rows if r.section == t]) for t in found[1]]
    assert larger_table(counts, fewer=False).startswith(f"**More in {tables[1]}: 9 against 4")
    assert "5 fewer" in larger_table(counts, fewer=True)
    # a side that names neither table, or both alike, is no comparison of tables
    assert side_sections(["the findings", "the others"], tables, rows) is None


def test_a_quantifier_over_another_noun_is_no_premise_about_every_row(
    assistant: Assistant,
) -> None:
    answer = assistant.ask(
        "Now that the MPS has given role profiles to all of its officers, has the staff "
        "appraisal recommendation been met completely?"
    )
    assert "not all were" not in answer.answer
    assert "R6" in answer.answer and "significantly" in answer.answer


def test_a_statement_put_as_a_question_is_about_its_subject(assistant: Assistant) -> None:
    q = assistant.analyse("The risk register review got put back because the manager left?")
    assert q.revised and choose_route(q) != "register"
    q = assistant.analyse("Did any risk management deadlines slip?")
    assert choose_route(q) == "register"


@pytest.mark.slow
def test_a_confirming_follow_up_checks_the_owner_it_asserts(assistant: Assistant) -> None:
    chat = Chat(assistant)
    first = chat.respond(
        [Turn(role="user", content="Who is responsible for R22 in the PURE plan?")]
    )
    follow = chat.respond(
        [
            Turn(role="user", content="Who is responsible for R22 in the PURE plan?"),
            Turn(role="assistant", content=first.answer.answer),
            Turn(role="user", content="It rests with the Treasurer, doesn't it?"),
        ]
    )
    assert follow.rewritten and "R22" in follow.standalone
    assert not follow.answer.abstained
    assert follow.answer.answer.startswith("**No") and "Treasurer" in follow.answer.answer

"""'Where has that unit been moved to?': a move whose destination is a place or a body (named,
or asked by 'where' / 'into which …') is the move of a thing, not of a deadline; and an agent
noun pointing back ('that team', 'this unit') is the thing the row in focus names in its own
text, when no owner of the row is one (made-up records, no index)."""

from __future__ import annotations

from typing import Any

import pytest

from assistant.analysis import analyse
from assistant.analysis.names import NameIndex
from assistant.antecedents import Previous
from assistant.referring import point_back
from ingest.model import ActionRecord, DocumentRef

PLAN = DocumentRef(id="p1", title="Estates Action Plan", filename="p1.md", date="2022-03-31")


def row(ref: str, owner: str, progress: str, **fields: Any) -> ActionRecord:
    data: dict[str, Any] = {
        "id": f"p1:{ref}",
        "document": PLAN,
        "section": "Actions",
        "ref": ref,
        "ordinal": 1,
        "owner": owner,
        "title": "Consolidate the depot maintenance budgets",
        "progress": progress,
        "source_text": "Consolidate the depot maintenance budgets",
        "source_start": 0,
        "source_end": 41,
        "report_date": "2022-03-31",
        "year": 2022,
    }
    data.update(fields)
    return ActionRecord(**data)


NOTED = row("E4", "Director of Resources", "The Fleet Costing Team now sits in Procurement.")
PLAIN = row("E5", "Director of Resources", "Budgets merged in April.")
OWNED = row("E6", "Head of the Fleet Team", "The Fleet Costing Team now sits in Procurement.")


@pytest.mark.parametrize(
    "question",
    [
        "where has that team been moved to?",
        "And where did this team get moved?",
        "which directorate was that team transferred into?",
    ],
)
def test_an_agent_noun_is_the_thing_the_row_names(question: str) -> None:
    asked = point_back(question, Previous("Who owns E4?", [NOTED], ["E4"]))
    assert asked is not None and "Fleet Costing Team" in asked, asked
    assert "Director of Resources" not in asked


def test_without_such_a_thing_in_the_row_the_owner_is_kept() -> None:
    asked = point_back("where has that team been moved to?", Previous("x", [PLAIN], ["E5"]))
    assert asked is None or "Fleet" not in asked


def test_an_owner_holding_the_noun_is_pointed_at() -> None:
    asked = point_back("what does that team say?", Previous("x", [OWNED], ["E6"]))
    assert asked is not None and "Head of the Fleet Team" in asked, asked


@pytest.mark.parametrize(
    "question",
    [
        "Where has the costing unit been moved to?",
        "and where was the payroll function transferred?",
        "So the records team was moved into which directorate?",
        "where had the archive service been relocated to?",
        "the help desk was moved to what department?",
    ],
)
def test_a_move_to_a_place_is_no_revised_deadline(question: str) -> None:
    assert not analyse(question, NameIndex(documents=[], sections={}, owners=[])).revised


@pytest.mark.parametrize(
    "question",
    [
        "Which actions were moved to a later date?",
        "which deadlines were moved to which month?",
        "Which actions had their deadlines moved?",
        "which items were pushed back to the next quarter?",
    ],
)
def test_a_move_of_a_date_is_still_a_revised_deadline(question: str) -> None:
    assert analyse(question, NameIndex(documents=[], sections={}, owners=[])).revised

"""Lists and counts over one invented tracker whose rows are grouped by ref families (PAY, CYB):
a subject that names a family keeps every row of it, whether or not the row's own words say it
(``composers.register.listing``); owners joined by 'or' keep the rows of each, under a negation
the rows of neither; a state said by a negative subject ('nobody has begun')."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from assistant.analysis import QueryAnalysis
from assistant.answers.composers.passages import _open_states
from assistant.service import Assistant
from tests.assistant.conftest import assistant_over, check_citations

PAPER = """# Internal Audit Follow-up

**Body:** Lydmouth Ferry Company
**Committee:** Audit Committee
**Meeting:** Tuesday 4 March 2025

The auditors reviewed payroll and cyber security during 2024. Their internal audit tracker below lists the six recommendations they raised.

## Tracker

| Ref | Finding | Agreed action | Owner | Priority | Due | Status |
| --- | --- | --- | --- | --- | --- | --- |
| LFC-PAY-01 | Payroll overpaid two leavers. | Stop pay on the leaving date. | Head of HR | High | January 2025 | Complete |
| LFC-PAY-02 | Bank detail changes were not checked. | Call back every change of bank details. | Pay Officer | Medium | March 2025 | Not begun |
| LFC-PAY-03 | Deckhands' overtime claims were signed by the claimant. | Have the duty master sign every overtime claim. | Fleet Captain | Medium | May 2025 | In progress |
| LFC-CYB-01 | Remote access has no second factor. | Turn on multi-factor sign-in for remote staff. | Systems Lead | High | February 2025 | Complete |
| LFC-CYB-02 | Ticketing backups were never restored in a test. | Test a restore of the ticketing backups each quarter. | Systems Lead | High | June 2025 | Not begun |
| LFC-CYB-03 | There is no plan for a cyber incident. | Adopt a cyber incident plan. | Fleet Captain | Medium | June 2025 | In progress |
"""


@pytest.fixture(scope="module")
def ferry(real_services: object, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Assistant]:
    folder = tmp_path_factory.mktemp("ferry-paper")
    paper = Path(folder) / "lydmouth_ferry_followup.md"
    paper.write_text(PAPER, encoding="utf-8")
    yield from assistant_over([paper], real_services, tmp_path_factory, "ferry")


def _refs(ferry: Assistant, question: str) -> set[str]:
    answer = ferry.ask(question)
    check_citations(ferry, answer)
    assert not answer.abstained, answer.answer
    return {r.ref or "" for r in answer.records}


def test_a_subject_naming_a_ref_family_keeps_all_its_rows(ferry: Assistant) -> None:
    # LFC-PAY-03 never says 'payroll': its ref puts it in the payroll review's rows
    assert _refs(ferry, "Which Lydmouth actions relate to payroll?") == {
        "LFC-PAY-01",
        "LFC-PAY-02",
        "LFC-PAY-03",
    }
    assert _refs(ferry, "Which Lydmouth actions on cyber security are still in progress?") == {
        "LFC-CYB-03"
    }


def test_owners_joined_by_or(ferry: Assistant) -> None:
    assert _refs(
        ferry, "Which Lydmouth actions are owned by the Pay Officer or the Head of HR?"
    ) == {
        "LFC-PAY-01",
        "LFC-PAY-02",
    }
    assert _refs(
        ferry, "Which Lydmouth actions are not owned by the Systems Lead or the Fleet Captain?"
    ) == {"LFC-PAY-01", "LFC-PAY-02"}


def test_a_negative_subject_asks_the_rows_not_begun(ferry: Assistant) -> None:
    assert _refs(ferry, "Which Lydmouth actions has nobody made a start on?") == {
        "LFC-PAY-02",
        "LFC-CYB-02",
    }


def test_a_count_by_a_column_is_the_rows_not_a_total_in_the_prose(ferry: Assistant) -> None:
    answer = ferry.ask(
        "Lydmouth Ferry, the March 2025 internal audit tracker: how many of the recommendations "
        "listed there are high priority?"
    )
    assert not answer.abstained and answer.route == "register", answer.answer
    assert answer.answer.startswith("**3**") and {r.ref for r in answer.records} == {
        "LFC-PAY-01",
        "LFC-CYB-01",
        "LFC-CYB-02",
    }


def test_a_count_by_a_column_of_the_rows_is_left_to_the_register() -> None:
    asked = QueryAnalysis(question="how many are high priority?", intent="count")
    assert not _open_states(asked)
    assert _open_states(asked.model_copy(update={"priority": "High"}))
    assert _open_states(asked.model_copy(update={"owner": "Systems Lead"}))

"""A paper whose revised deadlines sit in a column of their own (issue 14 held-out class H):
'which deadlines were revised?' lists the records with a revised date, and 'what is overdue?'
only those not complete and past their current deadline at the paper's date (or stated
overdue), not every slipped one."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.service import Assistant
from tests.assistant.conftest import check_citations

PAPER = """# Audit Actions Progress

**Body:** Wrenfield District Council
**Committee:** Audit Committee
**Meeting:** 15 March 2022

## Actions

| Ref | Finding | Agreed action | Owner | Original date | Revised date | Status |
| --- | --- | --- | --- | --- | --- | --- |
| WD-01 | Bank reconciliations were not reviewed. | Review bank reconciliations monthly. | Finance Manager | 2021-12-31 | 2022-06-30 | In progress |
| WD-02 | Leavers kept system access. | Remove access on the leaving date. | ICT Manager | 2021-11-30 | 2022-01-31 | In progress |
| WD-03 | Contract register is incomplete. | Complete the contract register. | Procurement Lead | 2022-01-31 | | In progress |
| WD-04 | Fleet servicing records are missing. | Keep servicing records for every vehicle. | Fleet Manager | 2022-06-30 | | Overdue |
| WD-05 | Petty cash is not counted. | Count petty cash weekly. | Office Manager | 2021-10-31 | | Complete |
"""


@pytest.fixture()
def assistant(fake_services: object, tmp_path: Path) -> Assistant:
    folder = tmp_path / "papers"
    folder.mkdir()
    (folder / "wrenfield_audit_actions.md").write_text(PAPER, encoding="utf-8")
    result = fake_services.indexer.ingest_paths([folder])  # type: ignore[attr-defined]
    assert not result.skipped
    return Assistant(fake_services)  # type: ignore[arg-type]


def test_revised_deadlines_in_their_own_column_are_listed(assistant: Assistant) -> None:
    answer = assistant.ask("Which deadlines were revised?")
    check_citations(assistant, answer)
    assert answer.route == "register"
    assert sorted(r.ref for r in answer.records) == ["WD-01", "WD-02"]


def test_overdue_is_past_the_current_deadline_or_stated_overdue(assistant: Assistant) -> None:
    answer = assistant.ask("What is overdue?")
    check_citations(assistant, answer)
    assert answer.route == "register"
    # WD-01 was revised to after the meeting (slipped, not overdue); WD-05 is complete
    assert sorted(r.ref for r in answer.records) == ["WD-02", "WD-03", "WD-04"]
    slipped = assistant.ask("Which actions slipped?")
    assert "WD-01" in {r.ref for r in slipped.records}


def test_revised_dates_of_a_named_paper_are_its_records_not_its_date(assistant: Assistant) -> None:
    answer = assistant.ask("Which dates were revised in the Audit Actions Progress paper?")
    check_citations(assistant, answer)
    assert answer.route == "register"
    assert sorted(r.ref for r in answer.records) == ["WD-01", "WD-02"]

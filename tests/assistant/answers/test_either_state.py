"""A state offered beside 'overdue' ('overdue or only partly done') asks for the union of the
overdue rows and the rows in that state (answers.support.either_state); invented paper."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.answers.support.either_state import state_beside_overdue
from assistant.service import Assistant

TRACKER = """# Depot Audit Tracker

**Body:** Ravensmoor Transport Depot
**Committee:** Audit Committee
**Meeting:** 1 March 2024

## Actions

| Ref | Action | Owner | Due | Status |
| --- | --- | --- | --- | --- |
| RD-1 | Service the fuel pumps. | Fleet Manager | 2024-01-31 | In progress |
| RD-2 | Re-tender the tyre contract. | Buyer | 2024-09-30 | Partially complete |
| RD-3 | Update the lone working policy. | HR Lead | 2024-06-30 | In progress |
| RD-4 | Fit speed limiters. | Fleet Manager | 2023-12-31 | Complete |
"""


@pytest.fixture()
def assistant(fake_services: object, tmp_path: Path) -> Assistant:
    folder = tmp_path / "papers"
    folder.mkdir()
    (folder / "ravensmoor_depot_tracker.md").write_text(TRACKER, encoding="utf-8")
    result = fake_services.indexer.ingest_paths([folder])  # type: ignore[attr-defined]
    assert not result.skipped
    return Assistant(fake_services)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "question",
    [
        "Which Ravensmoor actions are overdue or partly complete?",
        "which Ravensmoor actions are either partially done or overdue",
    ],
)
def test_overdue_or_a_state_is_the_union(assistant: Assistant, question: str) -> None:
    assert {r.ref for r in assistant.ask(question).records} == {"RD-1", "RD-2"}, question


def test_overdue_alone_is_not_widened(assistant: Assistant) -> None:
    assert {r.ref for r in assistant.ask("Which Ravensmoor actions are overdue?").records} == {
        "RD-1"
    }
    assert state_beside_overdue("which are overdue or not started?") == ["not_started"]
    assert state_beside_overdue("which are overdue, and who owns them?") == []

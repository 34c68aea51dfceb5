"""'Which is bigger, A or B?' of two things two bodies' papers each state as a figure: each side
found on its own (in the paper it names, else in any), the sentence giving its figure quoted,
the part of a whole read as the part, and the larger (or more) named. The papers are invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.service import Assistant
from tests.assistant.conftest import check_citations

HARBOUR = """# Improvement Plan 2023/24

**Body:** Wexcombe Harbour Board
**Committee:** Audit Committee
**Meeting:** 4 June 2024

The new fish quay has overrun its budget by £2.4 million, so it will open in May 2025.

| Ref | Issue | Action | Owner | Due | Status |
| --- | --- | --- | --- | --- | --- |
| WH-1 | Four of the 11 board seats are unfilled. | Recruit to the vacant seats. | Clerk | 2024-09-30 | Open |
| WH-2 | Pilotage fees are not reviewed. | Review pilotage fees yearly. | Treasurer | 2024-12-31 | Open |
"""

DRAINAGE = """# Action Log

**Body:** Lowmere Internal Drainage Board
**Committee:** Finance Committee
**Meeting:** 2 July 2024

| Ref | Issue | Action | Owner | Due | Status |
| --- | --- | --- | --- | --- | --- |
| LD-1 | Two board seats are unfilled. | Fill the seats at the next election. | Clerk | 2024-11-30 | Open |
| LD-2 | Grant money of £3.1 million for the Fenley pumping station is not yet secured. | Secure the grant. | Engineer | 2025-03-31 | Open |
"""


@pytest.fixture()
def assistant(fake_services: object, tmp_path: Path) -> Assistant:
    folder = tmp_path / "papers"
    folder.mkdir()
    (folder / "wexcombe_harbour_plan.md").write_text(HARBOUR, encoding="utf-8")
    (folder / "lowmere_idb_log.md").write_text(DRAINAGE, encoding="utf-8")
    result = fake_services.indexer.ingest_paths([folder])  # type: ignore[attr-defined]
    assert not result.skipped
    return Assistant(fake_services)  # type: ignore[arg-type]


def test_two_amounts_in_two_papers_are_compared(assistant: Assistant) -> None:
    answer = assistant.ask(
        "Which is bigger: the Wexcombe fish quay overrun or the unsecured grant for the Fenley "
        "pumping station?"
    )
    check_citations(assistant, answer)
    head = answer.answer.split("\n")[0]
    assert "Fenley pumping station" in head and "£3.1 million" in head and "£2.4 million" in head


def test_a_part_of_a_whole_is_counted_as_the_part(assistant: Assistant) -> None:
    answer = assistant.ask(
        "Which has more unfilled board seats, the drainage board or the Wexcombe harbour board?"
    )
    check_citations(assistant, answer)
    head = answer.answer.split("\n")[0]
    assert head.startswith("**“the Wexcombe harbour board” has more: 4 of the 11")
    assert "2 board seats" in answer.answer or "Two board seats" in answer.answer

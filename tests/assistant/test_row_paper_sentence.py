"""An answer about one row shows the whole row; words asked that neither the answer nor the row
holds may be in the row's own paper: the sentence of that paper that holds them and shares the
row's own matter (words no other row of the paper uses, not the paper's name) is quoted after
the row. A sentence that only names the paper's body, or shares words every row uses, is not."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from assistant.service import Assistant
from tests.assistant.conftest import assistant_over, check_citations

PAPER = """# Audit Actions Tracker

**Body:** Quarrington Harbour Trust
**Committee:** Finance and Audit Committee
**Meeting:** Tuesday 4 March 2025

The Trust runs the inner basin, the fish quay and the Quarrington slipway, where launch permits
are sold.

The quay wall repairs recommended by the structural engineer are estimated at £410,000 and
await marine licence consent.

## Actions

| Ref | Finding | Agreed action | Owner | Priority | Due | Status | Update |
| --- | --- | --- | --- | --- | --- | --- | --- |
| QHT-01 | Berth invoices are raised late. | Raise berth invoices within five days. | Harbour Accountant | Medium | June 2025 | Open | Backlog cleared. |
| QHT-02 | The fish quay wall has cracked above the waterline. | Carry out the quay wall repairs recommended by the structural engineer. | Harbour Master | High | March 2026 | Open | Designs complete. |
| QHT-03 | Slipway permits are not checked. | Check slipway permits at every launch. | Slipway Supervisor | Low | May 2025 | Closed | Checks in place. |
"""


@pytest.fixture(scope="module")
def harbour(real_services: object, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Assistant]:
    folder = tmp_path_factory.mktemp("harbour-paper")
    paper = Path(folder) / "quarrington_harbour_tracker.md"
    paper.write_text(PAPER, encoding="utf-8")
    yield from assistant_over([paper], real_services, tmp_path_factory, "harbour")


def test_the_rows_paper_gives_what_the_row_does_not(harbour: Assistant) -> None:
    answer = harbour.ask("What is the estimate for the quay wall repairs in QHT-02?")
    assert "In its paper:" in answer.answer, answer.answer
    assert "£410,000" in answer.answer
    assert answer.answer.split("\n\n")[0].startswith("**QHT-02**")  # the row answers first
    check_citations(harbour, answer)


def test_a_sentence_only_naming_the_body_is_not_quoted(harbour: Assistant) -> None:
    answer = harbour.ask("Who is responsible for QHT-03 at the Quarrington Harbour Trust?")
    assert "Slipway Supervisor" in answer.answer
    assert "In its paper:" not in answer.answer, answer.answer

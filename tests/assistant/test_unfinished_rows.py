"""A question dating the finishing of a row the record shows still open ('when was the X
recommendation completed?') is answered with the row's state, not refused for want of a date;
a finished row, a part named only in the notes, a part the notes report done, and an intended
ending are left alone (answers.support.unfinished). Invented paper and wordings."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.service import Assistant

TRACKER = """# Ferry Authority Audit Tracker

**Body:** Skerrow Ferry Authority
**Committee:** Audit Committee
**Meeting:** 14 May 2025

## Recommendations

| Ref | Recommendation | Owner | Deadline | Status | Update |
| --- | --- | --- | --- | --- | --- |
| SF-1 | Introduce a ticket reconciliation routine for the harbour kiosks. | Finance Manager | March 2025 | In progress | Kiosk staff are being trained on the new routine. |
| SF-2 | Replace the mooring line inspection log. | Harbour Master | January 2025 | Complete | The new log is in use. |
| SF-3 | Refresh the vessel maintenance schedule. | Fleet Engineer | June 2025 | In progress | A hull survey checklist has been drafted and agreed. |
| SF-4 | Agree a passenger safety briefing script. | Operations Lead | April 2025 | Not started | Awaiting the new operations lead. |
| SF-5 | Survey passenger satisfaction on the night crossings. | Operations Lead | March 2025 | Partially implemented | The board agreed a second survey would be held instead of an external review. This survey was finished in November 2024. |
"""


@pytest.fixture()
def assistant(fake_services: object, tmp_path: Path) -> Assistant:
    folder = tmp_path / "papers"
    folder.mkdir()
    (folder / "skerrow_ferry_tracker.md").write_text(TRACKER, encoding="utf-8")
    result = fake_services.indexer.ingest_paths([folder])  # type: ignore[attr-defined]
    assert not result.skipped
    return Assistant(fake_services)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("question", "ref"),
    [
        ("When was the ticket reconciliation routine for the harbour kiosks completed?", "SF-1"),
        (
            "In which month did the ferry authority finish agreeing the safety briefing script?",
            "SF-4",
        ),
    ],
)
def test_dating_the_end_of_an_open_row_is_answered_with_its_state(
    assistant: Assistant, question: str, ref: str
) -> None:
    answer = assistant.ask(question)
    assert not answer.abstained, answer.answer
    assert answer.answer.startswith("**No — the record does not show"), answer.answer
    assert ref in answer.answer.split("**")[1], answer.answer


@pytest.mark.parametrize(
    "question",
    [
        # finished: its date may simply not be given
        "When was the mooring line inspection log replaced?",
        # a part the notes report done ('has been drafted and agreed'), not the row
        "When was the hull survey checklist completed?",
        # intended, not reached
        "When is the ticket reconciliation routine due to be completed?",
        # the notes say a part of the open row was finished, in another verb of ending
        "When was the passenger satisfaction survey on the night crossings completed?",
    ],
)
def test_finished_rows_done_parts_and_intended_endings_are_not_corrected(
    assistant: Assistant, question: str
) -> None:
    answer = assistant.ask(question)
    assert "does not show" not in answer.answer, answer.answer

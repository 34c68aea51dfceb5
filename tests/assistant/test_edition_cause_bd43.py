"""A reason asked of a body's row in one paper, when that row and its paper give none: the cause
the same item's row in another of the body's papers notes (the nearest earlier paper first),
said to be from that paper; likewise the date of an event the row does not date ('when was
the new ramp fitted?' of the latest log), from an earlier edition that does. Two invented yearly logs of one body, written here; the later one
leaves the progress cell blank. Wordings of my own."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from assistant.service import Assistant
from tests.assistant.conftest import assistant_over, check_citations

_HEAD = """# Audit action log

**Body:** Tollbridge Community Buses

**Committee:** Board of Trustees

**Meeting:** {meeting}

| Ref | Issue | Action | Owner | Due | Status | Progress |
| --- | --- | --- | --- | --- | --- | --- |
"""
_2025 = """| 4 | The safeguarding policy has not been reviewed since 2019. | Review the safeguarding policy and brief every driver. | Chief Officer | 31/07/2025 | Not started | Waiting for the county's new model policy. |
| 5 | Fuel cards are not reconciled to mileage. | Reconcile fuel cards to mileage monthly. | Finance Officer | 30/06/2025 | In progress | Spreadsheet built. |
| 6 | The wheelchair ramp on the third minibus fails its checks. | Replace the wheelchair ramp. | Transport Manager | 28/02/2025 | Complete | New ramp fitted in February. |
"""
_2026 = """| 4 | The safeguarding policy has not been reviewed since 2019. | Review the safeguarding policy and brief every driver. | Chief Officer | 31/12/2025 | Not started | |
| 5 | Fuel cards are not reconciled to mileage. | Reconcile fuel cards to mileage monthly. | Finance Officer | 30/06/2025 | Not started | |
| 6 | The wheelchair ramp on the third minibus fails its checks. | Replace the wheelchair ramp. | Transport Manager | 28/02/2025 | Complete | |
"""

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def logs(real_services: object, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Assistant]:
    folder: Path = tmp_path_factory.mktemp("edition-logs")
    (folder / "log_2025.md").write_text(
        _HEAD.format(meeting="10 September 2025") + _2025, encoding="utf-8"
    )
    (folder / "log_2026.md").write_text(
        _HEAD.format(meeting="9 September 2026") + _2026, encoding="utf-8"
    )
    papers = sorted(folder.glob("*.md"))
    yield from assistant_over(papers, real_services, tmp_path_factory, "edition")


def test_the_cause_an_earlier_edition_notes(logs: Assistant) -> None:
    answer = logs.ask("Why is item 4 in the 2026 Audit action log held up?")
    assert "county's new model policy" in answer.answer
    assert "noted in the" in answer.answer  # said to be another paper's
    check_citations(logs, answer)


def test_no_edition_notes_a_cause(logs: Assistant) -> None:
    answer = logs.ask("Why is item 5 in the 2026 Audit action log held up?")
    assert "noted in the" not in answer.answer


def test_an_event_dated_by_an_earlier_edition(logs: Assistant) -> None:
    answer = logs.ask(
        "When was the new ramp actually fitted for item 6 in the September 2026 Audit action log?"
    )
    assert not answer.abstained
    assert "fitted in February" in answer.answer and "earlier paper" in answer.answer
    check_citations(logs, answer)

"""A rating asked by its meaning, not by a value the papers write ('the most pressing ones',
'the least serious', 'which are critical?'): each paper's ratings put in order, the end asked
selects its top or bottom value (answers.support.rating_scale); invented papers."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.answers.support.rating_scale import end_asked, scale_ends, value_rank
from assistant.service import Assistant

NUMBERED = """# Harbour Audit Recommendations

**Body:** Quillmouth Harbour Board
**Committee:** Audit Committee
**Meeting:** 9 October 2024

## Recommendations

| Rec | Observation | Recommendation | Officer | Grade | Target | Status |
| --- | --- | --- | --- | --- | --- | --- |
| QH-1 | Crane keys are not signed out. | Keep a signed key register. | Harbourmaster | Priority 1 | 2024-12-31 | Open |
| QH-2 | Berthing fees are not reconciled. | Reconcile berthing fees monthly. | Treasurer | Priority 2 | 2024-11-30 | Open |
| QH-3 | Dredging has no contract. | Let a dredging contract. | Harbourmaster | Priority 3 | 2025-03-31 | Closed |
| QH-4 | The quay survey is old. | Commission a quay survey. | Surveyor | Priority 1 | 2025-06-30 | Closed |
"""

WORDED = """# Library Assurance Tracker

**Body:** Brindle Library Trust
**Committee:** Finance Committee
**Meeting:** 2 July 2024

## Actions

| No. | Issue | Action | Owner | Rating | Due | Status |
| --- | --- | --- | --- | --- | --- | --- |
| BL-1 | The loans log is incomplete. | Complete the loans log. | Registrar | Essential | 2024-09-30 | Open |
| BL-2 | Reading room humidity is not logged. | Log humidity daily. | Conservator | Important | 2024-08-31 | Open |
| BL-3 | Shop stock is not counted. | Count shop stock each quarter. | Retail Manager | Desirable | 2024-10-31 | Open |
"""


@pytest.fixture()
def assistant(fake_services: object, tmp_path: Path) -> Assistant:
    folder = tmp_path / "papers"
    folder.mkdir()
    (folder / "quillmouth_harbour_recs.md").write_text(NUMBERED, encoding="utf-8")
    (folder / "brindle_library_tracker.md").write_text(WORDED, encoding="utf-8")
    result = fake_services.indexer.ingest_paths([folder])  # type: ignore[attr-defined]
    assert not result.skipped
    return Assistant(fake_services)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("question", "refs"),
    [
        ("Which harbour board recommendations are the most pressing?", {"QH-1", "QH-4"}),
        ("List the lowest-priority harbour board recommendations", {"QH-3"}),
        ("In the library tracker, which are the most important actions?", {"BL-1"}),
        ("show the library trust's least urgent actions", {"BL-3"}),
        ("How many library actions are there, leaving aside the most serious?", {"BL-2", "BL-3"}),
        # 'high' / 'low' where the paper grades otherwise: the ends of its own scale
        ("Which harbour board recommendations are high priority?", {"QH-1", "QH-4"}),
        ("Which library trust actions are low priority?", {"BL-3"}),
    ],
)
def test_an_end_of_the_scale_selects_each_papers_own_value(
    assistant: Assistant, question: str, refs: set[str]
) -> None:
    assert {r.ref for r in assistant.ask(question).records} == refs, question


def test_values_are_ordered_by_number_or_by_word() -> None:
    assert scale_ends({"Priority 2", "Priority 1", "Priority 3"}) == ("Priority 1", "Priority 3")
    assert scale_ends({"Desirable", "Essential", "Important"}) == ("Essential", "Desirable")
    assert scale_ends({"Critical", "High", "Low"}) == ("Critical", "Low")
    assert scale_ends({"Blue", "High"}) is None  # a value the lexicon cannot place: no scale
    assert (value_rank("Very high") or 0) > (value_rank("High") or 0)


def test_a_word_the_papers_hold_is_that_value_not_an_end() -> None:
    assert end_asked("which are critical?", {"Critical", "High"}) == ("held", "critical")
    assert end_asked("which are critical?", {"High", "Low"}) == ("top", "are critical")
    assert end_asked("which critical incident actions are open?", {"High", "Low"}) is None

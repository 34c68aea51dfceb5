"""A rating the register holds, named in a list or count question, is the priority filter
(answers.support.held_priority): linked by the papers' own spelling ('Priority 2', 'Essential',
a 'high risk rating' where the paper heads its grades 'Risk'), not a fixed word list; the same
word written as ordinary English ('essential to safety') filters nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.service import Assistant
from tests.assistant.conftest import check_citations

GRADED = """# Waterways Audit Recommendations

**Body:** Fenwick Navigation Trust
**Committee:** Audit and Risk Committee
**Meeting:** 9 October 2024

## Recommendations

| Rec | Observation | Recommendation | Officer | Grade | Target | Status |
| --- | --- | --- | --- | --- | --- | --- |
| FN-1 | Sluice keys are not signed out. | Keep a signed key register. | Bailiff | Priority 1 | 2024-12-31 | Open |
| FN-2 | Mooring fees are not reconciled. | Reconcile mooring fees monthly. | Treasurer | Priority 2 | 2024-11-30 | Open |
| FN-3 | Weed cutting has no contract. | Let a weed cutting contract. | Bailiff | Priority 2 | 2025-03-31 | Open |
| FN-4 | The towpath survey is six years old. | Commission a towpath survey. | Surveyor | Priority 3 | 2025-06-30 | Open |
"""

RATED = """# Museum Assurance Tracker

**Body:** Hollins Museum Trust
**Committee:** Finance Committee
**Meeting:** 2 July 2024

## Actions

| No. | Issue | Action | Owner | Rating | Due | Status |
| --- | --- | --- | --- | --- | --- | --- |
| HM-1 | The loans register is incomplete. | Complete the loans register. | Registrar | Essential | 2024-09-30 | Open |
| HM-2 | Gallery humidity is not logged. | Log humidity daily. | Conservator | Important | 2024-08-31 | Open |
| HM-3 | Shop stock is not counted. | Count shop stock each quarter. | Retail Manager | Essential | 2024-10-31 | Open |
"""


@pytest.fixture()
def assistant(fake_services: object, tmp_path: Path) -> Assistant:
    folder = tmp_path / "papers"
    folder.mkdir()
    (folder / "fenwick_navigation_recs.md").write_text(GRADED, encoding="utf-8")
    (folder / "hollins_museum_tracker.md").write_text(RATED, encoding="utf-8")
    result = fake_services.indexer.ingest_paths([folder])  # type: ignore[attr-defined]
    assert not result.skipped
    return Assistant(fake_services)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("question", "refs"),
    [
        ("Which navigation trust recommendations are graded Priority 2?", {"FN-2", "FN-3"}),
        ("Which of the museum's actions are Essential?", {"HM-1", "HM-3"}),
        ("How many Priority 3 recommendations does the navigation trust have?", {"FN-4"}),
        ("Which of FN-1, FN-2 and FN-4 are graded Priority 2?", {"FN-2"}),
        ("Which of HM-2 and HM-3 are Essential?", {"HM-3"}),
        # a grade with a number is the paper's however it is cased
        ("navigation trust - which recs are priority 2?", {"FN-2", "FN-3"}),
    ],
)
def test_a_held_rating_named_in_the_question_filters(
    assistant: Assistant, question: str, refs: set[str]
) -> None:
    answer = assistant.ask(question)
    check_citations(assistant, answer)
    assert {r.ref for r in answer.records} == refs


def test_the_rating_word_as_ordinary_english_filters_nothing(assistant: Assistant) -> None:
    answer = assistant.ask("Which museum actions are essential to the loans register?")
    assert "HM-3" not in {r.ref for r in answer.records}
    assert "Essential" not in answer.answer.split("\n")[0]


def test_two_ratings_joined_are_either(assistant: Assistant) -> None:
    answer = assistant.ask("Which navigation trust recommendations are priority 1 or priority 3?")
    assert {r.ref for r in answer.records} == {"FN-1", "FN-4"}
    answer = assistant.ask("How many museum actions are essential or important?")
    assert {r.ref for r in answer.records} == {"HM-1", "HM-2", "HM-3"}

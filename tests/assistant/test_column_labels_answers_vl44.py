"""Lists and counts over a paper's own label column and status values named as one list,
answered end to end (vl44; the invented papers of
:mod:`tests.assistant.analysis.test_column_labels_vl44`)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from assistant.service import Assistant
from tests.assistant.analysis.test_column_labels_vl44 import BESIDE, HEADED, TRACKER, _ragged
from tests.assistant.conftest import assistant_over

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def labelled(
    real_services: object, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Assistant]:
    folder = tmp_path_factory.mktemp("labelled-papers")
    (folder / "brackwater_actions.md").write_text(TRACKER)
    (folder / "calderbrook_followup.md").write_text(HEADED)
    (folder / "hexham_fell_fire_actions.csv").write_text(BESIDE)
    _ragged(folder / "pendle_tracker.xlsx")
    yield from assistant_over(sorted(folder.iterdir()), real_services, tmp_path_factory, "labels")


@pytest.mark.parametrize(
    ("question", "count", "refs"),
    [
        ("How many Brackwater actions have a limited audit opinion?", 3, {"BC1", "BC2", "BC7"}),
        ("Which Brackwater actions came from audits rated minimal?", 2, {"BC3", "BC5"}),
        ("How many Brackwater actions are not limited or minimal?", 3, {"BC4", "BC6", "BC8"}),
        (
            "How many Brackwater actions are not implemented or on track?",
            4,
            {"BC1", "BC3", "BC7", "BC8"},
        ),
        (
            "Which Brackwater actions are not started or behind schedule?",
            4,
            {"BC1", "BC3", "BC7", "BC8"},
        ),
        ("How many Brackwater actions are owned by the DoO?", 3, {"BC1", "BC3", "BC8"}),
        ("Which Pendle Moor actions are not red or amber?", 1, {"PM2"}),
        ("How many Calderbrook actions come from audits rated Minimal?", 2, {"CL3", "CL4"}),
        ("Which hexham fell fire actions are rated red?", 2, {"HF-03", "HF-04"}),
        ("Which hexham fell fire actions are not red?", 4, {"HF-01", "HF-02", "HF-05", "HF-06"}),
        ("Which hexham fell fire actions are worsening?", 2, {"HF-03", "HF-06"}),
        ("Which Brackwater actions kept their original date?", 8, {f"BC{n}" for n in range(1, 9)}),
    ],
)
def test_rows_by_the_values_their_columns_hold(
    labelled: Assistant, question: str, count: int, refs: set[str]
) -> None:
    answer = labelled.ask(question)
    assert not answer.abstained
    assert f"**{count}" in answer.answer
    assert {r.ref for r in answer.records} == refs


def test_the_label_is_said_in_the_answer(labelled: Assistant) -> None:
    answer = labelled.ask("Which Brackwater actions have a limited audit opinion?")
    assert "with Audit opinion “Limited”" in answer.answer

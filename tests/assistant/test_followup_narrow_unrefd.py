"""'Which of those …?' after a list of rows that have no refs narrows those very rows, as it does
rows with refs: the register cannot filter on titles, so the list's own question is asked again
with the condition (a university's committee paper and a crematorium's action log, both without
refs; other bodies' papers of data/papers/dev and dev2)."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from assistant.service import Assistant
from tests.assistant.test_follow_ups import converse

ROOT = Path(__file__).resolve().parents[2] / "data" / "papers"
PAPERS = (
    ROOT / "dev" / "d05_castlebridge_uni_arc.html",
    ROOT / "dev2" / "e03_ashby_wendle_crematorium_jc_actions.csv",
)


@pytest.fixture(scope="module")
def unrefd(real_services: object, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Assistant]:
    """An assistant over two papers whose rows have no refs (ingested once)."""
    from assistant.container import Services
    from assistant.settings import load_settings

    index = tmp_path_factory.mktemp("unrefd-index")
    settings = load_settings(index_dir=index)
    services = Services(settings, embedder=real_services.embedder)  # type: ignore[attr-defined]
    result = services.indexer.ingest_paths(list(PAPERS))
    assert not result.skipped, result.skipped
    yield Assistant(services)
    services.catalog.close()
    shutil.rmtree(index, ignore_errors=True)


@pytest.mark.parametrize(
    "listed, narrowing, status",
    [
        (
            "Castlebridge university: which actions does the University Secretary own?",
            "Which of those are complete?",
            "complete",
        ),
        (
            "Which actions on the crematorium log does the Treasurer hold?",
            "and which of them are still ongoing?",
            "ongoing",
        ),
        (
            "Which Castlebridge actions are owned by the Pro Vice-Chancellor (Education)?",
            "So which of these have been implemented?",
            "complete",
        ),
    ],
)
def test_rows_without_refs_narrow_to_the_listed_ones(
    unrefd: Assistant, listed: str, narrowing: str, status: str
) -> None:
    first, narrowed = converse(unrefd, listed, narrowing)
    shown = {r.id for r in first.answer.records}
    assert len(shown) >= 2 and all(not r.ref for r in first.answer.records)
    kept = {r.id for r in narrowed.answer.records}
    expected = {r.id for r in first.answer.records if r.status == status}
    assert kept and kept == expected


def test_how_many_after_narrowing_counts_the_narrowed_rows(unrefd: Assistant) -> None:
    *_, counted = converse(
        unrefd,
        "Castlebridge university: which actions does the University Secretary own?",
        "Which of those are complete?",
        "how many is that?",
    )
    assert counted.answer.answer.startswith("**2**") or "2 actions" in counted.answer.answer
    assert len(counted.answer.records) == 2


@pytest.mark.parametrize(
    "listed, narrowing, count",
    [
        (
            "What recommendations did Fenbury Housing's internal audit log make?",
            "Which of those are complete?",
            "how many is that?",
        ),
        (
            "Which Severnside recommendations are owned by the Head of Finance?",
            "which of them are not started?",
            "and how many is that",
        ),
        (
            "What recommendations are in Marshfield's recommendations update?",
            "So which of these are complete?",
            "How many is that?",
        ),
    ],
)
def test_a_count_of_rows_named_by_ref_counts_them(
    bodies_assistant: Assistant, listed: str, narrowing: str, count: str
) -> None:
    # 'how many of W1, W2 … are complete?' reads as a figure asked of W1: counted as rows
    _, narrowed, counted = converse(bodies_assistant, listed, narrowing, count)
    kept = [r.id for r in narrowed.answer.records]
    assert kept and "among" in counted.standalone
    assert counted.answer.answer.startswith(f"**{len(kept)}**")
    assert sorted(r.id for r in counted.answer.records) == sorted(kept)

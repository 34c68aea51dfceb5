"""A paper named by a short description of its body ('the ferry commissioners' actions', 'the
museum actions'): a word only one body's papers are named by, in their organisation, masthead
lines or file name, with the words of that name around it, scopes the question and filters no
row. Three invented bodies in ``tests/fixtures/short_names``, two with no organisation read."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from assistant.analysis.short_names import masthead
from assistant.answers.model import Answer
from assistant.service import Assistant

PAPERS = Path(__file__).resolve().parents[1] / "fixtures" / "short_names"


@pytest.fixture(scope="module")
def short_assistant(
    real_services: object, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Assistant]:
    from assistant.container import Services
    from assistant.settings import load_settings

    index = tmp_path_factory.mktemp("short-names-index")
    settings = load_settings(index_dir=index)
    services = Services(settings, embedder=real_services.embedder)  # type: ignore[attr-defined]
    result = services.indexer.ingest_paths(sorted(PAPERS.iterdir()))
    assert not result.skipped, result.skipped
    yield Assistant(services)
    services.catalog.close()
    shutil.rmtree(index, ignore_errors=True)


def _refs(answer: Answer) -> list[str]:
    return sorted(r.ref or r.title for r in answer.records)


def test_the_masthead_stops_at_the_table() -> None:
    text = (
        "Audit Action Tracker\nBrackwater Ferry Commissioners - Audit Committee\nID\tIssue\tOwner"
    )
    assert (
        masthead(text) == "Audit Action Tracker\nBrackwater Ferry Commissioners - Audit Committee"
    )


def test_a_body_named_by_its_masthead(short_assistant: Assistant) -> None:
    answer = short_assistant.ask("Which of the ferry commissioners' actions are overdue?")
    assert _refs(answer) == ["BFC-01", "BFC-04"]
    answer = short_assistant.ask("How many of the ferry board's actions are closed?")
    assert answer.coverage.matched == 1 and _refs(answer) == ["BFC-03"]
    q = short_assistant.analyse("List the high risk items on the ferry tracker")
    assert len(q.documents) == 1 and "ferry" not in q.terms


def test_a_body_named_by_its_file(short_assistant: Assistant) -> None:
    answer = short_assistant.ask("Which museum actions have had their deadlines extended?")
    assert _refs(answer) == ["HVM-1", "HVM-3"]
    q = short_assistant.analyse("What is still in progress at the museum?")
    assert len(q.documents) == 1 and "museum" not in q.terms


def test_no_short_name_no_scope(short_assistant: Assistant) -> None:
    for question in ("Which actions are overdue?", "Who owns the allotment waiting list action?"):
        q = short_assistant.analyse(question)
        assert not any("brackwater" in d or "museum" in d for d in q.documents), question
    answer = short_assistant.ask("Which actions are overdue?")
    assert {"BFC-01", "OVC-1"} <= set(_refs(answer))

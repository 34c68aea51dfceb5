"""What a follow-up's words point at when they are not a row: 'its actions' are the rows of the
paper the conversation is in; 'that committee', 'this board' is the body of that paper, not
an owner whose post only has the word as a qualifier ('Trust Secretary', 'Clerk to the
Board'); 'this year' is a time, not the row. Questions of my own over other bodies' papers
(data/papers/dev and dev2)."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from assistant.posts import owner_heads
from assistant.service import Assistant
from tests.assistant.test_follow_ups import converse

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2] / "data" / "papers"
PAPERS = (
    ROOT / "dev" / "d11_south_coast_ambulance_ac.pdf",
    ROOT / "dev" / "d20_greyhaven_waste_scan.pdf",
    ROOT / "dev2" / "e08_fenmarsh_idb_audit_actions.pdf",
)


@pytest.fixture(scope="module")
def bodies(real_services: object, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Assistant]:
    """An assistant over three papers whose owners' posts name a body (ingested once)."""
    from assistant.container import Services
    from assistant.settings import load_settings

    index = tmp_path_factory.mktemp("posts-index")
    settings = load_settings(index_dir=index)
    settings.ingest.pdf_in_subprocess = False
    services = Services(settings, embedder=real_services.embedder)  # type: ignore[attr-defined]
    result = services.indexer.ingest_paths(list(PAPERS))
    assert not result.skipped, result.skipped
    yield Assistant(services)
    services.catalog.close()
    shutil.rmtree(index, ignore_errors=True)


@pytest.mark.parametrize(
    ("listed", "body", "owner"),
    [
        (
            "Who owns SCAS-21-12?",
            "Who chairs that trust?",
            "Trust Secretary",
        ),
        (
            "Who is responsible for GW8?",
            "When does that authority meet?",
            "Clerk to the Authority",
        ),
        (
            "Who is responsible for publishing the privacy notice at Fenmarsh?",
            "Who chairs this board?",
            "Clerk to the Board",
        ),
    ],
)
def test_that_body_is_the_papers_body_not_the_owner(
    bodies: Assistant, listed: str, body: str, owner: str
) -> None:
    first, second = converse(bodies, listed, body)
    assert len(first.answer.records) == 1 and first.answer.records[0].owner == owner
    title = first.answer.records[0].document.title
    assert f"in the {title}" in second.standalone
    assert owner not in second.standalone


@pytest.mark.parametrize(
    ("listed", "asked"),
    [
        (
            "Which Fenmarsh actions does the Clerk to the Board own?",
            "How many meetings this year?",
        ),
        (
            "Which South Coast Ambulance actions does the Trust Secretary own?",
            "What is the deficit this year?",
        ),
        (
            "Which Greyhaven actions are with the Clerk to the Authority?",
            "What was spent this year?",
        ),
    ],
)
def test_this_year_is_a_time_not_the_row(bodies: Assistant, listed: str, asked: str) -> None:
    _, second = converse(bodies, listed, asked)
    assert second.standalone == asked


@pytest.mark.parametrize(
    ("opening", "asked", "paper"),
    [
        (
            "What does the Fenbury log say about damp and mould?",
            "Which of its recommendations are still ongoing?",
            "fenbury",
        ),
        (
            "What does the Tamar Vale update say about gas safety certificates?",
            "How many of its actions are complete?",
            "tamar",
        ),
        (
            "What did Severnside's auditors find about fleet fuel cards?",
            "Which of its recommendations have not been started?",
            "severnside",
        ),
    ],
)
def test_its_rows_are_the_rows_of_the_paper_in_focus(
    bodies_assistant: Assistant, opening: str, asked: str, paper: str
) -> None:
    _, rows = converse(bodies_assistant, opening, asked)
    assert " in the " in rows.standalone and "its" not in rows.standalone.split()
    assert rows.answer.records
    assert all(paper in r.document.filename for r in rows.answer.records)


def test_the_head_of_a_post_is_its_last_noun_before_of_or_to() -> None:
    assert owner_heads("Committee Secretary") == {"secretary"}
    assert owner_heads("Director of Finance & MPA") == {"director", "mpa"}
    assert owner_heads("Section 151 Officer, Elmsford District Council") == {"officer", "council"}

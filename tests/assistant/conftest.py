"""An assistant over the bundled record (real model), and a helper that checks every citation."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from assistant.answers.model import Answer
from assistant.citations import verify
from assistant.service import Assistant


@pytest.fixture(scope="session")
def assistant(real_services: object) -> Assistant:
    return Assistant(real_services)  # type: ignore[arg-type]


# a few OTHER bodies' papers of data/papers/dev (a fire authority, a park authority, a transport
# authority, a college, a housing group, a city council, a housing association), in four
# formats: small, so built once in seconds
BODIES_DIR = Path(__file__).resolve().parents[2] / "data" / "papers" / "dev"
BODIES_PAPERS = (
    "d02_severnside_fra_ia_tracker.xlsx",
    "d06_tamar_vale_homes_arc.md",
    "d07_kestrel_moors_npa_actions.csv",
    "d12_fenbury_housing_ia_log.xlsx",
    "d13_marshfield_cc_recs_update.docx",
    "d09_northern_valleys_ta_tracker.xlsx",
    "d14_holmebridge_college_audit_actions.csv",
)


def assistant_over(
    papers: list[Path], real_services: object, tmp_path_factory: pytest.TempPathFactory, name: str
) -> Iterator[Assistant]:
    """An assistant (real model, the session's embedder) over ``papers``, ingested into a fresh
    index, closed and removed after; for a fixture to ``yield from``."""
    from assistant.container import Services
    from assistant.settings import load_settings

    index = tmp_path_factory.mktemp(f"{name}-index")
    settings = load_settings(index_dir=index)
    services = Services(settings, embedder=real_services.embedder)  # type: ignore[attr-defined]
    result = services.indexer.ingest_paths(papers)
    assert not result.skipped, result.skipped
    yield Assistant(services)
    services.catalog.close()
    shutil.rmtree(index, ignore_errors=True)


@pytest.fixture(scope="session")
def bodies_assistant(
    real_services: object, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Assistant]:
    """An assistant (real model, the session's embedder) over :data:`BODIES_PAPERS`, ingested
    once per session; read-only."""
    from assistant.container import Services
    from assistant.settings import load_settings

    index = tmp_path_factory.mktemp("bodies-index")
    settings = load_settings(index_dir=index)
    settings.ingest.pdf_in_subprocess = False
    services = Services(settings, embedder=real_services.embedder)  # type: ignore[attr-defined]
    result = services.indexer.ingest_paths([BODIES_DIR / name for name in BODIES_PAPERS])
    assert not result.skipped, result.skipped
    yield Assistant(services)
    services.catalog.close()
    shutil.rmtree(index, ignore_errors=True)


# two invented bodies whose papers of several years relate rows across years (refs, or wording)
CARRIED_DIR = Path(__file__).resolve().parents[1] / "fixtures" / "carried"


@pytest.fixture(scope="session")
def carried_assistant(
    real_services: object, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Assistant]:
    """An assistant (real model) over ``tests/fixtures/carried``, ingested once; read-only."""
    yield from assistant_over(
        sorted(CARRIED_DIR.glob("*.md")), real_services, tmp_path_factory, "carried"
    )


def check_citations(assistant: Assistant, answer: Answer) -> None:
    """Every citation is a verbatim span of its document, and every [n] in the text exists."""
    catalog = assistant.services.catalog
    numbers = {c.n for c in answer.citations}
    for citation in answer.citations:
        text = catalog.document_text(citation.document.id)
        assert verify(citation, text), f"[{citation.n}] not verbatim: {citation.quote!r}"
        assert citation.quote.strip() == citation.quote and citation.quote
        assert f"[{citation.n}]" in answer.answer, f"[{citation.n}] is never used in the answer"
    import re

    used = {int(n) for n in re.findall(r"\[(\d+)\]", answer.answer)}
    assert used <= numbers, f"markers {sorted(used - numbers)} point to no citation"


@pytest.fixture()
def ask(assistant: Assistant) -> Callable[..., Answer]:
    """Asks the ``assistant`` in effect for the requesting test. Function-scoped on purpose:
    a session-scoped helper would stay bound to whichever ``assistant`` first requested it,
    and ``tests/assistant/answers`` overrides ``assistant`` with a hashing-embedder one, so
    every later real-model test would silently be answered by that one instead."""

    return checked_asker(assistant)


def checked_asker(assistant: Assistant) -> Callable[..., Answer]:
    """Asks ``assistant`` and checks every citation of the answer (see :func:`check_citations`)."""

    def run(question: str, **kwargs: object) -> Answer:
        answer = assistant.ask(question, **kwargs)  # type: ignore[arg-type]
        check_citations(assistant, answer)
        return answer

    return run

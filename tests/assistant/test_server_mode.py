"""Server mode on real engines, on loopback: Chroma as a server (`chroma run`), the API as two
uvicorn worker processes, the catalog (with BM25) a shared SQLite file. A document ingested
through one process is answerable from every other; a bounded load test gets no 500s, and
over the concurrency limit only 503s with Retry-After."""

from __future__ import annotations

import asyncio
import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from eval.load import run_level
from tests.conftest import ingest_with
from tests.servers import chroma_server, govrag_servers

ROOT = Path(__file__).resolve().parents[2]
ADMIN = "server-mode-admin-key"
NEW_DOC = "001_f17b8c3d3b95c95d.txt"  # the 2017 report, added while the server runs
pytestmark = [pytest.mark.slow, pytest.mark.server]


def env_for(index: Path, chroma_url: str, **extra: str) -> dict[str, str]:
    return {
        **os.environ,
        "GOVRAG_INDEX_DIR": str(index),
        "GOVRAG_CHROMA_URL": chroma_url,
        "GOVRAG_ADMIN_KEY": ADMIN,
        "GOVRAG_EMBEDDING_QUERY_CACHE": "0",
        "HF_HUB_OFFLINE": "1",
        **extra,
    }


@pytest.fixture(scope="module")
def shared(
    stored_vectors: object, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[Path, str]]:
    """A Chroma server and an index holding the sample record minus the 2017 report (the real
    model's vectors, read back from the session's real-model index)."""
    work = tmp_path_factory.mktemp("server-mode")
    folder = work / "docs"
    folder.mkdir()
    for path in (ROOT / "data" / "sample").glob("*.txt"):
        if path.name != NEW_DOC:
            shutil.copy(path, folder / path.name)
    with chroma_server(work / "chroma") as chroma_url:
        index = work / "index"
        ingest_with(stored_vectors, [folder], index_dir=index, chroma_url=chroma_url)
        yield index, chroma_url


@pytest.fixture(scope="module")
def servers(shared: tuple[Path, str]) -> Iterator[tuple[str, str]]:
    """Over the shared index, started at once (their imports and model loads overlap): two
    workers with rate limiting off (consistency between processes is tested, not limits), and
    one worker that serves at most two requests at once."""
    index, chroma_url = shared
    envs = [
        env_for(index, chroma_url, GOVRAG_SERVER__RATE_LIMIT_PER_MINUTE="0"),
        env_for(
            index,
            chroma_url,
            GOVRAG_SERVER__MAX_CONCURRENCY="2",
            GOVRAG_SERVER__RATE_LIMIT_PER_MINUTE="0",
        ),
    ]
    with govrag_servers(envs, workers=[2, 1]) as (two_workers, limited):
        yield two_workers, limited


def test_serve_refuses_several_workers_on_embedded_chroma(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "assistant.cli", "serve", "--workers", "2"],
        cwd=ROOT,
        env={**os.environ, "GOVRAG_INDEX_DIR": str(tmp_path), "GOVRAG_CHROMA_URL": ""},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2 and "need a Chroma server" in result.stderr


def test_a_document_ingested_through_one_process_is_answerable_from_every_other(
    shared: tuple[Path, str], servers: tuple[str, str]
) -> None:
    index, chroma_url = shared
    url = servers[0]  # two workers; rate limiting off
    workers = set()
    deadline = time.monotonic() + 60
    while len(workers) < 2 and time.monotonic() < deadline:
        health = httpx.get(f"{url}/healthz", timeout=10).json()
        assert health["vector_store"] == chroma_url
        workers.add(health["worker"])
    assert len(workers) == 2, "both worker processes should answer"
    before = httpx.post(
        f"{url}/v1/ask", json={"question": "What is the Strategic Partnerships area?"}
    ).json()
    assert all(c["document"]["filename"] != NEW_DOC for c in before["citations"])

    # through one worker (HTTP upload) ...
    data = (ROOT / "data" / "sample" / NEW_DOC).read_bytes()
    added = httpx.post(
        f"{url}/v1/documents",
        files={"file": (NEW_DOC, data)},
        headers={"Authorization": f"Bearer {ADMIN}"},
        timeout=300,
    )
    assert added.status_code == 201, added.text

    # ... answerable from all: ask until both workers have answered
    answered_by: set[int] = set()
    for _ in range(40):
        health = httpx.get(f"{url}/healthz", timeout=10).json()
        assert health["documents"] == 5
        response = httpx.post(
            f"{url}/v1/ask",
            json={"question": "What does the 2017 report say about strategic partnerships?"},
            timeout=60,
        ).json()
        assert any(c["document"]["filename"] == NEW_DOC for c in response["citations"])
        hits = httpx.get(f"{url}/v1/search", params={"q": "Assurance Framework"}).json()
        assert hits["hits"][0]["document_id"] == "001_f17b8c3d3b95c95d-txt"  # BM25 too
        answered_by.add(health["worker"])
        if len(answered_by) == 2:
            break
    assert len(answered_by) == 2

    # a bounded load below the limits: nothing but answers
    level = asyncio.run(run_level(url, clients=8, seconds=4))
    assert level["answered"] > 0 and set(level["statuses"]) == {"200"}, level

    # another process (the CLI) removes it, and a third one sees it gone
    def govrag(*argv: str) -> str:
        return subprocess.run(
            [sys.executable, "-m", "assistant.cli", *argv],
            cwd=ROOT,
            env=env_for(index, chroma_url),
            check=True,
            capture_output=True,
            text=True,
            timeout=300,
        ).stdout

    govrag("remove", NEW_DOC)
    assert NEW_DOC not in {d["filename"] for d in json.loads(govrag("documents", "--json"))}


def test_over_the_concurrency_limit_only_503s(servers: tuple[str, str]) -> None:
    url = servers[1]  # at most two requests at once; rate limiting off
    below = asyncio.run(run_level(url, clients=2, seconds=3))
    assert below["answered"] > 0 and below["errors"] == 0, below
    above = asyncio.run(run_level(url, clients=12, seconds=4))
    assert above["answered"] > 0, above
    assert set(above["statuses"]) <= {"200", "503"}, above
    assert above["statuses"].get("503", 0) > 0, above  # the limit really bit
    assert above["refusals_without_retry_after"] == 0

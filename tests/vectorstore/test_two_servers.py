"""Two API servers that share nothing but two URLs: one throwaway PostgreSQL (the catalog, with
BM25), one `chroma run` (the vectors), and two `govrag serve` processes with different, empty
index folders. The record is ingested where both answer; a paper uploaded through one is
answered by the other, deleted through the other and gone from the first; a paper `govrag
ingest` adds from a third process is answered at once; no process keeps a SQLite catalog."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tests.conftest import ingest_with
from tests.pg import Cluster
from tests.servers import chroma_server, govrag_servers

ROOT = Path(__file__).resolve().parents[2]
ADMIN = "two-servers-admin-key"
ADMIN_HEADER = {"Authorization": f"Bearer {ADMIN}"}
NEW_DOC = "001_f17b8c3d3b95c95d.txt"  # the 2017 report, uploaded while the servers run
NEW_ID = "001_f17b8c3d3b95c95d-txt"
R18_OWNER = "Director of Finance Services/ Director of Business"
NEW_QUESTION = "What does the 2017 report say about strategic partnerships?"
pytestmark = [pytest.mark.slow, pytest.mark.server, pytest.mark.timeout(900)]


def env_for(index: Path, catalog_url: str, chroma_url: str) -> dict[str, str]:
    return {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "GOVRAG_INDEX_DIR": str(index),
        "GOVRAG_CATALOG_URL": catalog_url,
        "GOVRAG_CHROMA_URL": chroma_url,
        "GOVRAG_ADMIN_KEY": ADMIN,
        "GOVRAG_EMBEDDING_QUERY_CACHE": "0",
        "GOVRAG_SERVER__RATE_LIMIT_PER_MINUTE": "0",
        "HF_HUB_OFFLINE": "1",
    }


@pytest.fixture(scope="module")
def deployment(
    pg_cluster: Cluster, stored_vectors: object, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[Path, str, str]]:
    """(work folder, catalog URL, Chroma URL) with the record, minus the 2017 report, ingested
    with its own index folder (in this process, with the real model's vectors read back from
    the session's real-model index; a `govrag ingest` child adds the 2017 report later)."""
    work = tmp_path_factory.mktemp("two-servers")
    folder = work / "docs"
    folder.mkdir()
    for path in (ROOT / "data" / "sample").glob("*.txt"):
        if path.name != NEW_DOC:
            shutil.copy(path, folder / path.name)
    catalog_url = pg_cluster.database()
    with chroma_server(work / "chroma") as chroma_url:
        settings = {"catalog_url": catalog_url, "chroma_url": chroma_url}
        ingest_with(stored_vectors, [folder], index_dir=work / "cli-index", **settings)
        yield work, catalog_url, chroma_url


@pytest.fixture(scope="module")
def servers(deployment: tuple[Path, str, str]) -> Iterator[tuple[str, str]]:
    """Two `govrag serve` processes over the deployment, each with its own empty index folder."""
    work, catalog_url, chroma_url = deployment
    envs = [env_for(work / name, catalog_url, chroma_url) for name in ("index-a", "index-b")]
    with govrag_servers(envs, logs=[work / "a.log", work / "b.log"]) as (a, b):
        yield a, b


def ask(url: str, question: str) -> dict:  # type: ignore[type-arg]
    response = httpx.post(f"{url}/v1/ask", json={"question": question}, timeout=120)
    assert response.status_code == 200, response.text
    return response.json()  # type: ignore[no-any-return]


def cites(answer: dict, filename: str) -> bool:  # type: ignore[type-arg]
    return any(c["document"]["filename"] == filename for c in answer["citations"])


def test_two_servers_share_nothing_but_two_urls(
    deployment: tuple[Path, str, str], servers: tuple[str, str]
) -> None:
    work, _, chroma_url = deployment
    index_a, index_b = work / "index-a", work / "index-b"
    a, b = servers
    for url in (a, b):
        health = httpx.get(f"{url}/healthz", timeout=10).json()
        assert health["documents"] == 4 and health["vector_store"] == chroma_url
        answer = ask(url, "Who is responsible for R18?")
        assert R18_OWNER in answer["answer"], answer["answer"]
        assert any(c["ref"] == "R18" for c in answer["citations"])
        assert not cites(ask(url, NEW_QUESTION), NEW_DOC)

    # uploaded through A ...
    data = (ROOT / "data" / "sample" / NEW_DOC).read_bytes()
    added = httpx.post(
        f"{a}/v1/documents", files={"file": (NEW_DOC, data)}, headers=ADMIN_HEADER, timeout=300
    )
    assert added.status_code == 201, added.text

    # ... answered by B (its next request sees the new generation)
    assert httpx.get(f"{b}/healthz", timeout=10).json()["documents"] == 5
    assert cites(ask(b, NEW_QUESTION), NEW_DOC)
    hits = httpx.get(f"{b}/v1/search", params={"q": "Assurance Framework"}, timeout=60)
    assert hits.json()["hits"][0]["document_id"] == NEW_ID  # BM25 in PostgreSQL too

    # deleted through B, gone from A
    deleted = httpx.delete(f"{b}/v1/documents/{NEW_ID}", headers=ADMIN_HEADER, timeout=120)
    assert deleted.status_code in (200, 204), deleted.text
    listed = httpx.get(f"{a}/v1/documents", timeout=30).json()
    assert NEW_DOC not in {d["filename"] for d in listed}
    assert not cites(ask(a, NEW_QUESTION), NEW_DOC)
    assert httpx.get(f"{a}/healthz", timeout=10).json()["documents"] == 4

    # neither server (nor the ingest) kept a catalog of its own
    for index in (index_a, index_b, work / "cli-index"):
        assert not (index.exists() and list(index.rglob("catalog.sqlite*")))
        assert not (index / "chroma").exists()  # vectors only on the Chroma server


def test_a_new_document_is_answerable_everywhere_within_one_request(
    deployment: tuple[Path, str, str], servers: tuple[str, str]
) -> None:
    """The stated delay: the generation row is read on every request, so a document committed
    by any process (here a `govrag ingest` child) is searched by every server's next request."""
    work, catalog_url, chroma_url = deployment
    url = servers[0]
    before = httpx.get(f"{url}/healthz", timeout=10).json()["documents"]
    extra = work / "extra"
    extra.mkdir()
    shutil.copy(ROOT / "data" / "sample" / NEW_DOC, extra / NEW_DOC)
    try:
        subprocess.run(
            [sys.executable, "-m", "assistant.cli", "ingest", str(extra)],
            cwd=ROOT,
            env=env_for(work / "cli-index", catalog_url, chroma_url),
            check=True,
            capture_output=True,
            timeout=600,
        )
        committed = time.monotonic()
        assert httpx.get(f"{url}/healthz", timeout=10).json()["documents"] == before + 1
        assert cites(ask(url, NEW_QUESTION), NEW_DOC)
        assert time.monotonic() - committed < 60
        # the CLI process kept no catalog nor vectors of its own either
        assert not list((work / "cli-index").rglob("catalog.sqlite*"))
        assert not (work / "cli-index" / "chroma").exists()
    finally:  # the deployment as the other tests expect it
        httpx.delete(f"{url}/v1/documents/{NEW_ID}", headers=ADMIN_HEADER, timeout=120)

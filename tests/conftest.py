"""Shared fixtures. Outbound network is blocked for every test; loopback stays open."""

from __future__ import annotations

import os
import shutil
import socket
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
for _key in [k for k in os.environ if k.startswith("GOVRAG_")]:
    del os.environ[_key]  # tests never inherit a developer's settings

ROOT = Path(__file__).resolve().parent.parent
SAMPLE_DIR = ROOT / "data" / "sample"
PDF_DIR = Path(__file__).resolve().parent / "fixtures" / "corpus-pdf"
ARTIFACTS = Path(__file__).resolve().parent / "artifacts"
# Session fixtures that start a server process: under pytest-xdist (`make test` runs `-n 2
# --dist loadgroup`) every test that uses one goes to the same worker, so each starts once.
_SERVER_FIXTURES = ("web_servers", "real_server", "pg_cluster")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Group tests for xdist's ``loadgroup``: by the server fixture they share, else by file (a
    file's module fixtures are then built once)."""
    for item in items:
        shared = next(
            (name for name in _SERVER_FIXTURES if name in getattr(item, "fixturenames", ())),
            None,
        )
        group = shared or item.path.relative_to(ROOT).as_posix()
        item.add_marker(pytest.mark.xdist_group(group))


_LOOPBACK = {"127.0.0.1", "::1", "localhost", "0.0.0.0"}
_real_connect = socket.socket.connect
_real_create_connection = socket.create_connection


def _host(address: object) -> str:
    if isinstance(address, tuple) and address:
        return str(address[0])
    return str(address)


def _guarded_connect(self: socket.socket, address: object) -> object:
    if self.family in (socket.AF_INET, socket.AF_INET6) and _host(address) not in _LOOPBACK:
        raise RuntimeError(f"test tried to reach the network: {address!r}")
    return _real_connect(self, address)  # type: ignore[arg-type]


def _guarded_create_connection(
    address: tuple[str, int], *args: object, **kwargs: object
) -> socket.socket:
    if _host(address) not in _LOOPBACK:
        raise RuntimeError(f"test tried to reach the network: {address!r}")
    return _real_create_connection(address, *args, **kwargs)  # type: ignore[arg-type]


@pytest.fixture(autouse=True)
def _block_network(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(socket.socket, "connect", _guarded_connect)
    monkeypatch.setattr(socket, "create_connection", _guarded_create_connection)


@pytest.fixture(scope="session")
def sample_dir() -> Path:
    return SAMPLE_DIR


@pytest.fixture(scope="session")
def pdf_dir() -> Path:
    return PDF_DIR


@pytest.fixture(scope="session")
def artifacts_dir() -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    return ARTIFACTS


@pytest.fixture()
def fake_services(tmp_path: Path) -> Iterator[object]:
    """Services over an empty index in tmp_path, with the hashing embedder and embedded Chroma."""
    from assistant.container import Services
    from assistant.settings import load_settings
    from tests.fakes import HashingEmbedder

    settings = load_settings(index_dir=tmp_path / "index")
    settings.ingest.pdf_in_subprocess = False
    services = Services(settings, embedder=HashingEmbedder())
    yield services
    services.catalog.close()


@pytest.fixture(scope="session")
def real_services(tmp_path_factory: pytest.TempPathFactory) -> Iterator[object]:
    """The bundled record ingested once with the real MiniLM model (session-wide, read-only)."""
    from assistant.container import Services
    from assistant.settings import load_settings

    index = tmp_path_factory.mktemp("real-index")
    services = Services(load_settings(index_dir=index))
    result = services.indexer.ingest_paths([SAMPLE_DIR])
    assert not result.skipped
    yield services
    services.catalog.close()
    shutil.rmtree(index, ignore_errors=True)


class StoredVectors:
    """The real model's vectors for the bundled record's chunks, read back from the
    ``real_services`` index (bit for bit what the model gave), so a set-up that ingests the
    record again into another index or backend does not embed it again. A text it has not
    seen, and every query, goes to the real model. Counts what it embedded and reused."""

    def __init__(self, services: Any) -> None:
        self.inner = services.embedder
        self.model_id: str = self.inner.model_id
        self.dimension: int = self.inner.dimension
        ids = sorted(services.catalog.chunk_ids())
        found, vectors = services.vectors.embeddings(ids)
        by_id = dict(zip(found, vectors.tolist(), strict=True))
        self._known = {
            text: by_id[chunk_id] for chunk_id, text, _ in services.catalog.chunk_vectors_input(ids)
        }
        self.embedded = 0
        self.reused = 0

    def __getattr__(self, name: str) -> Any:  # ``loaded`` and the like
        return getattr(self.inner, name)

    def embed_documents(self, texts: Sequence[str]) -> list[list[float]]:
        new = [text for text in dict.fromkeys(texts) if text not in self._known]
        if new:
            self._known.update(zip(new, self.inner.embed_documents(new), strict=True))
        self.embedded += len(new)
        self.reused += len(texts) - len(new)
        return [list(self._known[text]) for text in texts]

    def embed_query(self, text: str) -> list[float]:
        return list(self.inner.embed_query(text))


@pytest.fixture(scope="session")
def stored_vectors(real_services: object) -> StoredVectors:
    """An embedder giving the real model's vectors of the bundled record without running it."""
    return StoredVectors(real_services)


def ingest_with(embedder: Any, paths: list[Path], **settings: Any) -> Any:
    """Ingest ``paths`` in this process into the index ``settings`` name (``index_dir``, and a
    ``chroma_url``/``catalog_url`` if given) with ``embedder``, then close it, as `govrag
    ingest` leaves it; the ingest's result."""
    from assistant.container import Services
    from assistant.settings import load_settings

    services = Services(load_settings(**settings), embedder=embedder)
    try:
        result = services.indexer.ingest_paths(paths)
        assert not result.skipped, result.skipped
        return result
    finally:
        services.catalog.close()
        services.vectors.close()


@pytest.fixture(scope="session")
def real_server(real_services: object, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """One `govrag serve` process over the ``real_services`` index (read-only), started once for
    every test that needs a real server over the bundled record; yields its URL. Its environment
    is the bare minimum (no developer settings, a throwaway HOME)."""
    from tests.servers import govrag_server

    env = {
        "GOVRAG_INDEX_DIR": str(real_services.settings.index_dir),  # type: ignore[attr-defined]
        "PYTHONPATH": str(ROOT),
        "PATH": "/usr/bin:/bin",
        "HOME": str(tmp_path_factory.mktemp("home")),
    }
    with govrag_server(env, timeout=120) as url:
        yield url

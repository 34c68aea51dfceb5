"""Shared fixtures. Outbound network is blocked for every test; loopback stays open."""

from __future__ import annotations

import os
import shutil
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
for _key in [k for k in os.environ if k.startswith("GOVRAG_")]:
    del os.environ[_key]  # tests never inherit a developer's settings

ROOT = Path(__file__).resolve().parent.parent
SAMPLE_DIR = ROOT / "data" / "sample"
PDF_DIR = Path(__file__).resolve().parent / "fixtures" / "corpus-pdf"
ARTIFACTS = Path(__file__).resolve().parent / "artifacts"
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

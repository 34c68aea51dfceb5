"""The per-client rate limit across workers: with a PostgreSQL catalog, two app instances (two
workers, or two machines) count one client's requests together in one PostgreSQL counter; with
``rate_limit_store=memory`` (and always with SQLite) each counts its own."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from assistant.api.app import create_app
from assistant.api.limits import TokenBucket, rate_limiter_for
from assistant.container import Services
from assistant.service import Assistant
from assistant.settings import load_settings
from tests.fakes import HashingEmbedder
from tests.pg import Cluster
from tests.servers import free_port
from vectorstore.pg_limits import PostgresRateLimiter

QUESTION = {"question": "Who owns R18?"}


def clear_of_minute_boundary() -> None:
    """The counter's window is the clock minute: don't start a count in its last seconds."""
    left = 60 - time.time() % 60
    if left < 8:
        time.sleep(left + 0.5)


@pytest.fixture()
def catalog_url(pg_cluster: Cluster) -> str:
    return pg_cluster.database()


def app_client(url: str, index: Path, per_minute: int, store: str = "auto") -> TestClient:
    settings = load_settings(index_dir=index, catalog_url=url)
    settings.server.rate_limit_per_minute = per_minute
    settings.server.rate_limit_store = store  # type: ignore[assignment]
    services = Services(settings, embedder=HashingEmbedder())
    return TestClient(create_app(Assistant(services), warm_up=False))


@pytest.fixture()
def two_apps(catalog_url: str, tmp_path: Path) -> Iterator[tuple[TestClient, TestClient]]:
    with (
        app_client(catalog_url, tmp_path / "a", 4) as a,
        app_client(catalog_url, tmp_path / "b", 4) as b,
    ):
        yield a, b


def test_two_app_instances_share_one_postgres_counter(
    two_apps: tuple[TestClient, TestClient],
) -> None:
    a, b = two_apps
    clear_of_minute_boundary()
    # an empty index: the four that pass are answered with an "index is empty" error, not 429
    codes = [(a if i % 2 else b).post("/v1/ask", json=QUESTION).json() for i in range(6)]
    limited = [body.get("error", {}).get("code") == "rate_limited" for body in codes]
    assert limited == [False] * 4 + [True] * 2, codes  # 4 a minute between them
    limited = a.post("/v1/ask", json=QUESTION)
    assert limited.status_code == 429 and limited.json()["error"]["code"] == "rate_limited"
    assert 1 <= int(limited.headers["retry-after"]) <= 60
    assert "4 a minute" in limited.json()["error"]["message"]
    assert b.get("/v1/search", params={"q": "R18"}).status_code == 200  # reads are not limited


def test_memory_store_counts_per_instance(catalog_url: str, tmp_path: Path) -> None:
    with (
        app_client(catalog_url, tmp_path / "a", 2, "memory") as a,
        app_client(catalog_url, tmp_path / "b", 2, "memory") as b,
    ):
        for client in (a, b):  # each its own bucket of 2
            statuses = [client.post("/v1/ask", json=QUESTION).status_code for _ in range(3)]
            assert [s == 429 for s in statuses] == [False, False, True], statuses


def test_the_postgres_counter_is_per_client_and_atomic(catalog_url: str) -> None:
    from concurrent.futures import ThreadPoolExecutor

    first, second = PostgresRateLimiter(catalog_url, 50), PostgresRateLimiter(catalog_url, 50)
    try:
        clear_of_minute_boundary()
        with ThreadPoolExecutor(8) as pool:
            waits = list(pool.map(lambda i: (first, second)[i % 2].take("10.0.0.1"), range(60)))
        assert sum(w == 0 for w in waits) == 50  # exactly the limit, from both, racing
        assert all(0 < w <= 60 for w in waits if w)
        assert first.take("10.0.0.2") == 0  # another client has its own count
    finally:
        first.close()
        second.close()


def test_the_store_follows_the_settings(catalog_url: str, tmp_path: Path) -> None:
    sqlite = load_settings(index_dir=tmp_path)
    assert isinstance(rate_limiter_for(sqlite), TokenBucket)  # SQLite mode: unchanged
    shared = rate_limiter_for(load_settings(index_dir=tmp_path, catalog_url=catalog_url))
    assert isinstance(shared, PostgresRateLimiter) and shared.shared
    shared.close()
    memory = load_settings(index_dir=tmp_path, catalog_url=catalog_url)
    memory.server.rate_limit_store = "memory"
    assert isinstance(rate_limiter_for(memory), TokenBucket)


def test_an_unreachable_counter_lets_requests_through() -> None:
    limiter = PostgresRateLimiter(f"postgresql://nobody@127.0.0.1:{free_port()}/none", 1)
    try:
        started = time.monotonic()
        assert limiter.take("10.0.0.1") == 0 and limiter.take("10.0.0.1") == 0
        assert time.monotonic() - started < 4  # one wait for the pool, then straight through
    finally:
        limiter.close()

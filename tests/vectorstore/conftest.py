"""Fixtures of the vectorstore tests: a throwaway PostgreSQL cluster for the whole session."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.pg import Cluster, postgres_cluster


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[Cluster]:
    """A PostgreSQL cluster on loopback, started once (skips without PostgreSQL, fails in CI)."""
    with postgres_cluster() as cluster:
        yield cluster

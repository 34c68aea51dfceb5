"""One contract for both dense searches: the in-memory matrix (exact) and the vector index
(HNSW, no vectors in the worker), over embedded Chroma and a Chroma server.

Each backend ingests the bundled record with the hashing embedder; the truth is an exact
ranking of the vectors the index stores. The matrix must equal it; the index may miss a few
neighbours (HNSW), within ``tolerance``.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

from assistant.container import Services
from assistant.settings import load_settings
from tests.fakes import HashingEmbedder
from tests.servers import chroma_server
from vectorstore.dense import IndexDense
from vectorstore.filters import SearchFilters
from vectorstore.matrix import VectorMatrix
from vectorstore.protocols import DenseSearch, DenseSubset

QUERIES = ("partnership governance", "risk register", "budget savings", "who owns R18")
K = 10


def exact(services: Services, vector: list[float], ids: list[str] | None, k: int) -> list[str]:
    """The ids of the ``k`` nearest stored vectors among ``ids`` (None: all), by brute force."""
    every = sorted(services.catalog.chunk_ids()) if ids is None else sorted(ids)
    found, matrix = services.vectors.embeddings(every)
    if not found:
        return []
    scores = np.asarray(matrix) @ np.asarray(vector, dtype=np.float32)
    order = sorted(range(len(found)), key=lambda i: (-float(scores[i]), found[i]))
    return [found[i] for i in order[:k]]


def overlap(got: list[tuple[str, float]], truth: list[str]) -> float:
    return len({cid for cid, _ in got} & set(truth)) / max(len(truth), 1)


class DenseSearchContract:
    """Subclasses give ``services`` (bundled record ingested), ``make`` and ``tolerance``."""

    tolerance = 0.0  # share of the exact top K a search may miss
    holds_vectors = True

    @pytest.fixture()
    def services(self) -> Services:
        raise NotImplementedError

    def make(self, services: Services) -> DenseSearch:
        raise NotImplementedError

    def test_unfiltered_search_finds_the_exact_nearest(self, services: Services) -> None:
        dense = self.make(services)
        for query in QUERIES:
            vector = services.embedder.embed_query(query)
            got = dense.nearest(vector, K)
            truth = exact(services, vector, None, K)
            assert len(got) == K
            assert overlap(got, truth) >= 1 - self.tolerance, query
            scores = [s for _, s in got]
            assert scores == sorted(scores, reverse=True)
            assert got[0][0] == truth[0] or self.tolerance
            assert dense.nearest(vector, K, None, dense.prepare(vector)) == got  # prepared

    def test_a_subset_search_keeps_to_the_subset(self, services: Services) -> None:
        dense = self.make(services)
        filters = SearchFilters.parse({"kind": "record", "year_from": 2008})
        condition, params = filters.to_sql()
        rows = services.catalog.conn.execute(f"SELECT id FROM chunks c WHERE {condition}", params)
        passing = [str(r["id"]) for r in rows]
        where = filters.to_chroma_where()
        assert where is not None and 10 < len(passing) < len(services.catalog.chunk_ids())
        subset = DenseSubset(where=where, ids=lambda: passing)
        for query in QUERIES:
            vector = services.embedder.embed_query(query)
            got = dense.nearest(vector, K, subset)
            assert {cid for cid, _ in got} <= set(passing)
            assert overlap(got, exact(services, vector, passing, K)) >= 1 - self.tolerance

    def test_it_follows_removal_and_ingest(self, services: Services, sample_dir: Path) -> None:
        dense = self.make(services)
        vector = services.embedder.embed_query("partnership governance")
        dense.nearest(vector, K)
        document = services.catalog.find_document("000_f60702f293bad3c1.txt")
        assert document is not None
        removed = services.catalog.chunk_ids(document.id)
        services.indexer.remove("000_f60702f293bad3c1.txt")
        assert removed
        remaining = services.catalog.chunk_ids()
        got = dense.nearest(vector, len(remaining) + 10)
        assert {cid for cid, _ in got} <= remaining and not {cid for cid, _ in got} & removed
        services.indexer.ingest_paths([sample_dir / "000_f60702f293bad3c1.txt"])
        got = dense.nearest(vector, 200)
        assert removed <= {cid for cid, _ in got}

    def test_zero_k_and_what_it_holds(self, services: Services) -> None:
        dense = self.make(services)
        vector = services.embedder.embed_query("risk")
        assert dense.nearest(vector, 0) == []
        dense.warm()
        chunks = len(services.catalog.chunk_ids())
        assert dense.held() == (chunks if self.holds_vectors else 0)


def ingested(settings_dir: Path, sample_dir: Path, chroma_url: str = "") -> Services:
    settings = load_settings(index_dir=settings_dir, chroma_url=chroma_url)
    settings.ingest.pdf_in_subprocess = False
    services = Services(settings, embedder=HashingEmbedder())
    result = services.indexer.ingest_paths([sample_dir])
    assert not result.skipped
    return services


class _Embedded:
    @pytest.fixture()
    def services(self, tmp_path: Path, sample_dir: Path) -> Iterator[Services]:
        services = ingested(tmp_path / "index", sample_dir)
        yield services
        services.catalog.close()


class _Server:
    @pytest.fixture(scope="class")
    def server_url(self, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
        with chroma_server(tmp_path_factory.mktemp("chroma-dense")) as url:
            yield url

    @pytest.fixture()
    def services(self, tmp_path: Path, sample_dir: Path, server_url: str) -> Iterator[Services]:
        services = ingested(tmp_path / "index", sample_dir, server_url)
        yield services
        services.catalog.close()
        services.vectors.drop()  # type: ignore[attr-defined]


class _Matrix(DenseSearchContract):
    def make(self, services: Services) -> DenseSearch:
        return VectorMatrix(services.vectors, services.catalog)


class _Index(DenseSearchContract):
    tolerance = 0.1  # HNSW: approximate (exact in practice on 94 chunks)
    holds_vectors = False

    def make(self, services: Services) -> DenseSearch:
        return IndexDense(services.vectors)


class TestMatrixOverEmbeddedChroma(_Embedded, _Matrix):
    pass


class TestIndexOverEmbeddedChroma(_Embedded, _Index):
    pass


@pytest.mark.server
class TestMatrixOverChromaServer(_Server, _Matrix):
    pass


@pytest.mark.server
class TestIndexOverChromaServer(_Server, _Index):
    pass

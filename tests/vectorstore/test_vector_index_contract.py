"""One contract for every vector store backend: embedded Chroma and a Chroma server."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.servers import chroma_server
from vectorstore.chroma_index import ChromaVectorIndex
from vectorstore.protocols import VectorIndex


def unit(*values: float) -> list[float]:
    norm = sum(v * v for v in values) ** 0.5
    return [v / norm for v in values]


class VectorIndexContract:
    """Subclasses provide an empty ``index`` fixture."""

    @pytest.fixture()
    def index(self) -> VectorIndex:
        raise NotImplementedError

    def test_upsert_query_orders_by_similarity(self, index: VectorIndex) -> None:
        index.upsert(
            ["a", "b", "c"],
            [unit(1, 0, 0), unit(0.9, 0.1, 0), unit(0, 0, 1)],
            [
                {"year": 2008, "kind": "record"},
                {"year": 2017, "kind": "record"},
                {"year": 2002, "kind": "prose"},
            ],
        )
        hits = index.query(unit(1, 0, 0), 3)
        assert [i for i, _ in hits] == ["a", "b", "c"]
        assert hits[0][1] == pytest.approx(1.0, abs=1e-4) and hits[2][1] == pytest.approx(
            0.0, abs=1e-4
        )

    def test_metadata_filters(self, index: VectorIndex) -> None:
        index.upsert(
            ["a", "b", "c"],
            [unit(1, 0, 0), unit(0.9, 0.1, 0), unit(0.8, 0.2, 0)],
            [
                {"year": 2008, "theme_partnership": True},
                {"year": 2017, "theme_partnership": False},
                {"year": 2002, "theme_partnership": True},
            ],
        )
        recent = index.query(unit(1, 0, 0), 5, {"year": {"$gte": 2008}})
        assert {i for i, _ in recent} == {"a", "b"}
        both = index.query(
            unit(1, 0, 0), 5, {"$and": [{"year": {"$lte": 2008}}, {"theme_partnership": True}]}
        )
        assert [i for i, _ in both] == ["a", "c"]

    def test_embeddings_returns_the_stored_vectors_of_known_ids(self, index: VectorIndex) -> None:
        stored = {"a": unit(1, 0, 0), "b": unit(0.9, 0.1, 0), "c": unit(0, 0, 1)}
        index.upsert(list(stored), list(stored.values()), [{"year": 2008}] * 3)
        ids, matrix = index.embeddings(["c", "unknown", "a"])
        assert sorted(ids) == ["a", "c"] and matrix.shape == (2, 3)
        for cid, row in zip(ids, matrix, strict=True):
            assert list(row) == pytest.approx(stored[cid], abs=1e-6)
        ids, matrix = index.embeddings([])
        assert ids == [] and len(matrix) == 0

    def test_upsert_replaces_and_delete_removes(self, index: VectorIndex) -> None:
        index.upsert(["a", "b"], [unit(1, 0, 0), unit(0, 1, 0)], [{"v": 1}, {"v": 1}])
        index.upsert(["a"], [unit(0, 1, 0)], [{"v": 2}])
        assert index.count() == 2
        assert index.query(unit(0, 1, 0), 1)[0][1] == pytest.approx(1.0, abs=1e-4)
        index.delete(["a", "missing"])
        assert index.existing(["a", "b", "zzz"]) == {"b"}
        assert index.all_ids() == {"b"} and index.count() == 1

    def test_close_lets_go_and_the_next_call_reopens(self, index: VectorIndex) -> None:
        index.upsert(["a", "b"], [unit(1, 0, 0), unit(0, 1, 0)], [{"v": 1}, {"v": 2}])
        index.close()
        index.close()  # closing twice is harmless
        assert index.count() == 2
        assert [i for i, _ in index.query(unit(0, 1, 0), 1)] == ["b"]
        index.close()
        index.upsert(["c"], [unit(0, 0, 1)], [{"v": 3}])
        assert index.all_ids() == {"a", "b", "c"}

    def test_empty_index_and_zero_k(self, index: VectorIndex) -> None:
        assert index.query(unit(1, 0, 0), 3) == []
        assert index.query(unit(1, 0, 0), 0) == []
        assert index.all_ids() == set() and index.existing([]) == set()


class TestEmbeddedChroma(VectorIndexContract):
    @pytest.fixture()
    def index(self, tmp_path: Path) -> VectorIndex:
        return ChromaVectorIndex.open(path=tmp_path / "chroma", url="", name="contract_test")

    def test_persists_across_clients(self, tmp_path: Path) -> None:
        first = ChromaVectorIndex.open(path=tmp_path / "c", url="", name="persist_test")
        first.upsert(["a"], [unit(1, 0, 0)], [{"v": 1}])
        second = ChromaVectorIndex.open(path=tmp_path / "c", url="", name="persist_test")
        assert second.all_ids() == {"a"}


@pytest.mark.server
class TestChromaServer(VectorIndexContract):
    @pytest.fixture(scope="class")
    def server_url(self, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
        with chroma_server(tmp_path_factory.mktemp("chroma-server")) as url:
            yield url

    @pytest.fixture()
    def index(self, server_url: str, request: pytest.FixtureRequest) -> Iterator[VectorIndex]:
        name = "contract_" + request.node.name.replace("test_", "")[:40]
        index = ChromaVectorIndex.open(path=None, url=server_url, name=name)
        yield index
        index.drop()

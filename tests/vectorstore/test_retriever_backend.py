"""A retriever built without a lexical index uses its catalog backend's own: FTS5 for SQLite,
the tsvector BM25 for PostgreSQL (not an FTS5 query against PostgreSQL)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.fakes import HashingEmbedder
from tests.pg import Cluster
from vectorstore.bm25 import SqliteBm25Index
from vectorstore.catalog import SqliteCatalog
from vectorstore.pg_catalog import PostgresCatalog
from vectorstore.pg_lexical import PostgresBm25Index
from vectorstore.retriever import HybridRetriever, lexical_index_for


def test_the_fallback_is_the_backends_own_lexical_index(
    pg_cluster: Cluster, tmp_path: Path
) -> None:
    vectors: Any = object()  # never queried here
    sqlite = SqliteCatalog(tmp_path / "catalog.sqlite")
    postgres = PostgresCatalog(pg_cluster.database())
    try:
        assert isinstance(lexical_index_for(sqlite), SqliteBm25Index)
        assert isinstance(lexical_index_for(postgres), PostgresBm25Index)
        retriever = HybridRetriever(postgres, vectors, HashingEmbedder())
        assert isinstance(retriever.lexical, PostgresBm25Index)
        assert retriever.lexical.search("strategic partnerships", 5, None, None) == []  # empty
        assert isinstance(
            HybridRetriever(sqlite, vectors, HashingEmbedder()).lexical, SqliteBm25Index
        )
    finally:
        sqlite.close()
        postgres.close()

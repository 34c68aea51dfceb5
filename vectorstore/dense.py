"""Dense search that holds no vectors in the worker, and the switch that chooses it by size.

A worker's in-memory matrix (``vectorstore.matrix.VectorMatrix``) ranks every vector exactly,
but costs ~1.5 KB of RAM per chunk in every worker process and a scan that grows with the
record. Above ``retrieval.matrix_max_chunks`` chunks (default 500,000; docs/deployment.md,
"Dense search at scale") a worker instead asks the vector index: unfiltered, its HNSW
``query(embedding, k)``; filtered, the retriever first post-filters an oversampled unfiltered
result in the catalog and, when too few pass, asks the index with Chroma's ``where``.

Usage::

    dense = ScaledDense(catalog, vectors, max_chunks=500_000)
    dense.nearest(query_vector, 40)      # the matrix or the index, by the catalog's size
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from typing import Any

from vectorstore.catalog import Catalog
from vectorstore.chunk_table import chunk_table
from vectorstore.matrix import VectorMatrix
from vectorstore.protocols import DenseSearch, DenseSubset, VectorIndex


class IndexDense:
    """:class:`~vectorstore.protocols.DenseSearch` over the vector index itself (approximate:
    Chroma's HNSW). The worker keeps no vectors; with a Chroma server none are in its process
    at all (an embedded Chroma loads its own index into the process when queried)."""

    def __init__(self, vectors: VectorIndex) -> None:
        self.vectors = vectors

    def prepare(self, embedding: Sequence[float]) -> None:
        return None

    def nearest(
        self,
        embedding: Sequence[float],
        k: int,
        subset: DenseSubset | None = None,
        prepared: Any = None,
    ) -> list[tuple[str, float]]:
        if k <= 0:
            return []
        hits = self.vectors.query(embedding, k, None if subset is None else subset.where)
        return sorted(hits, key=lambda pair: (-pair[1], pair[0]))

    def warm(self) -> None:
        self.vectors.count()  # opens the collection (and a server connection)

    def held(self) -> int:
        return 0


class ScaledDense:
    """The switch: the exact matrix while the catalog holds at most ``max_chunks`` chunks, the
    vector index above that. The count is read once per catalog generation; crossing the
    threshold drops the matrix (or fills it, on the next search, when the record shrinks)."""

    def __init__(
        self,
        catalog: Catalog,
        vectors: VectorIndex,
        max_chunks: int,
        *,
        matrix: VectorMatrix | None = None,
    ) -> None:
        self.catalog = catalog
        self.max_chunks = max_chunks
        self.matrix = matrix or VectorMatrix(vectors, catalog)
        self.index = IndexDense(vectors)
        self._lock = threading.Lock()
        self._generation = -1
        self._chunks = 0

    def current(self) -> DenseSearch:
        """The implementation for the catalog as it is now."""
        generation = self.catalog.generation()
        with self._lock:
            if generation != self._generation:
                row = self.catalog.conn.execute("SELECT COUNT(*) FROM chunks").fetchone()
                self._chunks = int(row[0]) if row is not None else 0
                self._generation = generation
                if self._chunks > self.max_chunks and self.matrix.held():
                    self.matrix.clear()
            over = self._chunks > self.max_chunks
        return self.index if over else self.matrix

    def uses_index(self) -> bool:
        return self.current() is self.index

    def prepare(self, embedding: Sequence[float]) -> Any:
        return self.current().prepare(embedding)

    def nearest(
        self,
        embedding: Sequence[float],
        k: int,
        subset: DenseSubset | None = None,
        prepared: Any = None,
    ) -> list[tuple[str, float]]:
        return self.current().nearest(embedding, k, subset, prepared)

    def warm(self) -> None:
        self.current().warm()
        chunk_table(self.catalog).current()  # the fields filtered searches read

    def held(self) -> int:
        return self.matrix.held()

"""The swappable parts of the index, as Protocols.

chromadb, SQLite FTS5, PostgreSQL full-text search and sentence-transformers are
implementations; tests use deterministic fakes that satisfy the same Protocols. The catalog's
own Protocol, with its transaction handle, is ``vectorstore.catalog.Catalog``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

MetadataValue = str | int | float | bool
Where = dict[str, Any]


class Embedder(Protocol):
    """Turns text into unit-length vectors."""

    model_id: str
    dimension: int

    def embed_documents(self, texts: Sequence[str]) -> list[list[float]]:
        """Vectors for texts to store."""
        ...

    def embed_query(self, text: str) -> list[float]:
        """Vector for a search query."""
        ...


class VectorIndex(Protocol):
    """Nearest-neighbour search over stored vectors, with metadata filters."""

    name: str

    def upsert(
        self,
        ids: Sequence[str],
        embeddings: Sequence[Sequence[float]],
        metadatas: Sequence[Mapping[str, MetadataValue]],
    ) -> None:
        """Add or replace vectors."""
        ...

    def delete(self, ids: Sequence[str]) -> None:
        """Remove vectors; unknown ids are ignored."""
        ...

    def query(
        self, embedding: Sequence[float], k: int, where: Where | None = None
    ) -> list[tuple[str, float]]:
        """(id, cosine similarity) of the ``k`` nearest vectors, best first."""
        ...

    def embeddings(self, ids: Sequence[str]) -> tuple[list[str], Any]:
        """The stored vectors of those ``ids`` that exist: (their ids, a float32 matrix with one
        row per id, in that order). Unknown ids are left out."""
        ...

    def existing(self, ids: Sequence[str]) -> set[str]:
        """Which of ``ids`` are stored."""
        ...

    def all_ids(self) -> set[str]:
        """Every stored id (used to reconcile after a crash)."""
        ...

    def count(self) -> int: ...

    def close(self) -> None:
        """Let go of what the index holds in memory; the next call opens it again."""
        ...


class LexicalIndex(Protocol):
    """Keyword (BM25) search over chunk text, with the same filters, and the term statistics
    answers weigh question words by. The retriever and ``assistant.text.TermStats`` are typed
    against this. Two implementations, which rank alike (BM25 with FTS5's constants over the
    same Porter-stemmed tokens): SQLite FTS5 (``vectorstore.bm25.SqliteBm25Index``) and
    PostgreSQL full-text search (``vectorstore.pg_lexical.PostgresBm25Index``); the contract
    is ``tests/vectorstore/test_catalog_contract.py``."""

    def search(
        self,
        query: str,
        k: int,
        filters: Any = None,
        document_ids: list[str] | None = None,
    ) -> list[tuple[str, float]]:
        """(chunk id, BM25 score, higher is better) best first; ``document_ids`` (resolved
        from ``filters.document``) restrict it to those documents."""
        ...

    def frequencies(self, terms: list[str]) -> tuple[dict[str, int], int]:
        """How many chunks contain each term (stemmed as the search stems it), and how many
        chunks there are."""
        ...

    def warm(self) -> None:
        """Read now what a question's first search would (a server's warm-up)."""
        ...


@dataclass(frozen=True)
class DenseSubset:
    """The chunks a filtered dense search ranks, described both ways, so that each
    :class:`DenseSearch` uses the one that suits it: ``where`` for a vector index's own filter,
    ``ids`` (the catalog's passing chunk ids, listed only when called) for an exact ranking."""

    where: Where
    ids: Callable[[], Sequence[str]]


class DenseSearch(Protocol):
    """Dense (vector) search over every chunk of the catalog. Two implementations:
    ``vectorstore.matrix.VectorMatrix`` holds every vector in the worker and ranks exactly;
    ``vectorstore.dense.IndexDense`` keeps none and asks the vector index (HNSW). The switch
    between them is ``vectorstore.dense.ScaledDense`` (``retrieval.matrix_max_chunks``); the
    contract is ``tests/vectorstore/test_dense_contract.py``."""

    def prepare(self, embedding: Sequence[float]) -> Any:
        """Per-query work several searches with the same vector can share (or None); pass it
        back as ``prepared``."""
        ...

    def nearest(
        self,
        embedding: Sequence[float],
        k: int,
        subset: DenseSubset | None = None,
        prepared: Any = None,
    ) -> list[tuple[str, float]]:
        """(chunk id, cosine similarity) of the ``k`` nearest chunks, of all or of ``subset``,
        best first; exact or approximate as the implementation is."""
        ...

    def warm(self) -> None:
        """Load what the first search would (a worker's warm-up)."""
        ...

    def held(self) -> int:
        """How many vectors this worker holds in memory for it."""
        ...

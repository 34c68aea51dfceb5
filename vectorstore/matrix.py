"""Every stored vector in one in-memory matrix: exact nearest-neighbour search, with or without
a filter.

A vector index answers unfiltered queries quickly, but a metadata filter makes Chroma scan its
metadata (hundreds of milliseconds on 100k chunks), and an embedded Chroma keeps its own copy
of the vectors and its HNSW graph in memory (about 200 MB per 100k chunks). This copy
(float32, rows normalised; 150 MB per 100k chunks) ranks all of them, or any subset, exactly
in a few milliseconds, so dense search uses it while the record is small enough
(``retrieval.matrix_max_chunks``; above that ``vectorstore.dense.IndexDense`` asks the index
instead), and once it has read the vectors the index is closed. It follows the catalog: when
the index generation changes, the vectors of new chunks are read from the index and removed
ones dropped.

Usage::

    matrix = VectorMatrix(vectors, catalog)
    matrix.rank(query_vector, candidate_ids, k=40)   # [(chunk id, cosine similarity), ...]
    matrix.nearest(query_vector, 40)                 # the DenseSearch Protocol: of every chunk
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt

from vectorstore.catalog import Catalog
from vectorstore.protocols import DenseSubset, VectorIndex

_READ_BATCH = 5000
_ROWS_KEPT = 4  # tuples of ids whose rows are kept


class VectorMatrix:
    """The catalog's chunk vectors as rows of a matrix, kept in step with the index: the exact
    :class:`~vectorstore.protocols.DenseSearch`."""

    def __init__(self, vectors: VectorIndex, catalog: Catalog) -> None:
        self.vectors = vectors
        self.catalog = catalog
        self._ids: list[str] = []
        self._row: dict[str, int] = {}
        self._matrix = np.zeros((0, 0), dtype=np.float32)
        self._generation = -1
        self._lock = threading.Lock()
        # the rows of the last few tuples of ids (by identity) for this matrix's row map
        self._rows_of: list[tuple[Sequence[str], dict[str, int], npt.NDArray[np.int64]]] = []

    def __len__(self) -> int:
        return len(self._ids)

    def held(self) -> int:
        return len(self._ids)

    @property
    def generation(self) -> int:
        """The catalog generation the rows are of (-1: none read yet)."""
        return self._generation

    def warm(self) -> None:
        self.sync()

    def clear(self) -> None:
        """Drop every row (the next :meth:`sync` reads them all again)."""
        with self._lock:
            self._ids, self._row = [], {}
            self._matrix = np.zeros((0, 0), dtype=np.float32)
            self._generation = -1

    def prepare(self, embedding: Sequence[float]) -> Similarities:
        return self.similarities(embedding)

    def nearest(
        self,
        embedding: Sequence[float],
        k: int,
        subset: DenseSubset | None = None,
        prepared: Any = None,
    ) -> list[tuple[str, float]]:
        """Exact: every row, or the rows of ``subset.ids()``."""
        similarities = prepared if isinstance(prepared, Similarities) else None
        ids = None if subset is None else subset.ids()
        return self.rank(embedding, ids, k, similarities)

    def sync(self) -> None:
        """Read the vectors of chunks added since the last call and drop those removed."""
        generation = self.catalog.generation()
        with self._lock:
            if generation == self._generation:
                return
            current = self.catalog.chunk_ids()
            keep = [i for i, cid in enumerate(self._ids) if cid in current]
            ids = [self._ids[i] for i in keep]
            blocks = [self._matrix[keep]] if keep else []
            known = set(ids)
            missing = sorted(cid for cid in current if cid not in known)
            for start in range(0, len(missing), _READ_BATCH):
                found, block = self.vectors.embeddings(missing[start : start + _READ_BATCH])
                if found:
                    norms = np.linalg.norm(block, axis=1, keepdims=True)
                    blocks.append(block / np.where(norms == 0, 1.0, norms))
                    ids.extend(found)
            if missing:
                self.vectors.close()  # searches use this copy; the index's own can go
            self._matrix = (
                np.ascontiguousarray(np.vstack(blocks), dtype=np.float32)
                if blocks
                else np.zeros((0, 0), dtype=np.float32)
            )
            self._ids = ids
            self._row = {cid: n for n, cid in enumerate(ids)}
            self._generation = generation

    def vector(self, chunk_id: str) -> list[float] | None:
        """The stored (unit) vector of ``chunk_id``; None when the matrix holds none."""
        self.sync()
        with self._lock:
            row = self._row.get(chunk_id)
            return None if row is None else self._matrix[row].tolist()

    def similarities(self, embedding: Sequence[float]) -> Similarities:
        """The query's cosine similarity to every stored vector, to rank several subsets by
        (one pass over the matrix, however many searches one question makes)."""
        self.sync()
        with self._lock:
            matrix, names = self._matrix, self._ids
        scores = matrix @ _unit(embedding) if len(names) else np.zeros(0, dtype=np.float32)
        return Similarities(names, scores.astype(np.float32, copy=False))

    def scores(
        self, embedding: Sequence[float], ids: Sequence[str], similarities: Similarities | None
    ) -> npt.NDArray[np.float32]:
        """The cosine similarity of ``embedding`` to each of ``ids``, in their order (NaN for
        an id without a stored vector); ``similarities`` as in :meth:`rank`."""
        self.sync()
        with self._lock:
            matrix, row, names = self._matrix, self._row, self._ids
        rows = self._rows(ids, row)
        known = rows >= 0
        out = np.full(len(ids), np.nan, dtype=np.float32)
        if not known.any():
            return out
        if similarities is not None and similarities.names is names:
            out[known] = similarities.scores[rows[known]]
        else:
            out[known] = matrix[rows[known]] @ _unit(embedding)
        return out

    def _rows(self, ids: Sequence[str], row: dict[str, int]) -> npt.NDArray[np.int64]:
        """Each id's row (-1: none); kept for the last few tuples of ids while the matrix is
        the same (a question compares every record's chunk several times, and filters the
        catalog's chunks in every filtered search)."""
        for cached in self._rows_of:
            if cached[0] is ids and cached[1] is row:
                return cached[2]
        rows = np.fromiter((row.get(cid, -1) for cid in ids), dtype=np.int64, count=len(ids))
        if isinstance(ids, tuple):  # immutable: the same object is the same ids
            kept = [c for c in self._rows_of if c[1] is row][-(_ROWS_KEPT - 1) :]
            self._rows_of = [*kept, (ids, row, rows)]
        return rows

    def rank_among(
        self,
        ids: tuple[str, ...],
        mask: npt.NDArray[np.bool_],
        k: int,
        similarities: Similarities,
        generation: int,
    ) -> list[tuple[str, float]] | None:
        """:meth:`rank` over the ids of ``ids`` that ``mask`` marks (a
        :class:`~vectorstore.chunk_table.Table`'s chunks and a filter's mask over them), with
        the query's ``similarities``; None when these are not of the current rows, or the rows
        not of catalog ``generation`` (the caller then ranks another way)."""
        self.sync()
        with self._lock:
            row, names, held = self._row, self._ids, self._generation
        if held != generation or similarities.names is not names:
            return None
        rows = self._rows(ids, row)[mask]
        rows = rows[rows >= 0]  # a chunk without a stored vector is not ranked
        if k <= 0 or rows.size == 0:
            return []
        return _top(names, rows, similarities.scores[rows], k)

    def rank(
        self,
        embedding: Sequence[float],
        ids: Sequence[str] | None,
        k: int,
        similarities: Similarities | None = None,
    ) -> list[tuple[str, float]]:
        """(id, cosine similarity) of the ``k`` nearest among ``ids`` (None: all), best first;
        exact. Ids without a stored vector are ignored. Ties are broken by id.
        ``similarities``: this query's, from :meth:`similarities` (used while still current)."""
        self.sync()
        with self._lock:
            matrix, row, names = self._matrix, self._row, self._ids
        if ids is None:
            rows = np.arange(len(names), dtype=np.int64)
        else:
            rows = np.fromiter((row[cid] for cid in ids if cid in row), dtype=np.int64)
        if k <= 0 or rows.size == 0:
            return []
        if similarities is not None and similarities.names is names:
            scores = similarities.scores if ids is None else similarities.scores[rows]
        elif ids is None or rows.size * 8 > len(matrix):  # broad: score every row
            scores = matrix @ _unit(embedding)
            scores = scores if ids is None else scores[rows]
        else:  # narrow: copy only its rows (a few MB at most, however many requests run)
            scores = matrix[rows] @ _unit(embedding)
        return _top(names, rows, scores, k)


def _top(
    names: list[str], rows: npt.NDArray[np.int64], scores: npt.NDArray[np.float32], k: int
) -> list[tuple[str, float]]:
    """(name, score) of the ``k`` best ``rows`` (``scores``: theirs, in their order), by
    score, then by name."""
    if rows.size > k:
        top = np.argpartition(-scores, k - 1)[:k]
        cut = scores[top].min()
        top = np.flatnonzero(scores >= cut)  # everything tied with the last one, too
    else:
        top = np.arange(rows.size)
    chosen = scores[top]
    order = np.argsort(-chosen, kind="stable")
    ordered = chosen[order]
    if np.isnan(ordered).any() or bool((ordered[1:] == ordered[:-1]).any()):
        # equal scores: ordered by name, as the sort below orders them
        ranked = sorted(
            ((names[rows[i]], float(scores[i])) for i in top), key=lambda p: (-p[1], p[0])
        )
        return ranked[:k]
    best = top[order[:k]]
    return [(names[rows[i]], float(scores[i])) for i in best]


@dataclass(frozen=True, eq=False)
class Similarities:
    """A query's similarity to each row of one version of the matrix (``names`` is its ids)."""

    names: list[str]
    scores: npt.NDArray[np.float32]


def _unit(embedding: Sequence[float]) -> npt.NDArray[np.float32]:
    query = np.asarray(embedding, dtype=np.float32)
    return query / (np.linalg.norm(query) or 1.0)

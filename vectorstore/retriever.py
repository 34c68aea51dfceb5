"""Hybrid retrieval: dense (Chroma) and BM25 (FTS5) ranked lists fused by reciprocal rank.

Plain RRF ignores how decisive a BM25 match is (a rare term scoring four times the runner-up
ranks the same as a near tie). So when BM25's best hit stands clear of the runner-up, BM25 hits
gain up to one rank-1 share, in proportion to their score and to that margin.

Exact identifiers in the query ('R18', 'BVPI 153b', 'item 4') are honoured first: chunks whose
ref matches come top, and the keyword list weighs double, so an identifier is never lost to a
semantically close neighbour.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import partial

import numpy as np
import numpy.typing as npt

from ingest.cleaning import lone_surrogate
from ingest.errors import UnknownDocument
from ingest.model import Chunk
from vectorstore.bm25 import SqliteBm25Index
from vectorstore.catalog import Catalog
from vectorstore.chunk_table import chunk_table
from vectorstore.dense import ScaledDense
from vectorstore.filters import SearchFilters
from vectorstore.fusion import reciprocal_rank_fusion
from vectorstore.generation_memo import GenerationMemo
from vectorstore.identifiers import as_held, identifiers
from vectorstore.matrix import Similarities, VectorMatrix
from vectorstore.protocols import DenseSearch, DenseSubset, Embedder, LexicalIndex, VectorIndex

# unfiltered neighbours taken per wanted result before filtering, in turn (ranking the matrix
# costs the same for any pool; listing every chunk a broad filter passes costs tens of ms, and
# a vector index's metadata filter as much or more)
DENSE_OVERSAMPLE = (4, 100)


def lexical_index_for(catalog: Catalog) -> LexicalIndex:
    """The catalog backend's own keyword index: PostgreSQL's tsvector BM25 for a PostgreSQL
    catalog (it has ``lexical_index()``), else SQLite FTS5."""
    own = getattr(catalog, "lexical_index", None)
    if callable(own):
        index: LexicalIndex = own()
        return index
    return SqliteBm25Index(catalog)


@dataclass
class SearchHit:
    chunk: Chunk
    score: float
    dense_rank: int | None = None
    lexical_rank: int | None = None
    dense_score: float | None = None
    lexical_score: float | None = None
    exact_ref: bool = False


@dataclass
class SearchResult:
    hits: list[SearchHit]
    timings_ms: dict[str, float] = field(default_factory=dict)


class HybridRetriever:
    def __init__(
        self,
        catalog: Catalog,
        vectors: VectorIndex,
        embedder: Embedder,
        lexical: LexicalIndex | None = None,
        *,
        candidates: int = 40,
        rrf_k: int = 60,
        dense: DenseSearch | None = None,
    ) -> None:
        """``dense``: the dense search (default: the exact in-memory matrix; the container
        passes ``vectorstore.dense.ScaledDense``, which switches to the index by size)."""
        self.catalog = catalog
        self.vectors = vectors
        self.embedder = embedder
        self.lexical: LexicalIndex = lexical or lexical_index_for(catalog)
        self.dense: DenseSearch = dense or VectorMatrix(vectors, catalog)
        self.candidates = candidates
        self.rrf_k = rrf_k
        self._resolved = GenerationMemo(10_000)  # document filter key -> id

    def resolve_documents(self, filters: SearchFilters) -> list[str] | None:
        """Document filter values (ids or file names) as ids; unknown ones are an error."""
        if not filters.document:
            return None
        generation = self.catalog.generation()
        ids = []
        for key in filters.document:
            # one question searches the same documents many times (a comparison over 88
            # reports: ~3,000 look-ups); a key names the same document all through a generation
            found = self._resolved.get(generation, key, partial(self._find, key))
            if found is None and (found := self._find(key)) is None:  # a miss: read again
                raise UnknownDocument(f"unknown document {key!r} in filters.document")
            ids.append(found)
        return ids

    def _find(self, key: str) -> str | None:
        info = None if lone_surrogate(key) is not None else self.catalog.find_document(key)
        return None if info is None else info.id

    def search(
        self,
        query: str,
        k: int = 8,
        filters: SearchFilters | None = None,
        *,
        vector: list[float] | None = None,
        prepared: object = None,
    ) -> SearchResult:
        """Hybrid search; ``vector`` is the query's embedding when the caller has it already,
        ``prepared`` the dense search's per-query work for it (``DenseSearch.prepare``)."""
        filters = filters or SearchFilters()
        document_ids = self.resolve_documents(filters)
        timings: dict[str, float] = {}
        started = time.perf_counter()
        if vector is None:
            vector = self.embedder.embed_query(query)
        timings["embed"] = (time.perf_counter() - started) * 1000

        started = time.perf_counter()
        dense = self._dense(vector, filters, document_ids, prepared)
        timings["dense"] = (time.perf_counter() - started) * 1000

        started = time.perf_counter()
        lexical = self.lexical.search(query, self.candidates, filters, document_ids)
        refs = identifiers(query)
        exact = self._exact_ref_chunks(refs, filters, document_ids) if refs else []
        timings["lexical"] = (time.perf_counter() - started) * 1000

        started = time.perf_counter()
        fused = reciprocal_rank_fusion(
            [exact, [i for i, _ in dense], [i for i, _ in lexical]],
            weights=[4.0, 1.0, 2.0 if refs else 1.0],
            k=self.rrf_k,
        )
        if len(lexical) > 1 and lexical[0][1] > 0:
            best, runner_up = lexical[0][1], max(lexical[1][1], 0.0)
            margin = 1.0 - runner_up / best
            bonus = {
                cid: margin * max(score, 0.0) / best / (self.rrf_k + 1) for cid, score in lexical
            }
            fused = sorted(
                ((cid, score + bonus.get(cid, 0.0)) for cid, score in fused),
                key=lambda pair: (-pair[1], pair[0]),
            )
        # unknown ids are vectors of unfinished ingests: up to 3k are read, the first k first
        first = [i for i, _ in fused[:k]]
        chunks = self.catalog.chunks(first)
        if len(chunks) < len(first):
            chunks.update(self.catalog.chunks([i for i, _ in fused[k : k * 3]]))
        dense_rank = {cid: rank for rank, (cid, _) in enumerate(dense, start=1)}
        dense_score = dict(dense)
        lexical_rank = {cid: rank for rank, (cid, _) in enumerate(lexical, start=1)}
        lexical_score = dict(lexical)
        exact_set = set(exact)
        hits = [
            SearchHit(
                chunk=chunks[cid],
                score=score,
                dense_rank=dense_rank.get(cid),
                lexical_rank=lexical_rank.get(cid),
                dense_score=dense_score.get(cid),
                lexical_score=lexical_score.get(cid),
                exact_ref=cid in exact_set,
            )
            for cid, score in fused
            if cid in chunks
        ][:k]
        timings["fuse"] = (time.perf_counter() - started) * 1000
        return SearchResult(hits, timings)

    def _dense(
        self,
        vector: list[float],
        filters: SearchFilters,
        document_ids: list[str] | None,
        prepared: object = None,
    ) -> list[tuple[str, float]]:
        """The nearest chunks that pass the filters.

        Listing every chunk that passes a broad filter costs tens of milliseconds on a large
        index (and a vector index's metadata filter as much), so a filtered search first takes
        the nearest of all chunks, oversampled (a small pool, then a large one), and filters
        them with the catalog; only when too few pass does it search the passing chunks
        themselves (the matrix ranks the catalog's list of them exactly; the vector index
        filters with Chroma's ``where``). Either way the result is the filtered set's nearest
        ``candidates`` (approximately, over a vector index).
        """
        where = filters.to_chroma_where(document_ids)
        if where is None:
            return self.dense.nearest(vector, self.candidates, None, prepared)
        in_memory = self._dense_in_memory(filters, document_ids, prepared)
        if in_memory is not None:
            return in_memory
        for oversample in DENSE_OVERSAMPLE:
            pool = self.dense.nearest(vector, self.candidates * oversample, None, prepared)
            passing = self._passing([cid for cid, _ in pool], filters, document_ids)
            kept = [(cid, score) for cid, score in pool if cid in passing]
            if len(kept) >= self.candidates:
                return kept[: self.candidates]
            if len(pool) < self.candidates * oversample:
                return kept  # the pool was the whole index: these are all that pass

        def passing_ids() -> list[str]:
            condition, params = filters.to_sql(document_ids)
            rows = self.catalog.conn.execute(f"SELECT id FROM chunks c WHERE {condition}", params)
            return [str(r["id"]) for r in rows]

        subset = DenseSubset(where=where, ids=passing_ids)
        return self.dense.nearest(vector, self.candidates, subset, prepared)

    def matrix(self) -> VectorMatrix | None:
        """The in-memory matrix of every vector the dense search ranks by (the current one of
        a :class:`ScaledDense`); None when the dense search asks a vector index instead."""
        dense = self.dense.current() if isinstance(self.dense, ScaledDense) else self.dense
        return dense if isinstance(dense, VectorMatrix) else None

    def _dense_in_memory(
        self, filters: SearchFilters, document_ids: list[str] | None, prepared: object
    ) -> list[tuple[str, float]] | None:
        """The filtered nearest chunks ranked from the query's similarities to every row of
        the matrix, among the chunks the catalog's :class:`~vectorstore.chunk_table.Table`
        passes (what the pools below find, without listing or looking up any chunk); None
        when the dense search is not the matrix, the filter is left to SQL, or the matrix and
        the table are of different generations."""
        if not isinstance(prepared, Similarities):
            return None
        dense = self.matrix()
        if dense is None:
            return None
        table = chunk_table(self.catalog).current()
        mask = table.passing(filters, document_ids)
        if mask is None:
            return None
        return dense.rank_among(table.ids, mask, self.candidates, prepared, table.generation)

    def _passing(
        self, ids: list[str], filters: SearchFilters, document_ids: list[str] | None
    ) -> set[str]:
        """The ids among ``ids`` whose chunk passes the filters."""
        if not ids:
            return set()
        condition, params = filters.to_sql(document_ids)
        rows = self.catalog.conn.execute(
            f"SELECT id FROM chunks c WHERE c.id IN ({','.join('?' * len(ids))}) AND {condition}",
            [*ids, *params],
        ).fetchall()
        return {str(r["id"]) for r in rows}

    def _exact_ref_chunks(
        self, refs: list[str], filters: SearchFilters, document_ids: list[str] | None
    ) -> list[str]:
        candidates = self.catalog.chunk_ids_with_ref(
            as_held(refs, lambda ref: bool(self.catalog.chunk_ids_with_ref([ref])))
        )
        if not candidates or (filters.is_empty() and document_ids is None):
            return candidates
        passing = self._passing(candidates, filters, document_ids)
        return [cid for cid in candidates if cid in passing]


class QuestionRetriever:
    """The retriever for one question: each distinct query text is embedded, and compared with
    every stored vector, once, however many searches (per document, per part of the question)
    the answer makes with it."""

    def __init__(self, retriever: HybridRetriever) -> None:
        self.retriever = retriever
        self._queries: dict[str, tuple[list[float], object]] = {}
        self._results: dict[tuple[str, int, str, int], SearchResult] = {}

    def _known(self, query: str) -> tuple[list[float], object]:
        known = self._queries.get(query)
        if known is None:
            vector = self.retriever.embedder.embed_query(query)
            known = self._queries[query] = (vector, self.retriever.dense.prepare(vector))
        return known

    def search(self, query: str, k: int = 8, filters: SearchFilters | None = None) -> SearchResult:
        """The hybrid search; the same search made again (one answer gathers the same passages
        for several of its parts) is answered from this question's first, while the catalog's
        generation is the same."""
        return self._cached(query, query, k, filters, lambda: self._known(query))

    def search_near(
        self, chunk_id: str, text: str, k: int = 8, filters: SearchFilters | None = None
    ) -> SearchResult:
        """The hybrid search for ``text`` whose dense part ranks by the stored vector of
        ``chunk_id`` (the text of that chunk, already embedded at ingest: a row's re-reports are
        the nearest to it), when the dense search holds every vector; else :meth:`search`."""
        matrix = self.retriever.matrix()
        vector = matrix.vector(chunk_id) if matrix is not None else None
        if vector is None:
            return self.search(text, k, filters)
        return self._cached(
            f"{text}\x00{chunk_id}",
            text,
            k,
            filters,
            lambda: (vector, self.retriever.dense.prepare(vector)),
        )

    def _cached(
        self,
        name: str,
        text: str,
        k: int,
        filters: SearchFilters | None,
        vector_of: Callable[[], tuple[list[float], object]],
    ) -> SearchResult:
        """The hybrid search for ``text`` with the query vector (and its prepared dense work)
        ``vector_of`` gives, made once per ``name``, ``k``, filters and catalog generation."""
        key = (
            name,
            k,
            "" if filters is None else filters.model_dump_json(),
            self.retriever.catalog.generation(),
        )
        known = self._results.get(key)
        if known is None:
            vector, prepared = vector_of()
            known = self.retriever.search(text, k, filters, vector=vector, prepared=prepared)
            self._results[key] = known
        return SearchResult(list(known.hits), dict(known.timings_ms))

    def similarities(self, query: str, ids: Sequence[str]) -> npt.NDArray[np.float32] | None:
        """The cosine similarity of ``query`` to each chunk of ``ids`` (NaN for one without a
        vector), when the dense search holds every vector (the matrix); else None."""
        matrix = self.retriever.matrix()
        if matrix is None:
            return None
        vector, prepared = self._known(query)
        return matrix.scores(vector, ids, prepared if isinstance(prepared, Similarities) else None)

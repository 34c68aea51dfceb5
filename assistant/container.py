"""The composition root: builds the index parts from settings, lazily, once.

Dependencies can be injected (tests pass a fake embedder); everything else comes from settings.

Usage::

    services = Services(load_settings())
    services.indexer.ingest_paths([Path("data/sample")])
"""

from __future__ import annotations

import logging
import threading
from functools import cached_property
from pathlib import Path

from assistant.settings import Settings
from ingest.extract import ChunkingOptions
from ingest.loaders import LoadLimits
from vectorstore.catalog import Catalog, SqliteCatalog
from vectorstore.chroma_index import ChromaVectorIndex
from vectorstore.dense import ScaledDense
from vectorstore.indexer import Indexer, collection_name
from vectorstore.protocols import Embedder, LexicalIndex, VectorIndex
from vectorstore.retriever import HybridRetriever, lexical_index_for
from vectorstore.word_file import WordVectorFile


class Services:
    """Lazily built catalog, embedder, vector index, indexer and retriever."""

    def __init__(
        self,
        settings: Settings,
        *,
        embedder: Embedder | None = None,
        vectors: VectorIndex | None = None,
    ) -> None:
        self.settings = settings
        self._embedder = embedder
        self._vectors = vectors
        self._lock = threading.RLock()
        logging.getLogger().setLevel(settings.log_level.upper())

    def close(self) -> None:
        """Let go of the vector index's client and the catalog's connection, where opened; they
        open again on next use."""
        with self._lock:
            vectors = self._vectors
        close_vectors = getattr(vectors, "close", None)
        if callable(close_vectors):
            close_vectors()
        catalog = self.__dict__.get("catalog")
        if catalog is not None:
            catalog.close()

    @property
    def index_dir(self) -> Path:
        return Path(self.settings.index_dir)

    @cached_property
    def catalog(self) -> Catalog:
        """PostgreSQL when ``catalog_url`` is set, else the SQLite file in the index folder."""
        if self.settings.catalog_url:
            from vectorstore.pg_catalog import PostgresCatalog  # psycopg only when used

            return PostgresCatalog(self.settings.catalog_url)
        return SqliteCatalog(self.index_dir / "catalog.sqlite")

    @property
    def embedder(self) -> Embedder:
        with self._lock:
            if self._embedder is None:
                from vectorstore.embedder import LazyEmbedder

                self._embedder = LazyEmbedder(
                    self.settings.embedding_model_path or None,
                    batch_size=self.settings.embedding_batch_size,
                    query_cache_size=self.settings.embedding_query_cache,
                )
            return self._embedder

    @property
    def vectors(self) -> VectorIndex:
        with self._lock:
            if self._vectors is None:
                self._vectors = ChromaVectorIndex.open(
                    path=None if self.settings.chroma_url else self.index_dir / "chroma",
                    url=self.settings.chroma_url,
                    name=collection_name(self.embedder),
                )
            return self._vectors

    @cached_property
    def word_file(self) -> WordVectorFile:
        """The papers' word vectors kept in the index folder, one file per embedding model."""
        return WordVectorFile(self.index_dir / f"words-{collection_name(self.embedder)}.npz")

    @cached_property
    def chunking(self) -> ChunkingOptions:
        return ChunkingOptions(
            prose_size=self.settings.ingest.prose_chunk_size,
            prose_overlap=self.settings.ingest.prose_chunk_overlap,
        )

    @cached_property
    def limits(self) -> LoadLimits:
        ingest = self.settings.ingest
        return LoadLimits(
            max_bytes=int(ingest.max_file_mb * 1024 * 1024),
            max_pages=ingest.max_pages,
            pdf_timeout_s=ingest.pdf_timeout_s,
            pdf_memory_mb=ingest.pdf_memory_mb,
            pdf_in_subprocess=ingest.pdf_in_subprocess,
        )

    @cached_property
    def indexer(self) -> Indexer:
        return Indexer(
            self.catalog, self.vectors, self.embedder, options=self.chunking, limits=self.limits
        )

    @cached_property
    def lexical(self) -> LexicalIndex:
        """BM25 over the catalog, shared by search and the answerer's term statistics."""
        return lexical_index_for(self.catalog)

    @cached_property
    def retriever(self) -> HybridRetriever:
        retrieval = self.settings.retrieval
        return HybridRetriever(
            self.catalog,
            self.vectors,
            self.embedder,
            self.lexical,
            candidates=retrieval.candidates,
            rrf_k=retrieval.rrf_k,
            dense=ScaledDense(self.catalog, self.vectors, retrieval.matrix_max_chunks),
        )

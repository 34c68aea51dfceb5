"""Chroma as the vector index: embedded (``PersistentClient``) or a Chroma server over HTTP.

The collection is created with ``embedding_function=None``: govrag always passes its own
vectors, so chromadb's default embedding function (which downloads a model) is never used.

Usage::

    index = ChromaVectorIndex.open(path=Path("var/index/chroma"), url="", name="govrag_ab12")
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import numpy as np

from ingest.errors import ConfigError, RetrievalError
from vectorstore.protocols import MetadataValue, Where

_BATCH = 2000


def make_client(path: Path | None, url: str = "") -> Any:
    """An embedded client at ``path``, or an HTTP client when ``url`` is set."""
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    settings = ChromaSettings(anonymized_telemetry=False, allow_reset=False)
    if url:
        parsed = urlparse(url)
        if parsed.scheme not in ("http", "https") or not parsed.hostname:
            raise ConfigError(f"GOVRAG_CHROMA_URL must look like http://host:port, got {url!r}")
        port = parsed.port or (443 if parsed.scheme == "https" else 8000)
        try:
            return chromadb.HttpClient(
                host=parsed.hostname, port=port, ssl=parsed.scheme == "https", settings=settings
            )
        except Exception as exc:  # chromadb raises plain Exception/ValueError when unreachable
            raise RetrievalError(f"cannot reach the Chroma server at {url}: {exc}") from exc
    if path is None:
        raise ConfigError("an embedded Chroma index needs a directory")
    path.mkdir(parents=True, exist_ok=True)
    return chromadb.PersistentClient(path=str(path), settings=settings)


class ChromaVectorIndex:
    """:class:`~vectorstore.protocols.VectorIndex` backed by one Chroma collection (cosine)."""

    def __init__(self, client: Any, name: str, metadata: Mapping[str, MetadataValue] | None = None):
        self.client = client
        self.name = name
        try:
            self._collection = client.get_or_create_collection(
                name=name,
                embedding_function=None,
                configuration={"hnsw": {"space": "cosine"}},
                metadata=dict(metadata or {"created_by": "govrag"}),
            )
        except Exception as exc:
            raise RetrievalError(f"cannot open Chroma collection {name!r}: {exc}") from exc

    @classmethod
    def open(
        cls,
        *,
        path: Path | None,
        url: str,
        name: str,
        metadata: Mapping[str, MetadataValue] | None = None,
    ) -> ChromaVectorIndex:
        return cls(make_client(path, url), name, metadata)

    def upsert(
        self,
        ids: Sequence[str],
        embeddings: Sequence[Sequence[float]],
        metadatas: Sequence[Mapping[str, MetadataValue]],
    ) -> None:
        for start in range(0, len(ids), _BATCH):
            end = start + _BATCH
            self._collection.upsert(
                ids=list(ids[start:end]),
                embeddings=[list(v) for v in embeddings[start:end]],
                metadatas=[dict(m) for m in metadatas[start:end]],
            )

    def delete(self, ids: Sequence[str]) -> None:
        for start in range(0, len(ids), _BATCH):
            part = list(ids[start : start + _BATCH])
            if part:
                self._collection.delete(ids=part)

    def query(
        self, embedding: Sequence[float], k: int, where: Where | None = None
    ) -> list[tuple[str, float]]:
        if k <= 0:
            return []
        try:
            result = self._collection.query(
                query_embeddings=[list(embedding)],
                n_results=k,
                where=where,
                include=["distances"],
            )
        except Exception as exc:
            raise RetrievalError(f"vector search failed: {exc}") from exc
        ids = result["ids"][0] if result["ids"] else []
        distances = result["distances"][0] if result.get("distances") else [0.0] * len(ids)
        return [(str(i), 1.0 - float(d)) for i, d in zip(ids, distances, strict=True)]

    def embeddings(self, ids: Sequence[str]) -> tuple[list[str], Any]:
        found: list[str] = []
        vectors: list[Any] = []
        try:
            for start in range(0, len(ids), _BATCH):
                part = self._collection.get(
                    ids=list(ids[start : start + _BATCH]), include=["embeddings"]
                )
                found.extend(str(i) for i in part["ids"])
                vectors.extend(part["embeddings"])
        except Exception as exc:
            raise RetrievalError(f"reading stored vectors failed: {exc}") from exc
        if not found:
            return [], np.zeros((0, 0), dtype=np.float32)
        return found, np.asarray(vectors, dtype=np.float32)

    def existing(self, ids: Sequence[str]) -> set[str]:
        found: set[str] = set()
        for start in range(0, len(ids), _BATCH):
            part = list(ids[start : start + _BATCH])
            if part:
                found.update(self._collection.get(ids=part, include=[])["ids"])
        return found

    def all_ids(self) -> set[str]:
        found: set[str] = set()
        offset = 0
        while True:
            batch = self._collection.get(limit=_BATCH, offset=offset, include=[])["ids"]
            found.update(batch)
            if len(batch) < _BATCH:
                return found
            offset += _BATCH

    def count(self) -> int:
        return int(self._collection.count())

    def drop(self) -> None:
        """Delete the whole collection."""
        self.client.delete_collection(self.name)

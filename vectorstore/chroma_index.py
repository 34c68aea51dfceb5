"""Chroma as the vector index: embedded (``PersistentClient``) or a Chroma server over HTTP.

The collection is created with ``embedding_function=None``: govrag always passes its own
vectors, so chromadb's default embedding function (which downloads a model) is never used.

Usage::

    index = ChromaVectorIndex.open(path=Path("var/index/chroma"), url="", name="govrag_ab12")
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any, TypeVar, cast
from urllib.parse import urlparse

import numpy as np

from ingest.errors import ConfigError, RetrievalError
from vectorstore.protocols import MetadataValue, Where

_BATCH = 2000
_Method = TypeVar("_Method", bound=Callable[..., Any])


def _serialised(method: _Method) -> _Method:
    """Run the method under the index's lock (so :meth:`ChromaVectorIndex.close` waits)."""

    @functools.wraps(method)
    def run(self: ChromaVectorIndex, *args: Any, **kwargs: Any) -> Any:
        with self._lock:
            return method(self, *args, **kwargs)

    return cast(_Method, run)


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
    """:class:`~vectorstore.protocols.VectorIndex` backed by one Chroma collection (cosine).

    The client opens on first use and :meth:`close` lets it go (an embedded client holds the
    collection's HNSW graph and vectors in memory: about 200 MB per 100k chunks); the next
    call opens it again. Calls and ``close`` are serialised, so a close never cuts one short.
    """

    def __init__(
        self,
        connect: Callable[[], Any],
        name: str,
        metadata: Mapping[str, MetadataValue] | None = None,
    ) -> None:
        """``connect``: makes the Chroma client (called again after :meth:`close`)."""
        self.name = name
        self._connect = connect
        self._metadata = dict(metadata or {"created_by": "govrag"})
        self._client: Any = None
        self._handle: Any = None
        self._lock = threading.RLock()

    @classmethod
    def open(
        cls,
        *,
        path: Path | None,
        url: str,
        name: str,
        metadata: Mapping[str, MetadataValue] | None = None,
    ) -> ChromaVectorIndex:
        index = cls(lambda: make_client(path, url), name, metadata)
        with index._lock:
            index._collection  # noqa: B018 - open now, so a bad path or URL fails here
        return index

    @property
    def _collection(self) -> Any:
        with self._lock:
            if self._handle is None:
                self._client = self._connect()
                try:
                    self._handle = self._client.get_or_create_collection(
                        name=self.name,
                        embedding_function=None,
                        configuration={"hnsw": {"space": "cosine"}},
                        metadata=self._metadata,
                    )
                except Exception as exc:
                    raise RetrievalError(
                        f"cannot open Chroma collection {self.name!r}: {exc}"
                    ) from exc
            return self._handle

    def close(self) -> None:
        with self._lock:
            client, self._client, self._handle = self._client, None, None
            if client is not None and hasattr(client, "close"):
                client.close()

    @_serialised
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

    @_serialised
    def delete(self, ids: Sequence[str]) -> None:
        for start in range(0, len(ids), _BATCH):
            part = list(ids[start : start + _BATCH])
            if part:
                self._collection.delete(ids=part)

    @_serialised
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

    @_serialised
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

    @_serialised
    def existing(self, ids: Sequence[str]) -> set[str]:
        found: set[str] = set()
        for start in range(0, len(ids), _BATCH):
            part = list(ids[start : start + _BATCH])
            if part:
                found.update(self._collection.get(ids=part, include=[])["ids"])
        return found

    @_serialised
    def all_ids(self) -> set[str]:
        found: set[str] = set()
        offset = 0
        while True:
            batch = self._collection.get(limit=_BATCH, offset=offset, include=[])["ids"]
            found.update(batch)
            if len(batch) < _BATCH:
                return found
            offset += _BATCH

    @_serialised
    def count(self) -> int:
        return int(self._collection.count())

    def drop(self) -> None:
        """Delete the whole collection."""
        with self._lock:
            self._collection  # noqa: B018 - the client is open
            self._client.delete_collection(self.name)
            self._handle = None

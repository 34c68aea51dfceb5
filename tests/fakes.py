"""Deterministic fakes that satisfy govrag's Protocols (no mocks: real behaviour, small scale)."""

from __future__ import annotations

import hashlib
import itertools
import math
import re
from collections.abc import Sequence

from vectorstore.embedder import BaseEmbedder


class HashingEmbedder(BaseEmbedder):
    """Bag of words and word pairs hashed into 384 dimensions, unit length.

    Texts sharing words get similar vectors, so retrieval tests behave sensibly and run in
    milliseconds without loading a model.
    """

    model_id = "test/hashing-embedder"
    dimension = 384

    def __init__(self) -> None:
        super().__init__()
        self.calls = 0
        self.texts_embedded = 0

    def embed_batch(self, texts: Sequence[str]) -> list[list[float]]:
        self.calls += 1
        self.texts_embedded += len(texts)
        return [self._vector(text) for text in texts]

    def _vector(self, text: str) -> list[float]:
        vector = [0.0] * self.dimension
        words = re.findall(r"[a-z0-9]+", text.lower())
        features = words + [f"{a} {b}" for a, b in itertools.pairwise(words)]
        for feature in features:
            digest = hashlib.blake2b(feature.encode(), digest_size=8).digest()
            index = int.from_bytes(digest[:4], "little") % self.dimension
            sign = 1.0 if digest[4] & 1 else -1.0
            vector[index] += sign
        norm = math.sqrt(sum(v * v for v in vector)) or 1.0
        return [v / norm for v in vector]
